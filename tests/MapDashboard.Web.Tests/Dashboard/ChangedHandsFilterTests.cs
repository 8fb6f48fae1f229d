using MapDashboard.Core.Control;
using MapDashboard.Core.Events;
using MapDashboard.Data;
using MapDashboard.Data.Store;
using MapDashboard.Web.Components.Dashboard;

namespace MapDashboard.Web.Tests.Dashboard;

/// <summary>Issue 17.10 for the changes of control no stored event reported (ACLED rows, snapshots, corrections), and 17.9's one date writer.</summary>
public class ChangedHandsFilterTests
{
    private static readonly ControlChange FromAcled = new("ocha:C1", "Tell Invented", 36.1, 37.2, new DateOnly(2017, 3, 2), "saa", "islamic-state",
        EventType.GovernmentRegainsTerritory, 0.8) { Source = "acled" };

    [Fact]
    public void AChangeWithoutAnEvent_IsKeptByTheActorsItInvolves_AndByItsSubTypeOrThatSubTypesType()
    {
        Assert.True(ChangedHandsFilter.Keeps(FromAcled, new EventQuery()));
        Assert.True(ChangedHandsFilter.Keeps(FromAcled, new EventQuery { Actors = ["islamic-state"] }));
        Assert.False(ChangedHandsFilter.Keeps(FromAcled, new EventQuery { Actors = ["fsa"] }));
        Assert.True(ChangedHandsFilter.Keeps(FromAcled, new EventQuery { Types = [EventType.Battles] }));
        Assert.True(ChangedHandsFilter.Keeps(FromAcled, new EventQuery { Types = [EventType.GovernmentRegainsTerritory] }));
        Assert.False(ChangedHandsFilter.Keeps(FromAcled, new EventQuery { Types = [EventType.RemoteViolence] }));
        Assert.False(ChangedHandsFilter.Keeps(FromAcled, new EventQuery { ArticleId = 3 }));
        Assert.False(ChangedHandsFilter.Keeps(FromAcled, new EventQuery { MinConfidence = 0.9 }));
        Assert.False(ChangedHandsFilter.Keeps(FromAcled, new EventQuery { Bounds = new BoundingBox(38, 35, 39, 36) }));
    }

    [Fact]
    public void Issue17_10_AChangeWithoutAnEvent_IsKeptOnlyInsideTheDrawnArea()
    {
        // Tell Invented (37.2 E, 36.1 N) lies in the area's box but in the notch of the L drawn around it.
        var around = AreaPolygon.Parse("36.5,35.5;37.5,35.5;37.5,36;37,36;37,36.5;36.5,36.5", out _)!;
        var over = AreaPolygon.Parse("37,36;37.5,36;37.5,36.5;37,36.5", out _)!;

        Assert.False(ChangedHandsFilter.Keeps(FromAcled, new EventQuery { Area = around }));
        Assert.True(ChangedHandsFilter.Keeps(FromAcled, new EventQuery { Area = over }));
    }

    [Fact]
    public void Issue17_10_AChangeWithoutAnEvent_HasOneSource_SoAskingForTwoReportsDropsIt()
    {
        Assert.True(ChangedHandsFilter.Keeps(FromAcled, new EventQuery { MinReports = 1 }));
        Assert.False(ChangedHandsFilter.Keeps(FromAcled, new EventQuery { MinReports = 2 }));
    }

    [Fact]
    public async Task Issue17_10_TheDrawnAreaAlone_FiltersTheChangesNoEventReported()
    {
        // No change here has an event, so the store is never asked: a factory over a file that does not exist will do.
        var events = new EventQueries(new SqliteConnectionFactory(Path.Combine(Path.GetTempPath(), "never-opened.db"), readOnly: true));
        var outside = FromAcled with { PlaceId = "ocha:C2", PlaceName = "Far Away", Lat = 33.5, Lon = 36.3 };
        var area = AreaPolygon.Parse("37,36;37.5,36;37.5,36.5;37,36.5", out _)!;

        var kept = await ChangedHandsFilter.ApplyAsync([FromAcled, outside], new EventQuery { Area = area }, events);
        var reported = await ChangedHandsFilter.ApplyAsync([FromAcled, outside], new EventQuery { MinReports = 2 }, events);

        Assert.Equal(["Tell Invented"], kept.Select(c => c.Change.PlaceName));
        Assert.Empty(reported);
    }

    [Theory]
    [InlineData("2017-01-30", null, "30 Jan 2017")]
    [InlineData("2017-01-30", "2017-01-30", "30 Jan 2017")]
    [InlineData("2017-01-26", "2017-01-28", "26 – 28 Jan 2017")]
    [InlineData("2017-01-30", "2017-02-02", "30 Jan – 2 Feb 2017")]
    [InlineData("2016-12-28", "2017-01-03", "28 Dec 2016 – 3 Jan 2017")]
    [InlineData(null, null, "undated")]
    public void EventDate_WritesADayOrASpanOneWay(string? start, string? end, string expected) =>
        Assert.Equal(expected, DashboardText.EventDate(start, end));
}
