using System.Globalization;
using System.Text.RegularExpressions;
using MapDashboard.Core.Dates;
using MapDashboard.Core.Text;

namespace MapDashboard.Core.Events;

/// <summary>
/// Finds time expressions in a sentence and resolves them against the publication date: explicit dates ("On June 13", "on 7 January 2025",
/// "On June 14 and June 15", "January 11", "in September 2015", "in 2015"), relative ones ("last night", "yesterday",
/// "last weekend", "this weekend", "some ten days ago", "Within two weeks", "last year", "last week", "earlier this
/// month", weekdays before or after the article's date: "on Wednesday", "next Monday", "will meet on Sunday"), holidays
/// and Hijri months from the data files of <see cref="HolidayCalendar"/> ("Christmas Day", "Eid al-Adha", "Ramadan 2016"),
/// periods ("since ... on March 5") and habits ("every day"). A month or day named after the publication date belongs to
/// the previous year. Without a publication date only expressions that carry a year resolve; the rest are kept with
/// precision Unknown. Every date stays between 1900 and 2100: an expression that would leave that range is dropped.
/// </summary>
public static partial class TemporalDater
{
    private static readonly string[] Months = ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"];

    /// <summary>Every time expression of the sentence, in order.</summary>
    public static List<TemporalExpression> Find(string sentence, DateOnly? published) => Find(sentence, published, untilDated: false);

    // With untilDated, the explicit and relative expressions are read only up to the first that names a date: every
    // later one starts after it, so it cannot come first among the dated ones (the holidays are all read).
    private static List<TemporalExpression> Find(string sentence, DateOnly? published, bool untilDated)
    {
        ArgumentNullException.ThrowIfNull(sentence);
        if (published is { } given && !RelativeDays.IsSane(given))
        {
            published = null; // a date outside 1900-2100 is no anchor for relative expressions
        }
        var found = new List<TemporalExpression>();
        var calendar = HolidayCalendar.Default;
        for (var m = calendar.MayHold(sentence) ? calendar.Pattern.Match(sentence) : Match.Empty; m.Success; m = m.NextMatch())
        {
            var year = m.Groups["hyear"].Success ? DecimalDigits.Parse(m.Groups["hyear"].Value) : (int?)null;
            if (year is null && calendar.NeedsYear(m.Groups["holiday"].Value))
            {
                continue;
            }
            var occurrence = calendar.Resolve(m.Groups["holiday"].Value, year, published);
            var precision = occurrence is null ? TimePrecision.Unknown : occurrence.First == occurrence.Last ? TimePrecision.Day : TimePrecision.Range;
            found.Add(new TemporalExpression(m.Index, m.Index + m.Length, m.Value, occurrence?.First, occurrence?.Last, precision));
        }
        for (var m = MayHoldExpression(sentence) ? NextExpression(sentence, 0) : Match.Empty; m.Success; m = NextExpression(sentence, m.Index + m.Length))
        {
            if (!found.Any(f => m.Index < f.End && f.Start < m.Index + m.Length) && Resolve(m, sentence, published) is { } expression
                && (expression.First is not { } first || RelativeDays.IsSane(first)) && (expression.Last is not { } last || RelativeDays.IsSane(last)))
            {
                found.Add(expression);
                if (untilDated && expression.First is not null)
                {
                    break;
                }
            }
        }
        found.Sort((a, b) => a.Start.CompareTo(b.Start));
        return found;
    }

    /// <summary>
    /// The time a sentence's events took place: its first dated expression; else, in a dated article, the
    /// publication date as "reported at publication" (week precision); else unknown.
    /// </summary>
    public static TemporalExpression ForSentence(string sentence, DateOnly? published)
    {
        var found = Find(sentence, published, untilDated: true);
        var dated = found.FirstOrDefault(e => e.First is not null) ?? found.FirstOrDefault();
        if (dated is not null)
        {
            return dated;
        }
        return published is { } day && RelativeDays.IsSane(day)
            ? new TemporalExpression(0, 0, "", day.AddDays(-6), day, TimePrecision.Week)
            : new TemporalExpression(0, 0, "", null, null, TimePrecision.Unknown);
    }

