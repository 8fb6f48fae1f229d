using System.Text.Json;
using MapDashboard.Core.Control;
using NetTopologySuite.Geometries;
using NetTopologySuite.IO;
using static MapDashboard.Core.Tests.Control.ControlLayerBuilderTests;

namespace MapDashboard.Core.Tests.Control;

/// <summary>
/// Issue 20, point 5: a capture "near X" (precision 2) is kept at X's point as its own place, never decides X's side,
/// seeds no area, and is drawn as an approximate place with a dashed ring.
/// </summary>
public class ControlApproximatePlaceTests
{
    private static readonly Geometry Square = new WKTReader().Read("POLYGON ((35.5 34.5, 37.5 34.5, 37.5 35.5, 35.5 35.5, 35.5 34.5))");
    private static readonly DateOnly Before = new(2016, 11, 1);
    private static readonly DateOnly Taken = new(2017, 2, 3);
    private static readonly DateOnly After = new(2017, 2, 20);

    // An invented town held by ISIS, and a village the gazetteer lacks, taken by the army "near" the town.
    private static readonly ControlChange Town = Change("t:town", 35, 36.5, Before, "isis", "Qasr Invented");
    private static readonly ControlChange NearVillage = Change("near:t:town:tall imagined", 35, 36.5, Taken, "saa", "Tall Imagined (near Qasr Invented)")
        with { Precision = 2, Evidence = "/article/4?event=9" };

    private static ControlLayerBuilder Builder(params ControlChange[] changes) => new(new ControlTimeline(changes), Square, Style);

    private static JsonElement[] Places(ControlLayerBuilder builder, DateOnly date) =>
        JsonDocument.Parse(builder.GeoJsonAt(date)).RootElement.GetProperty("features").EnumerateArray()
            .Where(f => f.GetProperty("properties").GetProperty("layer").GetString() == "place").Select(f => f.GetProperty("properties")).ToArray();

    [Fact]
    public void CaptureNearATown_LeavesTheTownsAreaWithItsHolder()
    {
        var builder = Builder(Town, NearVillage);

        var area = Assert.Single(builder.AreasAt(After));

        Assert.Equal("islamic-state", area.Side);
        Assert.Equal(["t:town"], area.Places.Select(p => p.PlaceId));
        Assert.True(area.Geometry.Contains(new Point(36.5, 35)), area.Geometry.AsText());
    }

    [Fact]
    public void CaptureNearATown_IsAnApproximatePlaceWithARing_NotAnArea()
    {
        var builder = Builder(Town, NearVillage);

        var near = Assert.Single(Places(builder, After), p => p.GetProperty("name").GetString() == "Tall Imagined (near Qasr Invented)");

        Assert.True(near.GetProperty("approximate").GetBoolean());
        Assert.False(near.GetProperty("seed").GetBoolean());
        Assert.Equal(new ControlLayerOptions().ApproximateRingKm * 1000, near.GetProperty("ringMetres").GetDouble());
        Assert.Equal("pro-government", near.GetProperty("side").GetString());
        Assert.Contains("location approximate", near.GetProperty("label").GetString(), StringComparison.Ordinal);
        Assert.DoesNotContain(builder.AreasAt(After), a => a.Side == "pro-government");
        Assert.Contains(builder.LayerAt(After).Legend, e => e is { Side: "pro-government", Areas: 0, Places: 1 });
    }

    [Fact]
    public void ALoneApproximatePlace_DrawsNoAreaAtAll()
    {
        var builder = Builder(NearVillage);

        Assert.Empty(builder.AreasAt(After));
        Assert.Single(Places(builder, After), p => p.GetProperty("approximate").GetBoolean());
    }

    [Fact]
    public void AnExactPlace_HasNoRing()
    {
        var builder = Builder(Town, Change("t:hill", 35.01, 36.52, Taken, "saa", "Jabal Invented") with { Kind = "hill" });

        Assert.All(Places(builder, After), p => Assert.False(p.TryGetProperty("approximate", out _)));
    }
}
