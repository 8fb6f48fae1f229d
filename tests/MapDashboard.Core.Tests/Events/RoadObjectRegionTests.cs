using MapDashboard.Core.Events;
using MapDashboard.Core.Gazetteer;
using MapDashboard.Core.Geoparsing;
using MapDashboard.Core.Tests.Pipeline;
using static MapDashboard.Core.Tests.Events.TestPlaces;

namespace MapDashboard.Core.Tests.Events;

/// <summary>
/// Session 28 (location): a sentence whose verb acts only on a road named by its two ends ("cut the road linking B and C",
/// "reached the B-C highway") and that names no point of its own but a region ("in the countryside of A", "in eastern
/// Hama") is drawn at that region (A's point, precision 2): the road's ends are no place of the event, and the first of
/// them may lie 100-200 km from where the fighting was. Invented places, sentences composed for these tests.
/// </summary>
public class RoadObjectRegionTests
{
    private static readonly Geoparser Parser = TestPipeline.GeoparserOver(PlaceIndex.Build(
    [
        ("Kafr Mawz", P("t:kafr-mawz", "Kafr Mawz", 35.30, 37.45, "Hama", "PPLA2", 30_000)),
        ("Umm Tin", P("t:umm-tin", "Umm Tin", 35.35, 37.50, "Hama")),
        ("Hama", P("t:hama-city", "Hama", 35.13, 36.76, "Hama", "PPLA", 460_000)), ("Hama", P("t:hama-gov", "Hama", 35.24, 37.22, "Hama", "ADM1")),
        ("Homs", P("t:homs-city", "Homs", 34.73, 36.72, "Homs", "PPLA", 775_000)), ("Homs", P("t:homs-gov", "Homs", 34.15, 38.14, "Homs", "ADM1")),
        ("Raqqa", P("t:raqqa-city", "Raqqa", 35.95, 39.01, "Raqqa", "PPLA", 177_000)), ("Raqqa", P("t:raqqa-gov", "Raqqa", 36.00, 38.91, "Raqqa", "ADM1")),
    ]));

    private static readonly EventCoder Coder = TestPipeline.Coder();

    private static (string? Id, int Precision) FirstEvent(string text)
    {
        var e = BatteryFiles.Code(Parser, Coder, text, new DateOnly(2019, 5, 2)).First();
        return (e.Location?.Id, e.Precision);
    }

    [Theory]
    [InlineData("Tribal fighters took two hamlets in the southern countryside of Kafr Mawz and cut the road linking Homs and Raqqa.")]
    [InlineData("The army seized hills in the Kafr Mawz countryside, then reached the road connecting Hama and Homs.")]
    [InlineData("Insurgents overran outposts in the eastern countryside of Kafr Mawz and cut the Homs-Raqqa highway.")]
    public void RoadTheVerbActsOn_GivesWayToTheRegionOfTheSentence(string sentence) =>
        Assert.Equal(("t:kafr-mawz", 2), FirstEvent(sentence));

    [Fact]
    public void PointOfTheSentence_StaysTheEventsPlace() =>
        Assert.Equal(("t:umm-tin", 1), FirstEvent("Tribal fighters took Umm Tin in the countryside of Kafr Mawz and cut the road linking Homs and Raqqa."));

    [Fact]
    public void WithoutARegion_TheRoadsFirstEndStays() =>
        Assert.Equal(("t:homs-city", 2), FirstEvent("Tribal fighters seized a checkpoint and cut the road linking Homs and Raqqa."));

    [Fact]
    public void RoadNamedByOneEnd_DoesNotTurnToARegionTheFightersCameFrom() =>
        Assert.Equal("t:umm-tin", FirstEvent("Gunmen killed two fighters displaced from the Kafr Mawz countryside on the road to Umm Tin.").Id);
}
