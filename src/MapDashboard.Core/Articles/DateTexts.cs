using System.Globalization;
using System.Text.RegularExpressions;
using MapDashboard.Core.Text;

namespace MapDashboard.Core.Articles;

/// <summary>
/// Date forms beyond the written ones <see cref="PublicationDates"/> reads: numeric dates ("10/07/2016", "14.10.2019",
/// "2016/07/10"), dates without a year ("Wednesday, April 5", "5 April"), and machine dates from metadata and feeds
/// (ISO 8601, RFC 822, compact yyyyMMdd). A machine date keeps the day as written, whatever its time zone.
/// </summary>
internal static partial class DateTexts
{
    /// <summary>A numeric date: its reading (day-first when both readings are valid) and whether the other one is valid too.</summary>
    public sealed record Numeric(DateOnly Date, bool Ambiguous, int Index, int Length);

    /// <summary>A day and month without a year, with the weekday when one is written.</summary>
    public sealed record Yearless(int Month, int Day, DayOfWeek? Weekday, int Index, int Length);

    public static Numeric? FindNumeric(string text)
    {
        var m = NumericPattern().Match(text);
        if (!m.Success)
        {
            return null;
        }
        if (m.Groups["iy"].Success)
        {
            return Make(DecimalDigits.Parse(m.Groups["iy"].Value), DecimalDigits.Parse(m.Groups["im"].Value),
                DecimalDigits.Parse(m.Groups["id"].Value)) is { } iso ? new Numeric(iso, false, m.Index, m.Length) : null;
        }
        var a = DecimalDigits.Parse(m.Groups["a"].Value);
        var b = DecimalDigits.Parse(m.Groups["b"].Value);
        var year = DecimalDigits.Parse(m.Groups["y"].Value);
        var dayFirst = Make(year, b, a);
        var monthFirst = Make(year, a, b);
        return (dayFirst, monthFirst) switch
        {
            ({ } d, { } other) => new Numeric(d, d != other, m.Index, m.Length),
            ({ } d, null) => new Numeric(d, false, m.Index, m.Length),
            (null, { } mf) => new Numeric(mf, false, m.Index, m.Length),
            _ => null,
        };
    }

    public static Yearless? FindYearless(string text)
    {
        var m = YearlessPattern().Match(text);
        if (!m.Success)
        {
            return null;
        }
        var month = MonthOf(m.Groups["m1"].Success ? m.Groups["m1"].Value : m.Groups["m2"].Value);
        var day = DecimalDigits.Parse(m.Groups["d1"].Success ? m.Groups["d1"].Value : m.Groups["d2"].Value);
        if (month == 0 || day < 1 || day > DateTime.DaysInMonth(2016, month))
        {
            return null;
        }
        DayOfWeek? weekday = m.Groups["wd"].Success ? Enum.Parse<DayOfWeek>(m.Groups["wd"].Value, ignoreCase: true) : null;
        return new Yearless(month, day, weekday, m.Index, m.Length);
    }

    /// <summary>A date from metadata or a feed: ISO 8601, RFC 822, or compact yyyyMMdd; null when unreadable.</summary>
    public static DateOnly? ParseMachine(string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }
        var text = value.Trim();
        var iso = IsoPrefix().Match(text);
        if (iso.Success)
        {
            return Make(DecimalDigits.Parse(iso.Groups[1].Value), DecimalDigits.Parse(iso.Groups[2].Value),
                DecimalDigits.Parse(iso.Groups[3].Value));
        }
        var written = PublicationDates.FindAll(text);
        return written.Count > 0 && written[0].Precision == DatePrecision.Day ? written[0].Date : null;
    }

    public static int MonthOf(string name)
    {
        var prefix = name.Length >= 3 ? name[..3].ToLowerInvariant() : "";
        return Array.IndexOf(["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"], prefix) + 1;
    }

    /// <summary>The date, or null when the numbers are no calendar day in the years news is dated in.</summary>
    public static DateOnly? Make(int year, int month, int day) =>
        year is >= 1900 and <= 2100 && month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(year, month) ? new DateOnly(year, month, day) : null;

    private const string Month = @"Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?";

    [GeneratedRegex(@"(?<![\d/.])(?:(?<a>\d{1,2})[./](?<b>\d{1,2})[./](?<y>(?:19|20)\d{2})|(?<iy>(?:19|20)\d{2})[/.](?<im>\d{1,2})[/.](?<id>\d{1,2}))(?![\d/])", RegexOptions.CultureInvariant)]
    private static partial Regex NumericPattern();

    [GeneratedRegex(@"(?:\b(?<wd>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday),?\s+)?(?:\b(?<m1>" + Month + @")\.?\s+(?<d1>\d{1,2})(?:st|nd|rd|th)?\b|\b(?<d2>\d{1,2})(?:st|nd|rd|th)?\s+(?<m2>" + Month + @")\b\.?)(?!,?\s*(?:19|20)\d{2})", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex YearlessPattern();

    [GeneratedRegex(@"^((?:19|20)\d{2})-?(\d{2})-?(\d{2})(?:$|[T\s])", RegexOptions.CultureInvariant)]
    private static partial Regex IsoPrefix();
}
