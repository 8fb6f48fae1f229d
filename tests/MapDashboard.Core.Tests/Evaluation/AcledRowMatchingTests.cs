using MapDashboard.Core.Evaluation;

namespace MapDashboard.Core.Tests.Evaluation;

/// <summary>Rows of one report coded at several places are each compared with one of the coder's events, closest first.</summary>
public sealed class AcledRowMatchingTests
{
    private static readonly DateOnly Day = new(2019, 4, 2);

    private static AcledCodedRow Row(string id, double lat, double lon) =>
        new(id, Day, "Battles", "Armed clash", "Rebels", "rebels", null, id, lat, lon, 0, "Clashes in two villages.");

    private static AcledPrediction Event(string place, double? lat, double? lon) =>
        new(true, "Battles", "Armed clash", "rebels", lat, lon, null, place, Day, null, 0, 2);

    [Fact]
    public void RowsOfOneReport_TakeTheirClosestEvents_OneEach()
    {
        // The coder's first event is at the second row's place: comparing both rows with it would score one place twice.
        var rows = new[] { Row("north", 36.50, 37.00), Row("south", 35.00, 37.00) };
        var events = new[] { Event("South village", 35.01, 37.01), Event("North village", 36.49, 37.00) };

        var matched = AcledRowMatching.Match(rows, events);

        Assert.Equal(["North village", "South village"], matched.Select(m => m.PlaceName));
    }

    [Fact]
    public void AnEventIsUsedOnce_ALeftOverRowTakesTheFirstEvent()
    {
        // Three rows, two events, both events nearest the first row: it takes the closer one, the second row the other,
        // and the third row (no event left) is compared with the first event, as a lone row would be.
        var rows = new[] { Row("a", 36.00, 37.00), Row("b", 36.30, 37.00), Row("c", 34.00, 38.00) };
        var events = new[] { Event("first", 36.02, 37.00), Event("second", 36.01, 37.00) };

        var matched = AcledRowMatching.Match(rows, events);

        Assert.Equal(["second", "first", "first"], matched.Select(m => m.PlaceName));
    }

    [Fact]
    public void ALoneRow_OrAnUnplacedEvent_KeepsTheFirstEventRule()
    {
        var lone = AcledRowMatching.Match([Row("a", 36.0, 37.0)], [Event("first", 30.0, 30.0), Event("second", 36.0, 37.0)]);
        Assert.Equal("first", Assert.Single(lone).PlaceName);

        var unplaced = AcledRowMatching.Match([Row("a", 36.0, 37.0), Row("b", 35.0, 37.0)], [Event("first", null, null), Event("second", null, null)]);
        Assert.All(unplaced, m => Assert.Equal("first", m.PlaceName));

        var none = AcledRowMatching.Match([Row("a", 36.0, 37.0), Row("b", 35.0, 37.0)], []);
        Assert.All(none, m => Assert.False(m.Found));
    }
}
