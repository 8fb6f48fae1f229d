using MapDashboard.Core.Gazetteer;
using MapDashboard.Core.Geoparsing;

namespace MapDashboard.Core.Tests.Geoparsing;

/// <summary>
/// Issue 22 (session 16): an unknown village is drawn near a place of its sentence only where its locator puts it
/// (inside the governorate or the town's surroundings the text names), not at a nearer-named point elsewhere.
/// </summary>
public class AnchorChoiceTests
{
    private static Place P(string id, double lat, double lon, string admin1, string code = "PPL") =>
        new(id, id, lat, lon, code == "ADM1" ? "A" : "P", code, "SY", admin1, null, code == "PPL" ? 0 : 100_000, "test");

    private static readonly Place HamaCity = P("hama-city", 35.13, 36.76, "Hama", "PPLA");
    private static readonly Place RaqqaVillage = P("raqqa-village", 36.23, 38.97, "Raqqa");
    private static readonly Place HamaVillage = P("hama-village", 35.30, 36.40, "Hama");
    private static readonly Place DistrictSeat = P("district-seat", 35.01, 37.05, "Hama", "PPLA2");
    private static readonly Place FarTown = P("far-town", 35.50, 37.50, "Hama", "PPLA3");

    // "Fighters captured A village in eastern Hama, while jets struck B."
    private static readonly PlaceMention[] Sentence =
    [
        new("A", 19, 20, MentionCue.None, null, false, 0, 90),
        new("Hama", 41, 45, MentionCue.Direction, "east", true, 0, 90),
        new("B", 70, 71, MentionCue.None, null, true, 0, 90),
    ];

    private static bool InHama(Place p) => p.IsArea || p.Admin1 == "Hama";

    private static bool InReachOfHama(Place p) => InHama(p) || GeoDistanceKm(p, HamaCity) <= 100;

    private static double GeoDistanceKm(Place a, Place b) => Geo.GeoDistance.ApproxKilometres(a.Lat, a.Lon, b.Lat, b.Lon);

    [Fact]
    public void WithoutItsLocator_TheNearestPointNamedIsTheAnchor() =>
        Assert.Equal(2, AnchorChoice.Anchor(0, Sentence, [null, HamaCity, RaqqaVillage]));

    [Fact]
    public void PointInAnotherGovernorateOutOfReach_IsNotTheAnchor_TheGovernorateIs()
    {
        var area = AnchorChoice.AreaOf((1, InHama, double.PositiveInfinity, [], p => !InReachOfHama(p)), HamaCity, MentionCue.Direction);
        Assert.Equal(1, AnchorChoice.Anchor(0, Sentence, [null, HamaCity, RaqqaVillage], area));
    }

    [Fact]
    public void PointInsideTheGovernorate_IsStillTheAnchor()
    {
        var area = AnchorChoice.AreaOf((1, InHama, double.PositiveInfinity, [], p => !InReachOfHama(p)), HamaCity, MentionCue.Direction);
        Assert.Equal(2, AnchorChoice.Anchor(0, Sentence, [null, HamaCity, HamaVillage], area));
    }

    [Fact]
    public void GovernorateOfAnotherPhrase_GivesNoArea() =>
        Assert.Null(AnchorChoice.AreaOf((1, InHama, double.PositiveInfinity, [], null), HamaCity, MentionCue.None));

    [Fact]
    public void TownContainer_KeepsTheAnchorInItsSurroundings()
    {
        // "A in the X district as well as B": B, 60 km from the district seat X, is not where A lies.
        bool Near(Place p) => p.Id == DistrictSeat.Id || GeoDistanceKm(p, DistrictSeat) <= 30;
        var area = AnchorChoice.AreaOf((1, Near, 75, [], null), DistrictSeat, MentionCue.Region);
        Assert.NotNull(area);
        Assert.Equal(1, AnchorChoice.Anchor(0, Sentence, [null, DistrictSeat, FarTown], area));
    }

    [Theory]
    [InlineData(MentionCue.Near)]
    [InlineData(MentionCue.Direction)]
    public void TownNamedWithNearOrACompassWord_GivesNoArea(MentionCue cue) =>
        Assert.Null(AnchorChoice.AreaOf((1, _ => false, 75, [], null), DistrictSeat, cue));
}