    private static TemporalExpression? Resolve(Match m, string sentence, DateOnly? published)
    {
        var text = m.Value;
        TemporalExpression Make(DateOnly? first, DateOnly? last, TimePrecision precision, bool periodStart = false) =>
            new(m.Index, m.Index + m.Length, text, first, last ?? first, first is null ? TimePrecision.Unknown : precision, periodStart);

        if (m.Groups["range1"].Success)
        {
            var first = DayOf(m.Groups["range1"].Value, m.Groups["rangeday1"].Value, null, published);
            var last = DayOf(m.Groups["range2"].Success ? m.Groups["range2"].Value : m.Groups["range1"].Value, m.Groups["rangeday2"].Value, null, published);
            if ((first is null || last is null) && published is not null)
            {
                return null;
            }
            return Make(first, last, TimePrecision.Range);
        }
        if (m.Groups["month"].Success)
        {
            var year = m.Groups["year"].Success ? DecimalDigits.Parse(m.Groups["year"].Value) : (int?)null;
            // "7 January 2025" (day first, as British and ACLED's notes write it) or "January 7, 2025".
            var dayGroup = m.Groups["day"].Success ? m.Groups["day"] : m.Groups["dayfirst"];
            if (!dayGroup.Success && year is null && IsAbbreviated(m.Groups["month"].Value))
            {
                return null; // "Jan", "Mar" alone are words of names (Bait Jan, Mar Elias), not months: a day or year must go with them
            }
            if (dayGroup.Success)
            {
                var day = DayOf(m.Groups["month"].Value, dayGroup.Value, year, published);
                if (day is null && (year is not null || published is not null))
                {
                    return null;
                }
                var periodStart = m.Groups["since"].Success;
                return periodStart && day is not null && published is not null
                    ? new TemporalExpression(m.Index, m.Index + m.Length, text, day, published, TimePrecision.Range, IsPeriodStart: true)
                    : Make(day, null, TimePrecision.Day);
            }
            var month = MonthIndex(m.Groups["month"].Value);
            var resolvedYear = year ?? YearFor(month, 1, published);
            if (resolvedYear is null)
            {
                return Make(null, null, TimePrecision.Unknown);
            }
            var start = new DateOnly(resolvedYear.Value, month, 1);
            return Make(start, start.AddMonths(1).AddDays(-1), TimePrecision.Month);
        }
        if (m.Groups["bareyear"].Success)
        {
            var year = DecimalDigits.Parse(m.Groups["bareyear"].Value);
            return Make(new DateOnly(year, 1, 1), new DateOnly(year, 12, 31), TimePrecision.Year);
        }
        if (published is not { } p)
        {
            return Make(null, null, TimePrecision.Unknown);
        }
        var lower = text.ToLowerInvariant();
        if (m.Groups["night"].Success || lower.Contains("yesterday"))
        {
            return Make(RelativeDays.Add(p, -1), null, TimePrecision.Day);
        }
        if (lower.Contains("today") || lower.Contains("tonight") || lower.Contains("this morning"))
        {
            return Make(p, null, TimePrecision.Day);
        }
        if (m.Groups["weekend"].Success)
        {
            var sunday = RelativeDays.WeekendSunday(p, lower.StartsWith("this", StringComparison.Ordinal));
            return sunday is { } s ? Make(RelativeDays.Add(s, -1), s, TimePrecision.Range) : null;
        }
        if (m.Groups["relweek"].Success)
        {
            var which = lower.StartsWith("earlier", StringComparison.Ordinal) ? "earlier" : lower[..lower.IndexOf(' ', StringComparison.Ordinal)];
            return RelativeDays.Week(p, which) is { } week ? Make(week.First, week.Last, TimePrecision.Week) : null;
        }
        if (m.Groups["relmonth"].Success || m.Groups["earlieryear"].Success)
        {
            var which = m.Groups["earlieryear"].Success ? "earlier year" : lower.StartsWith("earlier", StringComparison.Ordinal) ? "earlier" : lower[..lower.IndexOf(' ', StringComparison.Ordinal)];
            return RelativeDays.Month(p, which) is { } month ? Make(month.First, month.Last, month.Precision) : null;
        }
        if (m.Groups["weekday"].Success)
        {
            var weekday = Enum.Parse<DayOfWeek>(m.Groups["weekday"].Value, ignoreCase: true);
            var prefix = m.Groups["wdprefix"].Value;
            return Make(RelativeDays.Weekday(p, weekday, prefix, RelativeDays.FutureBefore(sentence, m.Index)), null, TimePrecision.Day);
        }
        if (m.Groups["ago"].Success)
        {
            var n = Number(m.Groups["agon"].Value);
            var unit = m.Groups["agounit"].Value.ToLowerInvariant();
            var days = unit.StartsWith("week", StringComparison.Ordinal) ? 7 * n : unit.StartsWith("month", StringComparison.Ordinal) ? 30 * n : n;
            return Make(RelativeDays.Add(p, -days), null, lower.Contains("some") || lower.Contains("about") || n > 3 ? TimePrecision.Week : TimePrecision.Day);
        }
        if (m.Groups["within"].Success)
        {
            var n = Number(m.Groups["withinn"].Value);
            var days = m.Groups["withinunit"].Value.StartsWith("week", StringComparison.OrdinalIgnoreCase) ? 7 * n : n;
            return Make(RelativeDays.Add(p, -days), p, TimePrecision.Range);
        }
        if (m.Groups["lastyear"].Success)
        {
            return Make(new DateOnly(p.Year - 1, 1, 1), new DateOnly(p.Year - 1, 12, 31), TimePrecision.Year);
        }
        if (m.Groups["habit"].Success)
        {
            return Make(p.AddDays(-6), p, TimePrecision.Week);
        }
        if (m.Groups["later"].Success)
        {
            return new TemporalExpression(m.Index, m.Index + m.Length, text, null, null, TimePrecision.Unknown);
        }
        return null;
    }

