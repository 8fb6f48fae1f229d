using System.Text.Json;
using MapDashboard.Core.Control;
using static MapDashboard.Core.Tests.Control.ControlLayerBuilderTests;

namespace MapDashboard.Core.Tests.Control;

/// <summary>
/// The map's layer carries its point symbols as one compact table (rows of [lon, lat, style, placeId, name] and the
/// distinct styles once) instead of GeoJSON features; read back, each row is the API layer's place feature less what a
/// popup fetches (label, history) and what the map never read (seed, status).
/// </summary>
public class ControlPointTableTests
{
    private static readonly DateOnly Day1 = new(2016, 9, 12);
    private static readonly DateOnly Day2 = new(2016, 10, 2);

    // Invented sites: two hills and an airbase held by one side, a checkpoint of another, a town, and a village only
    // known to be "near" the town.
    private static ControlLayerBuilder Builder() => new(new ControlTimeline([
        Change("town", 35.0, 36.0, Day1, "fsa", "Kafr Invented"),
        Change("hill-1", 35.01, 36.03, Day1, "saa", "Tall Imagined") with { Kind = "hill" },
        Change("hill-2", 35.3, 36.8, Day1, "saa", "Jabal Madeup") with { Kind = "hill" },
        Change("air", 35.2, 37.2, Day1.AddDays(-400), "saa", "Invented Airbase") with { Kind = "airbase" },
        Change("cp", 34.8, 36.5, Day1, "isis", "Checkpoint Nowhere") with { Kind = "checkpoint" },
        Change("near:town:tall fictive", 35.0, 36.0, Day1, "saa", "Tall Fictive (near Kafr Invented)") with { Precision = 2 },
    ]), Square, Style);

    private static JsonElement Root(string json) => JsonDocument.Parse(json).RootElement;

    private static readonly string[] StyleKeys = ["kind", "category", "side", "colour", "ageOpacity", "approximate", "ringMetres"];

    [Fact]
    public void EachRow_WithItsStyle_IsTheApisPlaceFeature_LessWhatThePopupFetches()
    {
        var builder = Builder();
        var map = Root(builder.LayerAt(Day2).GeoJson);
        var api = Root(builder.GeoJsonAt(Day2)).GetProperty("features").EnumerateArray()
            .Where(f => f.GetProperty("properties").GetProperty("layer").GetString() == "place")
            .ToDictionary(f => f.GetProperty("properties").GetProperty("placeId").GetString()!);

        Assert.DoesNotContain(map.GetProperty("features").EnumerateArray(), f => f.GetProperty("properties").GetProperty("layer").GetString() == "place");
        var table = map.GetProperty("points");
        var styles = table.GetProperty("styles").EnumerateArray().ToList();
        var rows = table.GetProperty("rows").EnumerateArray().ToList();
        Assert.True(api.Count >= 5, $"{api.Count} symbols");
        Assert.Equal(api.Count, rows.Count);
        foreach (var row in rows)
        {
            var feature = api[row[3].GetString()!];
            var full = feature.GetProperty("properties");
            var style = styles[row[2].GetInt32()];
            Assert.Equal(full.GetProperty("name").GetString(), row[4].GetString());
            Assert.Equal(feature.GetProperty("geometry").GetProperty("coordinates")[0].GetDouble(), row[0].GetDouble());
            Assert.Equal(feature.GetProperty("geometry").GetProperty("coordinates")[1].GetDouble(), row[1].GetDouble());
            foreach (var key in StyleKeys)
            {
                Assert.Equal(full.TryGetProperty(key, out var expected) ? expected.ToString() : null,
                    style.TryGetProperty(key, out var actual) ? actual.ToString() : null);
            }
        }
    }

    [Fact]
    public void EachStyle_IsWrittenOnce_AndSymbolsAlikeShareIt()
    {
        var table = Root(Builder().LayerAt(Day2).GeoJson).GetProperty("points");
        var styles = table.GetProperty("styles").EnumerateArray().Select(s => s.ToString()).ToList();
        var used = table.GetProperty("rows").EnumerateArray().ToDictionary(r => r[3].GetString()!, r => r[2].GetInt32());

        Assert.Equal(styles.Count, styles.Distinct().Count());
        Assert.Equal(Enumerable.Range(0, styles.Count), used.Values.Distinct().Order());
        Assert.Equal(used["hill-1"], used["hill-2"]); // same kind, side and age
        Assert.NotEqual(used["hill-1"], used["air"]); // another kind (and older evidence)
        Assert.NotEqual(used["hill-1"], used["near:town:tall fictive"]); // approximate: its ring goes with the style
        Assert.Contains("\"approximate\":true", styles[used["near:town:tall fictive"]], StringComparison.Ordinal);
    }

    [Fact]
    public void ManySymbols_TakeLessThanHalfTheBytesAsATable_ThanAsFeatures()
    {
        // Thirty invented hilltops in a grid, held by two sides in turn.
        var builder = new ControlLayerBuilder(new ControlTimeline([.. Enumerable.Range(0, 30).Select(i =>
            Change($"hill-{i}", 34.6 + 0.15 * (i / 6), 35.7 + 0.3 * (i % 6), Day1, i % 2 == 0 ? "saa" : "isis", $"Tall Invented {i}") with { Kind = "hill" })]),
            Square, Style);
        var map = builder.LayerAt(Day2).GeoJson;
        var api = Root(builder.GeoJsonAt(Day2)).GetProperty("features").EnumerateArray()
            .Where(f => f.GetProperty("properties").GetProperty("layer").GetString() == "place").ToList();
        // The API's features less the parts the map left out before the table (label, history, seed, status).
        var featuresBytes = api.Sum(f => f.GetRawText().Length - f.GetProperty("properties").EnumerateObject()
            .Where(p => p.Name is "label" or "history" or "seed" or "status").Sum(p => p.Value.GetRawText().Length + p.Name.Length + 4));

        Assert.True(Root(map).GetProperty("points").GetRawText().Length * 2 < featuresBytes, $"table vs {featuresBytes} bytes of features");
    }
}
