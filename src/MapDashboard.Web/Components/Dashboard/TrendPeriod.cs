using MapDashboard.Data.Trends;

namespace MapDashboard.Web.Components.Dashboard;

/// <summary>One bar of the trends chart: a calendar week (Monday to Sunday) or month, first and last day.</summary>
public sealed record TrendPeriod(DateOnly Start, TrendGranularity Granularity)
{
    /// <summary>The period's last day.</summary>
    public DateOnly End => Granularity == TrendGranularity.Week ? Start.AddDays(6) : Start.AddMonths(1).AddDays(-1);
}
