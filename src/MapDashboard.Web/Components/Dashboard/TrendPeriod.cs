using MapDashboard.Data.Trends;

namespace MapDashboard.Web.Components.Dashboard;

/// <summary>One bar of the trends chart: a calendar week (Monday to Sunday) or month, first and last day.</summary>
public sealed record TrendPeriod(DateOnly Start, TrendGranularity Granularity)
{
    /// <summary>The period's last day.</summary>
    public DateOnly End => Granularity == TrendGranularity.Week ? Start.AddDays(6) : Start.AddMonths(1).AddDays(-1);

    /// <summary>The next period.</summary>
    public TrendPeriod Next => this with { Start = End.AddDays(1) };

    /// <summary>The week (day 0, 1 January of year 1, is a Monday) or month a day lies in.</summary>
    public static TrendPeriod Containing(DateOnly day, TrendGranularity granularity) => new(
        granularity == TrendGranularity.Week ? DateOnly.FromDayNumber(day.DayNumber / 7 * 7) : new DateOnly(day.Year, day.Month, 1), granularity);
}
