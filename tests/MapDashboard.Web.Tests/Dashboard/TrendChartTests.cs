using MapDashboard.Data.Trends;
using MapDashboard.Web.Components.Dashboard;

namespace MapDashboard.Web.Tests.Dashboard;

/// <summary>Issue 17.12: the trends chart's bars, its fatalities line over them, and the period a clicked bar names.</summary>
public sealed class TrendChartTests
{
    private static readonly DateOnly Week1 = new(2017, 1, 2);
    private static readonly DateOnly Week2 = new(2017, 1, 9);

    private static TrendChart Chart() => TrendChart.Of(
        [new TrendCount(Week1, "Battles", 3), new TrendCount(Week1, "Riots", 1), new TrendCount(Week2, "Riots", 2)],
        [new PeriodFatalities(Week1, 12)],
        TrendGranularity.Week);

    [Fact]
    public void Issue17_12_TheFatalitiesLine_HasAPointAtEachBarsMiddle_ZeroWhereNoneWereStated()
    {
        var chart = Chart();

        Assert.Equal(["2 Jan 17", "9 Jan 17"], chart.Labels);
        Assert.Equal(["Battles", "Riots"], chart.Bars.Select(b => b.Name));
        Assert.Equal([3.0, 0.0], chart.Bars[0].Data.Points.Select(p => p.Y));
        // Values in the odd slots (the bars' middles), nothing between them.
        Assert.Equal([null, 12.0, null, 0.0, null], Assert.Single(chart.Line).Data.Points.Select(p => p.HasValue ? p.Y : (double?)null));
        Assert.Equal(MudBlazor.Justify.SpaceAround, chart.BarOptions.Justify);
        Assert.True(chart.LineOptions.ConnectNullPoints);
        Assert.Equal(12, chart.Fatalities);
    }

    [Fact]
    public void Issue17_12_TheSharedAxis_ReachesTheLargerOfTheBarsAndTheLine()
    {
        var chart = Chart();

        Assert.Equal(12, chart.BarOptions.YAxisSuggestedMax);
        Assert.True(chart.BarOptions.YAxisTicks * 5 >= 12);
        Assert.False(chart.BarOptions.ShowLegend);
    }

    [Fact]
    public void Issue17_12_ABarsLabel_NamesItsCalendarPeriod()
    {
        var chart = Chart();

        Assert.Equal(new TrendPeriod(Week2, TrendGranularity.Week), chart.PeriodOf("9 Jan 17"));
        Assert.Equal(new DateOnly(2017, 1, 15), chart.PeriodOf("9 Jan 17")!.End);
        Assert.Null(chart.PeriodOf("16 Jan 17"));
        Assert.Equal(new DateOnly(2016, 2, 29), new TrendPeriod(new DateOnly(2016, 2, 1), TrendGranularity.Month).End);
    }

    [Fact]
    public void Issue17_12_EveryPeriodOfTheWindow_HasABar_EmptyOnesIncluded()
    {
        var chart = TrendChart.Of([new TrendCount(new DateOnly(2017, 3, 1), "Riots", 2)], [], TrendGranularity.Month,
            new DateOnly(2016, 12, 15), new DateOnly(2017, 4, 14));
        var open = TrendChart.Of([new TrendCount(new DateOnly(2017, 1, 1), "Riots", 1), new TrendCount(new DateOnly(2017, 3, 1), "Riots", 2)], [],
            TrendGranularity.Month);

        Assert.Equal(["Dec 2016", "Jan 2017", "Feb 2017", "Mar 2017", "Apr 2017"], chart.Labels);
        Assert.Equal([0.0, 0.0, 0.0, 2.0, 0.0], chart.Bars[0].Data.Points.Select(p => p.Y));
        Assert.Equal(["Jan 2017", "Feb 2017", "Mar 2017"], open.Labels);
        Assert.Equal(new DateOnly(2017, 1, 9), TrendPeriod.Containing(new DateOnly(2017, 1, 15), TrendGranularity.Week).Start);
    }
}
