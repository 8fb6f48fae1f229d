using System.Buffers;
using System.Text.RegularExpressions;
using MapDashboard.Core.Text;

namespace MapDashboard.Core.Events;

/// <summary>
/// Days a sentence names one by one ("on Monday and Tuesday", "on Monday, Tuesday and Wednesday", "on 5 and 6 June",
/// "June 14 and 15"): ACLED codes one event per day where the days are named, and one span otherwise ("from 5 to 9
/// June", "over the past week"), so only lists joined by "and" or commas are returned here.
/// </summary>
public static partial class TemporalDater
{
    /// <summary>The days a sentence names as a list, each as a day expression, in order; empty when it names fewer than two.</summary>
    public static List<TemporalExpression> NamedDays(string sentence, DateOnly? published)
    {
        ArgumentNullException.ThrowIfNull(sentence);
        if (published is { } given && !RelativeDays.IsSane(given))
        {
            published = null;
        }
        if (MayListWeekdays(sentence) && WeekdayList().Match(sentence) is { Success: true } w)
        {
            if (published is not { } p)
            {
                return [];
            }
            var future = RelativeDays.FutureBefore(sentence, w.Index);
            return w.Groups["d"].Captures
                .Select(c => (c, day: RelativeDays.Weekday(p, Enum.Parse<DayOfWeek>(c.Value, ignoreCase: true), "", future)))
                .Where(x => x.day is not null)
                .Select(x => new TemporalExpression(x.c.Index, x.c.Index + x.c.Length, x.c.Value, x.day, x.day, TimePrecision.Day))
                .DistinctBy(e => e.First).ToList();
        }
        if (!MayListMonthDays(sentence))
        {
            return [];
        }
        var list = DayFirstList().Match(sentence) is { Success: true } a ? a : MonthFirstList().Match(sentence);
        // "between 3 and 9 May" is a span, not two named days.
        if (!list.Success || SpanBefore.IsMatch(sentence[..list.Index]))
        {
            return [];
        }
        int? year = list.Groups["y"].Success ? DecimalDigits.Parse(list.Groups["y"].Value) : null;
        var days = new List<TemporalExpression>();
        foreach (Capture c in list.Groups["d"].Captures)
        {
            if (DayOf(list.Groups["m"].Value, c.Value, year, published) is { } day)
            {
                days.Add(new TemporalExpression(c.Index, c.Index + c.Length, c.Value + " " + list.Groups["m"].Value, day, day, TimePrecision.Day));
            }
        }
        return days.Count >= 2 ? days.DistinctBy(e => e.First).ToList() : [];
    }

    // Every match of the weekday list holds a weekday's name (read from the pattern itself), so a sentence naming none is
    // not scanned for one. (The month lists need only "and", which nearly every sentence holds, and a backreference.)
    private static readonly RequiredWords WeekdayWords = RequiredWords.Of(WeekdayList());

    /// <summary>False when the sentence surely holds no match of <see cref="WeekdayListPattern"/>.</summary>
    internal static bool MayListWeekdays(string sentence) => WeekdayWords.MayMatch(sentence);

    // Every match of either month list holds a month's name, case-sensitive (MonthName: so one of its twelve first three
    // letters, exactly), and a digit (\d, any Unicode decimal digit): most sentences name no month, or no day of it.
    // The twelve first three letters, also where the dates expression may start (MonthAt); declared before the set made of them.
    private static readonly string[] MonthStarts = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

    private static readonly SearchValues<string> MonthStartWords = SearchValues.Create(MonthStarts, StringComparison.Ordinal);

    /// <summary>False when the sentence surely holds no match of <see cref="DayFirstListPattern"/> or <see cref="MonthFirstListPattern"/>.</summary>
    internal static bool MayListMonthDays(string sentence) =>
        sentence.AsSpan().ContainsAny(MonthStartWords) && (sentence.AsSpan().ContainsAnyInRange('0', '9') || sentence.Any(c => c >= 128 && char.IsDigit(c)));

    /// <summary>The month-list patterns (for tests of <see cref="MayListMonthDays"/>).</summary>
    internal static Regex DayFirstListPattern => DayFirstList();

    /// <inheritdoc cref="DayFirstListPattern"/>
    internal static Regex MonthFirstListPattern => MonthFirstList();

    /// <summary>The weekday-list pattern (for tests of <see cref="MayListWeekdays"/>).</summary>
    internal static Regex WeekdayListPattern => WeekdayList();

    private const string Weekday = "(?-i:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)";
    private const string Ordinal = @"(?:st|nd|rd|th)?";

    private static readonly Regex SpanBefore = EventLexicon.GrammarRegex(l => @"\b" + l.CueGroup("span-lead") + @"\s+(?:the\s+)?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);

    [GeneratedRegex(@"\b(?:on\s+)?(?<d>" + Weekday + @")(?:\s*,\s*(?:on\s+)?(?<d>" + Weekday + @"))*\s*,?\s+and\s+(?:on\s+)?(?<d>" + Weekday + @")\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex WeekdayList();

    [GeneratedRegex(@"\b(?<d>\d{1,2})" + Ordinal + @"(?:\s*,\s*(?<d>\d{1,2})" + Ordinal + @")*\s*,?\s+and\s+(?<d>\d{1,2})" + Ordinal + @"\s+(?:of\s+)?(?<m>" + MonthName + @")(?:,?\s+(?<y>(?:19|20)\d{2}))?\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex DayFirstList();

    [GeneratedRegex(@"\b(?<m>" + MonthName + @")\s+(?<d>\d{1,2})" + Ordinal + @"(?:\s*,\s*(?<d>\d{1,2})" + Ordinal + @")*\s*,?\s+and\s+(?:\k<m>\s+)?(?<d>\d{1,2})" + Ordinal + @"\b(?:,?\s+(?<y>(?:19|20)\d{2}))?",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex MonthFirstList();
}
