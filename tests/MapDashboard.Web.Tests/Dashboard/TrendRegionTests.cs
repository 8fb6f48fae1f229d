using MapDashboard.Data.Store;
using MapDashboard.Data.Trends;
using MapDashboard.Web.Components.Dashboard;

namespace MapDashboard.Web.Tests.Dashboard;

/// <summary>Issue 17.12: the trends panel's governorate rows and the period they are compared with.</summary>
public sealed class TrendRegionTests
{
    [Fact]
    public void Issue17_Compare_KeepsGovernoratesOfEitherPeriod_BusiestFirst_TiesByThePreviousPeriod()
    {
        var rows = TrendRegion.Compare(
            [new RegionCount("Raqqa", 5), new RegionCount(null, 1), new RegionCount("Daraa", 5)],
            [new RegionCount("Raqqa", 2), new RegionCount("Quneitra", 4)]);

        Assert.Equal(
            [
                new TrendRegion("Raqqa", 5, 2), new TrendRegion("Daraa", 5, 0), new TrendRegion(null, 1, 0), new TrendRegion("Quneitra", 0, 4),
            ],
            rows);
    }

    [Fact]
    public void Issue17_Compare_WithoutAPreviousPeriod_LeavesItEmpty()
    {
        Assert.Equal([new TrendRegion("Homs", 3, null)], TrendRegion.Compare([new RegionCount("Homs", 3)], null));
    }

    [Fact]
    public void Issue17_PreviousPeriod_IsTheSameLengthJustBefore_WithTheSameFilters()
    {
        var window = new EventQuery { From = new DateOnly(2019, 3, 1), To = new DateOnly(2019, 3, 31), Types = ["Riots"] };

        var before = TrendRegion.PreviousPeriod(window);

        Assert.NotNull(before);
        Assert.Equal(new DateOnly(2019, 1, 29), before.From);
        Assert.Equal(new DateOnly(2019, 2, 28), before.To);
        Assert.Equal(["Riots"], before.Types);
        Assert.Null(TrendRegion.PreviousPeriod(window with { From = null }));
    }
}
