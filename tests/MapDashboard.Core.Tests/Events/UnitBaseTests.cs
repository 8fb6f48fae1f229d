using MapDashboard.Core.Events;
using MapDashboard.Core.Gazetteer;
using MapDashboard.Core.Geoparsing;
using MapDashboard.Core.Tests.Pipeline;
using static MapDashboard.Core.Tests.Events.TestPlaces;

namespace MapDashboard.Core.Tests.Events;

/// <summary>
/// Session 28 (location): a base named by its unit's number ("Brigade 82", "the 117th Brigade base", "the base of the 47th
/// Division") where the event happened, tied to a town right after it ("in A"), is not the town: the event is drawn near
/// the town (precision 2) and shown as the base near it, a place of its own (not the town). The unit named as
/// an actor leaves the town as it is. Invented places, sentences composed for these tests.
/// </summary>
public class UnitBaseTests
{
    private static readonly Geoparser Parser = TestPipeline.GeoparserOver(PlaceIndex.Build(
    [
        ("Kafr Mawz", P("t:kafr-mawz", "Kafr Mawz", 35.30, 37.45, "Hama", "PPLA2", 30_000)),
        ("Umm Tin", P("t:umm-tin", "Umm Tin", 35.35, 37.50, "Hama")),
        ("Hama", P("t:hama-city", "Hama", 35.13, 36.76, "Hama", "PPLA", 460_000)), ("Hama", P("t:hama-gov", "Hama", 35.24, 37.22, "Hama", "ADM1")),
    ]));

    private static readonly EventCoder Coder = TestPipeline.Coder();

    private static CodedEvent FirstEvent(string text) => BatteryFiles.Code(Parser, Coder, text, new DateOnly(2019, 5, 2)).First();

    [Theory]
    [InlineData("Islamist fighters overran the 61st Brigade in Kafr Mawz after a night of fighting.", "61st Brigade")]
    [InlineData("Jets bombed the headquarters of Regiment 45 in Kafr Mawz on Sunday.", "Regiment 45")]
    [InlineData("Rebels shelled the 12th Armoured Division base in the town of Kafr Mawz.", "12th Armoured Division base")]
    public void BaseNamedByItsUnit_IsDrawnNearTheTown(string sentence, string shown)
    {
        var e = FirstEvent(sentence);
        Assert.Equal(("t:kafr-mawz", 2), (e.Location?.Id, e.Precision));
        Assert.Equal($"{shown} (near Kafr Mawz)", e.PlaceName);
        Assert.Null(e.Where.Place);
    }

    [Theory]
    [InlineData("The 61st Brigade in Kafr Mawz shelled rebel positions on Sunday.")]
    [InlineData("Soldiers of the 12th Division clashed with rebels in Kafr Mawz.")]
    public void UnitNamedAsAnActor_LeavesTheTown(string sentence)
    {
        var e = FirstEvent(sentence);
        Assert.Equal(("t:kafr-mawz", 1), (e.Location?.Id, e.Precision));
    }
}
