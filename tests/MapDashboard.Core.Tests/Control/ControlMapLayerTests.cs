using System.Text.Json;
using MapDashboard.Core.Control;
using static MapDashboard.Core.Tests.Control.ControlLayerBuilderTests;

namespace MapDashboard.Core.Tests.Control;

/// <summary>
/// The map's lean layer (no histories, no point labels, no areas' evidence lists, outlines rounded) against the API's
/// complete one, and what a popup fetches on its own: a place's history, a symbol's popup, an area's list.
/// </summary>
public class ControlMapLayerTests
{
    private static readonly DateOnly Day1 = new(2017, 3, 4);
    private static readonly DateOnly Day2 = new(2017, 5, 21);

    private static ControlLayerBuilder Builder() => new(new ControlTimeline([
        Change("w", 35.1234567, 36.0123456, Day1.AddDays(-20), "isis", "Khirbet Invented") with { Source = "baseline", Evidence = "snapshot:s" },
        Change("w", 35.1234567, 36.0123456, Day1, "saa", "Khirbet Invented") with { Evidence = "/article/7?event=2" },
        Change("e", 35.0, 36.3, Day1, "fsa", "Tell Madeup"),
    ]), Square, Style);

    private static JsonElement Root(string json) => JsonDocument.Parse(json).RootElement;

    private static JsonElement Place(JsonElement root) => root.GetProperty("features").EnumerateArray()
        .Single(f => f.GetProperty("properties").GetProperty("layer").GetString() == "place");

    [Fact]
    public void TheMapsLayer_LeavesOutHistories_AndRoundsOutlines_WhileTheApisKeepsThem()
    {
        var builder = Builder();

        var map = Root(builder.LayerAt(Day2).GeoJson);
        var api = Root(builder.GeoJsonAt(Day2));

        Assert.Equal("2017-05-21", map.GetProperty("date").GetString());
        // The map's symbol is a row of its points' table (lon, lat, style, placeId, name): no history, no label.
        var lean = Assert.Single(map.GetProperty("points").GetProperty("rows").EnumerateArray());
        var full = Place(api).GetProperty("properties");
        Assert.Equal(5, lean.GetArrayLength());
        Assert.Equal(2, full.GetProperty("history").GetArrayLength());
        Assert.Equal(full.GetProperty("placeId").GetString(), lean[3].GetString());
        Assert.DoesNotContain("history", map.GetProperty("points").ToString(), StringComparison.Ordinal);
        Assert.StartsWith("Khirbet Invented: held by", full.GetProperty("label").GetString());
        Assert.True(full.TryGetProperty("status", out _));
        var mapCoordinates = map.GetProperty("features").EnumerateArray()
            .Where(f => f.GetProperty("properties").GetProperty("layer").GetString() is "area" or "front")
            .SelectMany(f => f.GetProperty("geometry").GetProperty("coordinates").ToString().Split(',', '[', ']'))
            .Where(t => t.Contains('.')).ToList();
        Assert.NotEmpty(mapCoordinates);
        Assert.All(mapCoordinates, t => Assert.True(t.Length - t.IndexOf('.') - 1 <= 4, t));
        Assert.True(builder.LayerAt(Day2).GeoJson.Length < builder.GeoJsonAt(Day2).Length);
        Assert.Equal(1, builder.Computations); // the API's layer at a cached date is written from the same computation
    }

    [Fact]
    public void APlacesHistory_IsTheOneItsSymbolHadInTheLayer_UpToTheDate()
    {
        var builder = Builder();

        var full = Place(Root(builder.GeoJsonAt(Day2))).GetProperty("properties").GetProperty("history").ToString();
        var alone = builder.HistoryAt("w", Day2);
        var before = Root(builder.HistoryAt("w", Day1.AddDays(-1))!);

        Assert.Equal(Root(full).ToString(), Root(alone!).ToString());
        Assert.Equal(["islamic-state"], before.EnumerateArray().Select(h => h.GetProperty("text").GetString()));
        Assert.Equal("snapshot:s", before[0].GetProperty("evidence").GetString());
        Assert.Null(builder.HistoryAt("nowhere", Day2));
    }

    private static IEnumerable<JsonElement> Areas(JsonElement root) => root.GetProperty("features").EnumerateArray()
        .Where(f => f.GetProperty("properties").GetProperty("layer").GetString() == "area").Select(f => f.GetProperty("properties"));

    [Fact]
    public void ASymbolsPopup_IsTheLabelAndHistoryItHadInTheApisLayer()
    {
        var builder = Builder();

        var full = Place(Root(builder.GeoJsonAt(Day2))).GetProperty("properties");
        var popup = Root(builder.PointPopupAt("w", Day2)!);

        Assert.Equal(full.GetProperty("label").GetString(), popup.GetProperty("label").GetString());
        Assert.Equal(full.GetProperty("history").ToString(), popup.GetProperty("history").ToString());
        Assert.Null(builder.PointPopupAt("nowhere", Day2));
        Assert.Null(builder.PointPopupAt("w", Day1.AddDays(-60))); // before any evidence nothing is drawn
    }

    [Fact]
    public void AnAreasList_IsFetchedByTheIdOfOneOfItsPlaces_AndIsTheApisList()
    {
        var builder = Builder();

        var map = Areas(Root(builder.LayerAt(Day2).GeoJson)).ToList();
        var api = Areas(Root(builder.GeoJsonAt(Day2))).ToList();

        Assert.NotEmpty(map);
        Assert.Equal(api.Count, map.Count);
        Assert.All(map, a => Assert.False(a.TryGetProperty("places", out _)));
        for (var i = 0; i < map.Count; i++)
        {
            var fetched = builder.AreaPlacesAt(map[i].GetProperty("placeId").GetString()!, Day2);
            Assert.Equal(api[i].GetProperty("places").ToString(), Root(fetched!).ToString());
            Assert.Equal(api[i].GetProperty("label").GetString(), map[i].GetProperty("label").GetString());
        }
        Assert.Null(builder.AreaPlacesAt("nowhere", Day2));
    }

    [Fact]
    public void APlaceFarAbroad_WithAHolder_DoesNotStopTheAreasInsideFromBeingDrawn()
    {
        var builder = new ControlLayerBuilder(new ControlTimeline([
            Change("w", 35.1, 36.0, Day1, "saa", "Khirbet Invented"),
            Change("e", 35.0, 36.3, Day1, "fsa", "Tell Madeup"),
            Change("s", 34.8, 36.6, Day1, "isis", "Invented Springs"),
            Change("abroad", 35.1, 129.0, Day1, "saa", "Port Faraway"),
        ]), Square, Style);

        var areas = Areas(Root(builder.LayerAt(Day2).GeoJson)).ToList();

        Assert.Equal(3, areas.Count);
    }
}
