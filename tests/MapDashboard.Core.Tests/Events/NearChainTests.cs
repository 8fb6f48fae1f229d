using MapDashboard.Core.Events;
using MapDashboard.Core.Gazetteer;
using MapDashboard.Core.Geoparsing;
using MapDashboard.Core.Tests.Pipeline;
using static MapDashboard.Core.Tests.Events.TestPlaces;

namespace MapDashboard.Core.Tests.Events;

/// <summary>
/// Session 29 (location): a place named with a "near" word of its own ("around A", "in the vicinity of A", "on the
/// outskirts of A") and then, after a phrase about where A lies (a river bank, farmland, a road), "near B": B only
/// locates A. Without the rule the event was drawn at the town 20 km away. Invented places,
/// sentences composed for these tests.
/// </summary>
public class NearChainTests
{
    private static readonly Geoparser Parser = TestPipeline.GeoparserOver(PlaceIndex.Build(
    [
        ("Tall Ruz", P("t:tall-ruz", "Tall Ruz", 35.15, 40.25, "Deir ez-Zor")),
        ("Kafr Sulh", P("t:kafr-sulh", "Kafr Sulh", 35.02, 40.42, "Deir ez-Zor", "PPLA2", 40_000)),
    ]));

    private static readonly EventCoder Coder = TestPipeline.Coder();

    private static List<CodedEvent> Events(string text) => BatteryFiles.Code(Parser, Coder, text, new DateOnly(2019, 5, 2)).ToList();

    [Theory]
    [InlineData("Clashes raged around Tall Ruz on the far bank of the canal near Kafr Sulh.")]
    [InlineData("Jets struck in the vicinity of Tall Ruz in the irrigated farmland near Kafr Sulh on Monday.")]
    [InlineData("Gunmen ambushed a patrol on the outskirts of Tall Ruz, on the desert road near Kafr Sulh.")]
    public void PhraseBetweenAPlaceAndItsLocator_KeepsTheEventAtThePlace(string sentence) =>
        Assert.Equal(["t:tall-ruz"], Events(sentence).Select(e => e.Location?.Id));

    [Fact]
    public void PlaceWithoutANearWordOfItsOwn_StaysTheEventsPlace() =>
        Assert.Equal("t:tall-ruz", Events("Clashes raged in Tall Ruz on the far bank of the canal near Kafr Sulh.")[0].Location?.Id);

    [Theory]
    [InlineData("Clashes raged around Tall Ruz on Monday and on Tuesday near Kafr Sulh.")]
    [InlineData("Jets struck around Tall Ruz, while drones hit targets near Kafr Sulh.")]
    public void SecondPlaceOfAnotherClause_IsAnEventOfItsOwn(string sentence) =>
        Assert.Contains("t:kafr-sulh", Events(sentence).Select(e => e.Location?.Id));
}
