using System.Text.Json;

namespace MapDashboard.Core.Control;

/// <summary>
/// The map's point symbols as a compact table rather than thousands of GeoJSON features, each of which would repeat
/// <c>"type":"Feature"</c>, <c>"layer":"place"</c> and its style's strings: <c>"points": {"rows": [[lon, lat, style,
/// placeId, name], ...], "styles": [{kind, category, side, colour, ageOpacity[, approximate, ringMetres]}, ...]}</c>.
/// A row's <c>style</c> is its index in <c>styles</c>, the distinct styles in the order first used (a few dozen at
/// most: kinds x categories x sides x age bands). A row and its style together are the properties the GeoJSON
/// feature carried (layer "place"), so the map draws and opens popups exactly as before; positions keep 5 decimals.
/// </summary>
internal static class ControlPointTable
{
    /// <summary>The property of the map's layer that holds the table.</summary>
    public const string Property = "points";

    /// <summary>Writes the points' table as the property <see cref="Property"/> of the object being written.</summary>
    public static void Write(Utf8JsonWriter json, IEnumerable<ControlPointModel> points, ControlLayerOptions options, Func<ControlPointModel, string> nameOf)
    {
        var styles = new Dictionary<Style, int>();
        json.WriteStartObject(Property);
        json.WriteStartArray("rows");
        foreach (var point in points)
        {
            var state = point.State;
            var style = new Style(point.Site.Kind, state.Category, state.Side, state.Colour, options.OpacityOf(state.Band),
                point.Site.IsApproximate ? options.ApproximateRingMetres : null);
            if (!styles.TryGetValue(style, out var index))
            {
                index = styles.Count;
                styles.Add(style, index);
            }
            json.WriteStartArray();
            json.WriteNumberValue(Math.Round(point.Site.Lon, 5));
            json.WriteNumberValue(Math.Round(point.Site.Lat, 5));
            json.WriteNumberValue(index);
            json.WriteStringValue(state.Latest.PlaceId);
            json.WriteStringValue(nameOf(point));
            json.WriteEndArray();
        }
        json.WriteEndArray();
        json.WriteStartArray("styles");
        foreach (var style in styles.OrderBy(s => s.Value).Select(s => s.Key))
        {
            json.WriteStartObject();
            json.WriteString("kind", style.Kind);
            json.WriteString("category", style.Category);
            json.WriteString("side", style.Side);
            json.WriteString("colour", style.Colour);
            json.WriteNumber("ageOpacity", style.AgeOpacity);
            if (style.RingMetres is { } ring)
            {
                json.WriteBoolean("approximate", true);
                json.WriteNumber("ringMetres", ring);
            }
            json.WriteEndObject();
        }
        json.WriteEndArray();
        json.WriteEndObject();
    }

    private readonly record struct Style(string Kind, string Category, string Side, string Colour, double AgeOpacity, double? RingMetres);
}