    private static DateOnly? DayOf(string monthName, string dayText, int? year, DateOnly? published)
    {
        var month = MonthIndex(monthName);
        if (month == 0 || !DecimalDigits.TryParse(dayText, out var day))
        {
            return null;
        }
        var resolvedYear = year ?? YearFor(month, day, published);
        if (resolvedYear is null || day < 1 || day > DateTime.DaysInMonth(resolvedYear.Value, month))
        {
            return null;
        }
        return new DateOnly(resolvedYear.Value, month, day);
    }

    /// <summary>The year of a month/day with no year: the publication year, or the one before if that would be later.</summary>
    private static int? YearFor(int month, int day, DateOnly? published)
    {
        if (published is not { } p)
        {
            return null;
        }
        return month > p.Month || (month == p.Month && day > p.Day) ? p.Year - 1 : p.Year;
    }

    /// <summary>True for a short form ("Mar", "Sept."), false for a full month name ("March", "May").</summary>
    private static bool IsAbbreviated(string name) => Array.IndexOf(Months, name.TrimEnd('.').ToLowerInvariant()) < 0;

    private static int MonthIndex(string name)
    {
        var lower = name.ToLowerInvariant();
        for (var i = 0; i < Months.Length; i++)
        {
            if (Months[i].StartsWith(lower[..Math.Min(3, lower.Length)], StringComparison.Ordinal))
            {
                return i + 1;
            }
        }
        return 0;
    }

    private static int Number(string text) => text.ToLowerInvariant() switch
    {
        "a" or "an" or "one" => 1, "two" or "a couple of" => 2, "three" => 3, "four" => 4, "five" => 5, "six" => 6, "seven" => 7,
        "eight" => 8, "nine" => 9, "ten" => 10, "eleven" => 11, "twelve" => 12, "fifteen" => 15, "twenty" => 20, "few" or "a few" => 3,
        var digits => DecimalDigits.TryParse(digits, out var n) ? n : 1,
    };

    // Each alternative of Expression() holds one of these words (read from the pattern), so a sentence holding none of
    // them is not scanned: most sentences name no time.
    private static readonly RequiredWords ExpressionWords = RequiredWords.Of(Expression());

    /// <summary>False when the sentence surely holds no match of <see cref="Expression"/>.</summary>
    internal static bool MayHoldExpression(string sentence) => ExpressionWords.MayMatch(sentence);

    /// <summary>The explicit and relative time expressions (for tests of <see cref="MayHoldExpression"/>).</summary>
    internal static Regex ExpressionPattern => Expression();

    /// <summary>An English month name or its abbreviation, case-sensitive (a pattern piece).</summary>
    internal const string MonthName = @"(?-i:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\.?";
    private const string NumberWord = @"\d{1,3}|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|a few|few|a couple of";

    private const string ExpressionText =
        @"(?<range1>" + MonthName + @")\s+(?<rangeday1>\d{1,2})(?:st|nd|rd|th)?\s+(?:and|to|-|–)\s+(?:(?<range2>" + MonthName + @")\s+)?(?<rangeday2>\d{1,2})(?:st|nd|rd|th)?\b(?!,?\s*\d{4})"
        + @"|(?<since>\bsince\b[^.]{0,90}?\bon\s+)?(?:\b(?<dayfirst>\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?)?\b(?<month>" + MonthName + @")(?:\s+(?<day>\d{1,2})(?:st|nd|rd|th)?\b)?(?:,?\s+(?<year>(?:19|20)\d{2}))?\b"
        + @"|\b(?:in|since|of)\s+(?<bareyear>(?:19|20)\d{2})\b"
        + @"|\b(?<night>last night|overnight)\b|\byesterday\b|\btoday\b|\btonight\b|\bthis morning\b"
        + @"|\b(?<weekend>(?:last|this|over the)\s+weekend)\b"
        + @"|\b(?<relweek>(?:last|this|next|earlier this)\s+week)\b"
        + @"|\b(?<relmonth>(?:last|this|earlier this)\s+month)\b|\b(?<earlieryear>earlier this year)\b"
        + @"|\b(?:(?<wdprefix>on|last|next|this|coming|of|early|late|since|until|by)\s+)?(?<weekday>(?-i:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday))\b"
        + @"|(?<ago>\b(?:some\s+|about\s+)?(?<agon>" + NumberWord + @")\s+(?<agounit>days?|weeks?|months?)\s+ago\b)"
        + @"|(?<within>\b(?:within|in the (?:past|last))\s+(?<withinn>" + NumberWord + @")\s+(?<withinunit>days?|weeks?)\b)"
        + @"|(?<lastyear>\blast year\b)"
        + @"|(?<habit>\bevery day\b|\bdaily\b)"
        + @"|(?<later>\b(?:a\s+)?few days later\b|\bdays later\b)";

    [GeneratedRegex(ExpressionText, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Expression();
}
