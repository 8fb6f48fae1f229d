using System.Text;
using System.Text.Json;

namespace MapDashboard.LoadBench;

/// <summary>
/// What the map's control layer (api/control/layer) is made of, in UTF-8 bytes of its JSON text: areas' outlines, areas'
/// evidence lists (<c>places</c>), areas' other properties, front lines, point symbols' labels, their other properties
/// and their geometry. The parts add up to the features' bytes (separators and the envelope are left out). The map's
/// points' table (<c>points</c>) counts as the points' geometry (its positions) and properties (all the rest of it).
/// </summary>
internal static class ControlLayerBytes
{
    /// <summary>The parts in the order they are reported.</summary>
    public static readonly string[] Parts = ["area-geometry", "area-places", "area-properties", "fronts", "point-labels", "point-properties", "point-geometry"];

    /// <summary>The bytes of each part of a layer's JSON text.</summary>
    public static Dictionary<string, long> Split(string json)
    {
        var parts = Parts.ToDictionary(p => p, _ => 0L);
        using var document = JsonDocument.Parse(json);
        foreach (var feature in document.RootElement.GetProperty("features").EnumerateArray())
        {
            var properties = feature.GetProperty("properties");
            var geometry = Bytes(feature.GetProperty("geometry"));
            switch (properties.GetProperty("layer").GetString())
            {
                case "area":
                    var places = properties.TryGetProperty("places", out var list) ? Bytes(list) : 0;
                    parts["area-geometry"] += geometry;
                    parts["area-places"] += places;
                    parts["area-properties"] += Bytes(properties) - places;
                    break;
                case "front":
                    parts["fronts"] += Bytes(feature);
                    break;
                default:
                    var label = properties.TryGetProperty("label", out var text) ? Bytes(text) : 0;
                    parts["point-geometry"] += geometry;
                    parts["point-labels"] += label;
                    parts["point-properties"] += Bytes(properties) - label;
                    break;
            }
        }
        // The map's points' table (rows of [lon, lat, style, placeId, name] and the styles once): the positions' numbers
        // are the points' geometry, the rest of the table (styles, ids, names, brackets) their properties.
        if (document.RootElement.TryGetProperty("points", out var table))
        {
            var positions = table.GetProperty("rows").EnumerateArray().Sum(r => Bytes(r[0]) + Bytes(r[1]));
            parts["point-geometry"] += positions;
            parts["point-properties"] += Bytes(table) - positions;
        }
        return parts;
    }

    private static long Bytes(JsonElement element) => Encoding.UTF8.GetByteCount(element.GetRawText());
}
