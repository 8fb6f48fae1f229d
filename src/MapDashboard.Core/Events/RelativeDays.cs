using MapDashboard.Core.Dates;

namespace MapDashboard.Core.Events;

/// <summary>
/// Days relative to an article's date: weekdays before or after it, calendar weeks and months around it. Every result
/// stays within <see cref="MinDate"/> and <see cref="MaxDate"/>, or is null: no arithmetic overflows whatever the input.
/// </summary>
internal static class RelativeDays
{
    /// <summary>The earliest date the dater gives.</summary>
    public static readonly DateOnly MinDate = new(1900, 1, 1);

    /// <summary>The latest date the dater gives.</summary>
    public static readonly DateOnly MaxDate = new(2100, 12, 31);

    public static bool IsSane(DateOnly date) => date >= MinDate && date <= MaxDate;

    /// <summary>The day so many days away, or null outside the sane range.</summary>
    public static DateOnly? Add(DateOnly day, long days)
    {
        var number = day.DayNumber + days;
        return number >= MinDate.DayNumber && number <= MaxDate.DayNumber ? DateOnly.FromDayNumber((int)number) : null;
    }

    /// <summary>
    /// The weekday a sentence means: "next X" and a future tense before it give the first X after the article's date;
    /// otherwise the article's own day when it is that weekday (not after "last"), else the last X before it.
    /// </summary>
    public static DateOnly? Weekday(DateOnly published, DayOfWeek weekday, string prefix, bool future)
    {
        prefix = prefix.ToLowerInvariant();
        if (prefix == "next" || (future && prefix != "last"))
        {
            var ahead = ((int)weekday - (int)published.DayOfWeek + 7) % 7;
            return Add(published, ahead == 0 ? 7 : ahead);
        }
        if (prefix != "last" && published.DayOfWeek == weekday)
        {
            return published;
        }
        var back = ((int)published.DayOfWeek - (int)weekday + 7) % 7;
        return Add(published, -(back == 0 ? 7 : back));
    }

    /// <summary>The Monday of the week holding the day (weeks run Monday to Sunday, ISO 8601).</summary>
    public static DateOnly? Monday(DateOnly day) => Add(day, -(((int)day.DayOfWeek + 6) % 7));

    /// <summary>"last week", "this week", "earlier this week", "next week" as Monday-to-Sunday spans.</summary>
    public static (DateOnly First, DateOnly Last)? Week(DateOnly published, string which)
    {
        if (Monday(published) is not { } monday)
        {
            return null;
        }
        return which switch
        {
            "last" => Add(monday, -7) is { } m && Add(monday, -1) is { } s ? (m, s) : null,
            "next" => Add(monday, 7) is { } m && Add(monday, 13) is { } s ? (m, s) : null,
            "earlier" => (monday, published > monday ? published.AddDays(-1) : monday),
            _ => (monday, published),
        };
    }

    /// <summary>"last month", "this month", "earlier this month", "earlier this year".</summary>
    public static (DateOnly First, DateOnly Last, TimePrecision Precision)? Month(DateOnly published, string which)
    {
        var first = new DateOnly(published.Year, published.Month, 1);
        var dayBefore = published > first ? published.AddDays(-1) : published;
        return which switch
        {
            "last" when first > MinDate => (first.AddMonths(-1), first.AddDays(-1), TimePrecision.Month),
            "earlier" => (first, dayBefore, TimePrecision.Range),
            "this" => (first, published, TimePrecision.Range),
            "earlier year" => (new DateOnly(published.Year, 1, 1), published.DayOfYear > 1 ? published.AddDays(-1) : published, TimePrecision.Range),
            _ => null,
        };
    }

    /// <summary>The latest Sunday strictly before a day (or the day itself for "this weekend" on a Sunday).</summary>
    public static DateOnly? WeekendSunday(DateOnly published, bool thisWeekend) =>
        published.DayOfWeek == DayOfWeek.Sunday && thisWeekend ? published : Weekday(published, DayOfWeek.Sunday, "last", future: false);

    /// <summary>Whether a future cue precedes a position of the sentence.</summary>
    public static bool FutureBefore(string sentence, int index) => FutureCues.Before(sentence, index);
}
