using MapDashboard.Core.Events;
using MapDashboard.Core.Gazetteer;
using MapDashboard.Core.Geoparsing;
using MapDashboard.Core.Pipeline;

namespace MapDashboard.Core.Tests.Pipeline;

/// <summary>Which coded captures become control changes: a place the event is at itself, or an unknown village as its own approximate place.</summary>
public class ControlChangeExtractorTests
{
    private static readonly Place Town = new("t:town", "Qarat Hilal", 36.0, 37.0, "P", "PPLA2", "SY", "Testia", null, 80_000, "test");
    private static readonly Place Village = new("t:village", "Ain Tiba", 36.05, 37.02, "P", "PPL", "SY", "Testia", null, 900, "test");
    private static readonly ControlChangeCandidate Taken = new("saa", "islamic-state", "took", 0.8);

    private static CodedEvent Capture(Place? resolved, Place? location, int precision, string text, MentionCue cues = MentionCue.None)
    {
        var mention = new PlaceMention(text, 0, text.Length, cues, null, resolved is not null, 0, 40);
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
    public void UnknownVillageAnchoredNearATown_NeverChangesTheTown_ButIsKeptAsItsOwnApproximatePlace()
    {
        var change = new ControlChangeExtractor().Extract(Capture(null, Town, 2, "Tall Zuhur"));

        Assert.NotNull(change);
        Assert.NotEqual("t:town", change.PlaceId);
        Assert.StartsWith("near:t:town:", change.PlaceId, StringComparison.Ordinal);
        Assert.Equal(("Tall Zuhur (near Qarat Hilal)", 2, 36.0, 37.0), (change.PlaceName, change.Precision, change.Lat, change.Lon));
        Assert.Equal(("saa", "islamic-state"), (change.NewController, change.PreviousController));
    }

    [Fact]
    public void TwoSpellingsOfOneUnknownVillage_AreOnePlace_AndTwoVillagesNearOneTownAreTwo()
    {
        var extractor = new ControlChangeExtractor();
        var first = extractor.Extract(Capture(null, Town, 2, "Tall Zuhur"))!;
        var respelt = extractor.Extract(Capture(null, Town, 2, "Tal Zuhour"))!;
        var other = extractor.Extract(Capture(null, Town, 2, "Ain Halaqim"))!;

        Assert.Equal(first.PlaceId, respelt.PlaceId);
        Assert.NotEqual(first.PlaceId, other.PlaceId);
    }

    [Fact]
    public void KnownTownListedAsTakenNearAnother_ChangesHandsAtItsOwnPoint()
    {
        // "took Ain Tiba and Qarat Hilal, near Tell Invented": the gazetteer knows the town, located only "near" (precision 2).
        var change = new ControlChangeExtractor().Extract(Capture(Town, Town, 2, "Qarat Hilal", MentionCue.Near | MentionCue.ListedPlace));

        Assert.NotNull(change);
        Assert.Equal(("t:town", "Qarat Hilal", 36.0, 37.0, 1), (change.PlaceId, change.PlaceName, change.Lat, change.Lon, change.Precision));
        Assert.Equal("saa", change.NewController);
    }

    [Fact]
    public void PartOfAKnownTown_ChangesNothingThere()
    {
        Assert.Null(new ControlChangeExtractor().Extract(Capture(Town, Town, 2, "eastern Qarat Hilal", MentionCue.Direction)));
    }

    [Fact]
    public void RegionOfAKnownTown_ChangesNothingThere()
    {
        Assert.Null(new ControlChangeExtractor().Extract(Capture(Town, Town, 3, "Qarat Hilal countryside")));
    }
}
