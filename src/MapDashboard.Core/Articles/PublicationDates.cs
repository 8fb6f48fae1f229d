using System.Globalization;
using System.Text.RegularExpressions;
using MapDashboard.Core.Text;

namespace MapDashboard.Core.Articles;

/// <summary>Finds calendar dates written in article headers ("January 31, 2017", "30 January 2017", "2017-01-30").</summary>
internal static partial class PublicationDates
{
    /// <summary>A date found in a line: its value, precision, and where it stands.</summary>
    public sealed record Found(DateOnly Date, DatePrecision Precision, int Index, int Length);

    /// <summary>Every date written with its year in <paramref name="line"/> (a line or a whole text), in order.</summary>
    public static List<Found> FindAll(string line)
    {
        var found = new List<Found>();
        var regex = DatePattern();
        // The pattern's first characters (any digit, many letters) are too common for its own search to skip much of a
        // long text, but every match holds a year: the regex runs only in a window around each year-like number
        // (YearWindows), and each match found there is the one a scan of the whole text finds next.
        for (var from = 0; from < line.Length;)
        {
            var year = YearWindows.NextYear(line, from);
            if (year < 0)
            {
                break;
            }
            var start = Math.Max(from, YearWindows.EarliestStart(line, year));
            var end = YearWindows.WindowEnd(line, year);
            var next = year + 1;
            foreach (var v in regex.EnumerateMatches(line.AsSpan(0, end), start))
            {
                if (v.Index <= year)
                {
                    // The same match again, on exactly its text, for its groups (the same path: see YearWindows).
                    var m = regex.Match(line, v.Index, v.Length);
                    if (TryParse(m, out var date, out var precision))
                    {
                        found.Add(new Found(date, precision, m.Index, m.Length));
                    }
                    next = v.Index + v.Length;
                }
                break;
            }
            from = next;
        }
        return found;
    }

    /// <summary>The date pattern (for tests that compare <see cref="FindAll"/> with a plain scan).</summary>
    internal static Regex Pattern => DatePattern();

    /// <summary>Parses an ISO date or date-time from page metadata.</summary>
    public static DateOnly? ParseIso(string? text) =>
        text is not null && text.Length >= 10 && DateOnly.TryParseExact(text[..10], "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) ? d : null;

    private static bool TryParse(Match m, out DateOnly date, out DatePrecision precision)
    {
        date = default;
        precision = DatePrecision.Day;
        if (m.Groups["iy"].Success)
        {
            return DateOnly.TryParseExact(m.Value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out date);
        }
        var monthName = m.Groups["m1"].Success ? m.Groups["m1"].Value : m.Groups["m2"].Success ? m.Groups["m2"].Value : m.Groups["m3"].Value;
        var month = Month(monthName);
        var year = DecimalDigits.Parse(m.Groups["y1"].Success ? m.Groups["y1"].Value : m.Groups["y2"].Success ? m.Groups["y2"].Value : m.Groups["y3"].Value);
        if (month == 0)
        {
            return false;
        }
        if (m.Groups["m3"].Success)
        {
            precision = DatePrecision.Month;
            date = new DateOnly(year, month, 1);
            return true;
        }
        var day = DecimalDigits.Parse(m.Groups["d1"].Success ? m.Groups["d1"].Value : m.Groups["d2"].Value);
        if (day < 1 || day > DateTime.DaysInMonth(year, month))
        {
            return false;
        }
        date = new DateOnly(year, month, day);
        return true;
    }

    private static int Month(string name)
    {
        var prefix = name.Length >= 3 ? name[..3].ToLowerInvariant() : "";
        return Array.IndexOf(["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"], prefix) + 1;
    }

    [GeneratedRegex(@"\b(?:(?<m1>Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?\s+(?<d1>\d{1,2}),?\s+(?<y1>(?:19|20)\d{2})|(?<d2>\d{1,2})\s+(?<m2>Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?,?\s+(?<y2>(?:19|20)\d{2})|(?<iy>(?:19|20)\d{2})-\d{2}-\d{2}|(?<m3>January|February|March|April|May|June|July|August|September|October|November|December)\s+(?<y3>(?:19|20)\d{2}))\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex DatePattern();
}
