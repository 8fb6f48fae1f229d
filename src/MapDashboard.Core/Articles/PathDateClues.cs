using System.Globalization;
using System.Text.RegularExpressions;
using MapDashboard.Core.Text;

namespace MapDashboard.Core.Articles;

/// <summary>
/// The weakest clue: a date in the page's URL path ("/2017/04/05/", "/2017/04/", "/2017/") or in the file name
/// ("2017-04-05-syria.html", "report_20160914_aleppo.txt"). Digits inside longer runs of letters and digits (a hash)
/// are no date.
/// </summary>
internal static partial class PathDateClues
{
    /// <summary>The clue of an address or file path, or null.</summary>
    public static DateClue? Find(string? source)
    {
        if (string.IsNullOrWhiteSpace(source))
        {
            return null;
        }
        var isUrl = source.StartsWith("http://", StringComparison.OrdinalIgnoreCase) || source.StartsWith("https://", StringComparison.OrdinalIgnoreCase);
        var slashed = source.Replace('\\', '/');
        var part = isUrl
            ? Uri.TryCreate(source, UriKind.Absolute, out var uri) ? uri.AbsolutePath : source
            : slashed[(slashed.LastIndexOf('/') + 1)..];
        var kind = isUrl ? DateClueKind.UrlPath : DateClueKind.FileName;
        var text = part;
        var day = DayPattern().Match(part);
        if (day.Success && DateTexts.Make(Number(day, "y"), Number(day, "m"), Number(day, "d")) is { } date)
        {
            return new DateClue(kind, text, -1, date, DatePrecision.Day);
        }
        var month = MonthPattern().Match(part);
        if (month.Success && DateTexts.Make(Number(month, "y"), Number(month, "m"), 1) is { } first)
        {
            return new DateClue(kind, text, -1, first, DatePrecision.Month);
        }
        var year = YearPattern().Match(part);
        if (isUrl && year.Success && DateTexts.Make(Number(year, "y"), 1, 1) is { } january)
        {
            return new DateClue(kind, text, -1, january, DatePrecision.Year);
        }
        return null;
    }

    private static int Number(Match m, string group) => DecimalDigits.Parse(m.Groups[group].Value);

    [GeneratedRegex(@"(?<![\p{L}\d])(?<y>(?:19|20)\d{2})(?<sep>[-_/.]?)(?<m>0[1-9]|1[0-2])\k<sep>(?<d>0[1-9]|[12]\d|3[01])(?![\p{L}\d])", RegexOptions.CultureInvariant)]
    private static partial Regex DayPattern();

    [GeneratedRegex(@"(?<![\p{L}\d])(?<y>(?:19|20)\d{2})[-_/](?<m>0[1-9]|1[0-2])(?![\p{L}\d])", RegexOptions.CultureInvariant)]
    private static partial Regex MonthPattern();

    [GeneratedRegex(@"/(?<y>(?:19|20)\d{2})/", RegexOptions.CultureInvariant)]
    private static partial Regex YearPattern();
}
