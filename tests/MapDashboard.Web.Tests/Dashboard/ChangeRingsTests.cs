using MapDashboard.Core.Control;
using MapDashboard.Web.Components.Dashboard;
using MapDashboard.Web.Components.Map;

namespace MapDashboard.Web.Tests.Dashboard;

/// <summary>The changed-hands rings are kept by id between steps: a step sends only the rings that are new or changed and the ids gone.</summary>
public sealed class ChangeRingsTests
{
    private static ChangedHands Taken(string place, int day, string controller = "sdf", string verb = "captured") =>
        new(new ControlChange(place, place.ToUpperInvariant(), 36 + day / 100.0, 38, new DateOnly(2019, 3, day), controller, null, verb, 0.9), $"{day} Mar 2019");

    private static IReadOnlyList<MapRing> Rings(params ChangedHands[] changes) => ChangeRings.Of(changes, c => "Side " + c.Controller);

    [Fact]
    public void ARing_IsNamedByItsChange_NotByItsPlaceInTheList()
    {
        var first = Rings(Taken("p1", 2), Taken("p2", 5));
        var later = Rings(Taken("p0", 1), Taken("p2", 5));
        Assert.Equal(first[1].Id, later[1].Id);
        Assert.NotEqual(first[0].Id, later[0].Id);
        Assert.Equal("P2: taken by Side sdf on 5 Mar 2019 (captured)", later[1].Title);
    }

    [Fact]
    public void TheSameChangeListedTwice_GetsTwoRings()
    {
        var rings = Rings(Taken("p1", 2), Taken("p1", 2));
        Assert.Equal(2, rings.Select(r => r.Id).Distinct().Count());
    }

    [Fact]
    public void TheFirstDraw_SendsEveryRingAfresh_TheNextOnlyWhatChanged()
    {
        var rings = new ChangeRings();
        var first = Rings(Taken("p1", 2), Taken("p2", 5), Taken("p3", 9));
        var (added, removed, afresh) = rings.Diff(first);
        Assert.True(afresh);
        Assert.Equal(3, added.Count);
        Assert.Empty(removed);
        rings.Drawn(first, countOnMap: 3);

        // The window moves on: p1's change leaves it, p4's enters, p2 and p3 stay and are not sent again.
        var next = Rings(Taken("p2", 5), Taken("p3", 9), Taken("p4", 12));
        (added, removed, afresh) = rings.Diff(next);
        Assert.False(afresh);
        Assert.Equal([next[2]], added);
        Assert.Equal([first[0].Id], removed);
    }

    [Fact]
    public void ARingWhoseTooltipChanged_IsSentAgain_UnderItsId()
    {
        var rings = new ChangeRings();
        var first = Rings(Taken("p1", 2));
        rings.Drawn(first, countOnMap: 1);
        var renamed = ChangeRings.Of([Taken("p1", 2)], c => "Another name");
        var (added, removed, afresh) = rings.Diff(renamed);
        Assert.False(afresh);
        Assert.Equal(renamed, added);
        Assert.Empty(removed);
    }

    [Fact]
    public void AMapThatHoldsOtherThanWasDrawn_OrALayerRemoved_StartsAfresh()
    {
        var rings = new ChangeRings();
        var first = Rings(Taken("p1", 2), Taken("p2", 5));
        rings.Drawn(first, countOnMap: 1);
        Assert.True(rings.Diff(first).Afresh);

        rings.Drawn(first, countOnMap: 2);
        Assert.False(rings.Diff(first).Afresh);
        Assert.Empty(rings.Diff(first).Added);
        rings.Forget();
        var (added, _, afresh) = rings.Diff(first);
        Assert.True(afresh);
        Assert.Equal(2, added.Count);
    }
}
