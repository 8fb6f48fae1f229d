using MapDashboard.Core.Events;
using MapDashboard.Core.Gazetteer;
using MapDashboard.Core.Geoparsing;
using MapDashboard.Core.Pipeline;

namespace MapDashboard.Core.Tests.Pipeline;

/// <summary>Which coded captures become control changes: only a place the event is at itself.</summary>
public class ControlChangeExtractorTests
{
    private static readonly Place Town = new("t:town", "Qarat Hilal", 36.0, 37.0, "P", "PPLA2", "SY", "Testia", null, 80_000, "test");
    private static readonly Place Village = new("t:village", "Ain Tiba", 36.05, 37.02, "P", "PPL", "SY", "Testia", null, 900, "test");
    private static readonly ControlChangeCandidate Taken = new("saa", "islamic-state", "took", 0.8);

    private static CodedEvent Capture(Place? resolved, Place? location, int precision, string text)
    {
        var mention = new PlaceMention(text, 0, text.Length, MentionCue.None, null, resolved is not null, 0, 40);
        var where = new ResolvedPlace(mention, 0, text.Length, text, resolved, precision, 1, "test", null, 1, resolved is null ? location : null);
        return new CodedEvent(new TemporalExpression(0, 0, "", new DateOnly(2017, 3, 1), new DateOnly(2017, 3, 1), TimePrecision.Day),
            EventType.Battles, EventType.GovernmentRegainsTerritory, "saa", "islamic-state", [], where, location, precision, 0, 40, "", null, Taken, 0.9);
    }

    [Fact]
    public void VillageAtItsOwnPoint_ChangesHands()
    {
        var change = new ControlChangeExtractor().Extract(Capture(Village, Village, 1, "Ain Tiba"));

        Assert.Equal(("t:village", "saa", "islamic-state"), (change?.PlaceId, change?.NewController, change?.PreviousController));
    }

    [Fact]
    public void UnknownVillageAnchoredNearATown_NeverChangesTheTown()
    {
        Assert.Null(new ControlChangeExtractor().Extract(Capture(null, Town, 2, "Tall Zuhur")));
    }

    [Fact]
    public void CaptureNearAKnownPlace_ChangesNothingThere()
    {
        Assert.Null(new ControlChangeExtractor().Extract(Capture(Town, Town, 2, "Qarat Hilal")));
    }
}
