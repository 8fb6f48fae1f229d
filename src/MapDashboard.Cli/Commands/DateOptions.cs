using System.CommandLine;
using System.Globalization;

namespace MapDashboard.Cli.Commands;

/// <summary>The --from/--to day options shared by the verbs that take a window.</summary>
internal static class DateOptions
{
    /// <summary>Reads --from and --to as yyyy-MM-dd; false (after telling the user which) when one is not a date.</summary>
    public static bool TryRead(ParseResult parse, Option<string?> from, Option<string?> to, string verb, TextWriter stderr, out DateOnly? first, out DateOnly? last)
    {
        first = null;
        last = null;
        foreach (var (option, isFrom) in new[] { (from, true), (to, false) })
        {
            if (parse.GetValue(option) is not { } text)
            {
                continue;
            }
            if (!DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
            {
                stderr.WriteLine($"{verb}: {option.Name} '{text}' is not a yyyy-MM-dd date");
                return false;
            }
            if (isFrom)
            {
                first = date;
            }
            else
            {
                last = date;
            }
        }
        return true;
    }
}
