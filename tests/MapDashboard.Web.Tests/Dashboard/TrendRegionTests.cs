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
            [new RegionCount("Raqqa", "Tabqa", 5), new RegionCount(null, null, 1), new RegionCount("Daraa", "Izra", 5)],
            [new RegionCount("Raqqa", "Tabqa", 2), new RegionCount("Quneitra", "Fiq", 4)]);

        Assert.Equal(
            [
                new TrendRegion("Raqqa", null, 5, 2), new TrendRegion("Raqqa", "Tabqa", 5, 2) { IsDistrict = true },
                new TrendRegion("Daraa", null, 5, 0), new TrendRegion("Daraa", "Izra", 5, 0) { IsDistrict = true },
                new TrendRegion(null, null, 1, 0), new TrendRegion(null, null, 1, 0) { IsDistrict = true },
                new TrendRegion("Quneitra", null, 0, 4), new TrendRegion("Quneitra", "Fiq", 0, 4) { IsDistrict = true },
            ],
            rows);
    }

    [Fact]
    public void Issue17_12_Compare_ListsEachGovernoratesDistrictsUnderIt_WithTheirOwnChange()
    {
        var rows = TrendRegion.Compare(
            [new RegionCount("Homs", "Tadmur", 2), new RegionCount("Homs", "Rastan", 3), new RegionCount("Homs", null, 1), new RegionCount("Hama", "Salamiyah", 4)],
            [new RegionCount("Homs", "Tadmur", 5), new RegionCount("Hama", "Mhardeh", 1)]);

        Assert.Equal(
            [
                new TrendRegion("Homs", null, 6, 5),
                new TrendRegion("Homs", "Rastan", 3, 0) { IsDistrict = true },
                new TrendRegion("Homs", "Tadmur", 2, 5) { IsDistrict = true },
                new TrendRegion("Homs", null, 1, 0) { IsDistrict = true },
                new TrendRegion("Hama", null, 4, 1),
                new TrendRegion("Hama", "Salamiyah", 4, 0) { IsDistrict = true },
                new TrendRegion("Hama", "Mhardeh", 0, 1) { IsDistrict = true },
            ],
            rows);
    }

    [Fact]
    public void Issue17_Compare_WithoutAPreviousPeriod_LeavesItEmpty()
    {
        Assert.Equal([new TrendRegion("Homs", null, 3, null), new TrendRegion("Homs", "Tadmur", 3, null) { IsDistrict = true }],
            TrendRegion.Compare([new RegionCount("Homs", "Tadmur", 3)], null));
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
