namespace MapDashboard.Web.Components.Dashboard;

/// <summary>Calendar months and ISO weeks (Monday to Sunday) around a date, and a step from one to the next.</summary>
public static class CalendarWindows
{
    /// <summary>The first day of the date's month.</summary>
    public static DateOnly MonthStart(DateOnly date) => new(date.Year, date.Month, 1);

    /// <summary>The last day of the date's month.</summary>
    public static DateOnly MonthEnd(DateOnly date) => MonthStart(date).AddMonths(1).AddDays(-1);

    /// <summary>The Monday of the date's ISO week.</summary>
    public static DateOnly WeekStart(DateOnly date) => date.AddDays(-(((int)date.DayOfWeek + 6) % 7));

    /// <summary>The last day of the month or ISO week <paramref name="steps"/> away from the date's.</summary>
    public static DateOnly Step(bool month, DateOnly date, int steps) => month
        ? MonthEnd(MonthStart(date).AddMonths(steps))
        : WeekStart(date).AddDays(7 * steps + 6);
}
