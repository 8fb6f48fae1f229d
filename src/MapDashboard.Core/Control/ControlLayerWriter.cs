using System.Buffers;
using System.Globalization;
using System.Text;
using System.Text.Json;
using NetTopologySuite.Geometries;
using NetTopologySuite.Simplify;

namespace MapDashboard.Core.Control;

/// <summary>
/// Writes the control layer as a GeoJSON FeatureCollection: areas (layer "area"), front lines ("front") and point
/// symbols ("place"), each with the properties the map's popups show: display names, dates, sources and evidence,
/// never raw place ids as text. A place's id goes along as data (<c>placeId</c>) for the analyst's correction form.
/// The map's own layer (<paramref name="forMap"/>) is leaner: no place histories, no areas' evidence lists and no point
/// labels (a popup fetches them when it opens, see <see cref="PointPopup"/> and <see cref="AreaPlaces"/>; an area
/// carries the id of one of its places, <c>placeId</c>, to fetch its list by), no properties the map does not read, and
/// area and front outlines rounded to 4 decimals (about 10 m, well under the drawing tolerance), and the point symbols
/// not as features but as one compact table beside them (<see cref="ControlPointTable"/>); the API's layer keeps everything.
/// </summary>
internal sealed class ControlLayerWriter(Func<string, (string Side, string Colour)> style, ControlLayerOptions options, bool forMap = false)
{
    private readonly int _outlineDecimals = forMap ? 4 : 5;

    /// <summary>The model as GeoJSON.</summary>
    public string Write(ControlLayerModel model) => Json(json =>
    {
        json.WriteStartObject();
        json.WriteString("type", "FeatureCollection");
        json.WriteString("date", DateText(model.Date));
        json.WriteStartArray("features");
        foreach (var area in model.Areas)
        {
            WriteArea(json, area);
        }
        foreach (var (sideA, sideB, lines) in model.Fronts)
        {
            json.WriteStartObject();
            json.WriteString("type", "Feature");
            json.WriteStartObject("properties");
            json.WriteString("layer", "front");
            json.WriteString("label", $"Front line: {sideA} / {sideB}");
            json.WriteEndObject();
            json.WriteStartObject("geometry");
            json.WriteString("type", "MultiLineString");
            json.WriteStartArray("coordinates");
            foreach (var line in lines)
            {
                WriteLine(json, Simplified(line.Coordinates, 2), _outlineDecimals);
            }
            json.WriteEndArray();
            json.WriteEndObject();
            json.WriteEndObject();
        }
        if (!forMap)
        {
            foreach (var point in model.Points)
            {
                WritePoint(json, point);
            }
        }
        json.WriteEndArray();
        if (forMap)
        {
            ControlPointTable.Write(json, model.Points, options, point => string.Join(" / ", NamesOf(point)));
        }
        json.WriteEndObject();
    }, 1 << 16);

    /// <summary>How old evidence is, in words ("12 days", "8 months", "2.5 years").</summary>
    public static string Age(int days) => days switch
    {
        < 31 => days == 1 ? "1 day" : $"{days} days",
        < 365 => $"{days / 30} month{(days / 30 == 1 ? "" : "s")}",
        _ => $"{(days / 365.25).ToString("0.#", CultureInfo.InvariantCulture)} years",
    };

    /// <summary>An area's places, each once (its latest evidence), newest first.</summary>
    private static List<ControlChange> PlacesOf(ControlAreaModel area) =>
        area.Places.GroupBy(p => p.PlaceName, StringComparer.Ordinal).Select(g => g.MaxBy(p => p.Date)!)
            .OrderByDescending(p => p.Date).ThenBy(p => p.PlaceName, StringComparer.Ordinal).ToList();

    /// <summary>An area's evidence list as its popup shows it (the API layer's <c>places</c>), as a JSON array.</summary>
    public string AreaPlaces(ControlAreaModel area) => Json(json => WriteAreaPlaces(json, PlacesOf(area)));

    private void WriteAreaPlaces(Utf8JsonWriter json, List<ControlChange> places)
    {
        json.WriteStartArray();
        foreach (var place in places.Take(options.PopupPlaces))
        {
            WriteEvidence(json, place, place.PlaceName, place.PlaceId);
        }
        json.WriteEndArray();
    }

    private void WriteArea(Utf8JsonWriter json, ControlAreaModel area)
    {
        var places = PlacesOf(area);
        var ages = area.MinAgeDays == area.MaxAgeDays || Age(area.MinAgeDays) == Age(area.MaxAgeDays)
            ? $"{Age(area.MaxAgeDays)} old" : $"{Age(area.MinAgeDays)} to {Age(area.MaxAgeDays)} old";
        var title = area.Category switch { "contested" => "Contested", "shared" => $"Shared, led by {area.Side}", _ => $"Held by {area.Side}" };
        json.WriteStartObject();
        json.WriteString("type", "Feature");
        json.WriteStartObject("properties");
        json.WriteString("layer", "area");
        json.WriteString("category", area.Category);
        json.WriteString("side", area.Side);
        json.WriteString("colour", area.Colour);
        json.WriteNumber("band", area.Band);
        json.WriteNumber("ageOpacity", options.OpacityOf(area.Band));
        json.WriteString("label", $"{title}: {places.Count} place{(places.Count == 1 ? "" : "s")}, last evidence {ages}");
        json.WriteNumber("placeCount", places.Count);
        if (forMap)
        {
            if (places.Count > 0)
            {
                json.WriteString("placeId", places[0].PlaceId);
            }
        }
        else
        {
            json.WritePropertyName("places");
            WriteAreaPlaces(json, places);
        }
        json.WriteEndObject();
        json.WriteStartObject("geometry");
        json.WriteString("type", "MultiPolygon");
        json.WriteStartArray("coordinates");
        foreach (var polygon in area.Polygons)
        {
            json.WriteStartArray();
            WriteLine(json, Simplified(polygon.Shell, 4), _outlineDecimals);
            foreach (var hole in polygon.Holes)
            {
                WriteLine(json, Simplified(hole, 4), _outlineDecimals);
            }
            json.WriteEndArray();
        }
        json.WriteEndArray();
        json.WriteEndObject();
        json.WriteEndObject();
    }

    /// <summary>The point's places' names (each as its latest change in the history gives it), each once, in the point's order.</summary>
    private static List<string> NamesOf(ControlPointModel point)
    {
        var ids = point.Site.PlaceIds;
        var names = new List<string>(ids.Count);
        for (var i = 0; i < ids.Count; i++)
        {
            for (var h = point.History.Count - 1; h >= 0; h--)
            {
                if (point.History[h].PlaceId == ids[i])
                {
                    if (point.History[h].PlaceName is { } name && !names.Contains(name))
                    {
                        names.Add(name);
                    }
                    break;
                }
            }
        }
        return names;
    }

    /// <summary>A point symbol's popup title: its names, who holds it, and how old and from where its last evidence is.</summary>
    private string PointLabel(ControlPointModel point)
    {
        var state = point.State;
        var holder = state.Category == "contested"
            ? $"contested by {string.Join(", ", state.Claims.Select(c => style(c).Side).Distinct())}"
            : $"{(state.Category == "shared" ? "shared, led by" : "held by")} {state.Side}";
        var approximate = point.Site.IsApproximate ? $", location approximate (within about {options.ApproximateRingKm.ToString("0.#", CultureInfo.InvariantCulture)} km of the point shown; no area drawn)" : "";
        return $"{string.Join(" / ", NamesOf(point))}: {holder}{approximate}, last evidence {Age(state.AgeDays)} old ({DateText(state.Latest.Date)}, {state.Latest.Source})";
    }

    /// <summary>What a point symbol's popup shows, fetched when it opens: <c>{"label": title, "history": [evidence, oldest first]}</c>.</summary>
    public string PointPopup(ControlPointModel point) => Json(json =>
    {
        json.WriteStartObject();
        json.WriteString("label", PointLabel(point));
        json.WritePropertyName("history");
        WriteHistory(json, point.History);
        json.WriteEndObject();
    });

    private void WritePoint(Utf8JsonWriter json, ControlPointModel point)
    {
        var state = point.State;
        json.WriteStartObject();
        json.WriteString("type", "Feature");
        json.WriteStartObject("properties");
        json.WriteString("layer", "place");
        json.WriteString("placeId", state.Latest.PlaceId);
        json.WriteString("name", string.Join(" / ", NamesOf(point)));
        json.WriteString("kind", point.Site.Kind);
        json.WriteBoolean("seed", point.Site.IsSeed);
        json.WriteString("category", state.Category);
        json.WriteString("side", state.Side);
        json.WriteString("colour", state.Colour);
        json.WriteString("status", state.Latest.Status.ToString().ToLowerInvariant());
        json.WriteNumber("ageOpacity", options.OpacityOf(state.Band));
        json.WriteString("label", PointLabel(point));
        if (point.Site.IsApproximate)
        {
            json.WriteBoolean("approximate", true);
            json.WriteNumber("ringMetres", options.ApproximateRingMetres);
        }
        json.WritePropertyName("history");
        WriteHistory(json, point.History);
        json.WriteEndObject();
        json.WriteStartObject("geometry");
        json.WriteString("type", "Point");
        json.WriteStartArray("coordinates");
        json.WriteNumberValue(Math.Round(point.Site.Lon, 5));
        json.WriteNumberValue(Math.Round(point.Site.Lat, 5));
        json.WriteEndArray();
        json.WriteEndObject();
        json.WriteEndObject();
    }

    /// <summary>A place's control history (oldest first) as the JSON array its popup lists.</summary>
    public string History(IEnumerable<ControlChange> history) => Json(json => WriteHistory(json, history));

    /// <summary>One JSON document written by <paramref name="write"/>, as text.</summary>
    private static string Json(Action<Utf8JsonWriter> write, int capacity = 1024)
    {
        // A large layer's buffer (megabytes, grown by doubling) is kept for the next one: one spare for the process.
        var buffer = capacity >= SpareFrom ? Interlocked.Exchange(ref _spare, null) ?? new ArrayBufferWriter<byte>(capacity) : new ArrayBufferWriter<byte>(capacity);
        buffer.ResetWrittenCount();
        using (var json = new Utf8JsonWriter(buffer))
        {
            write(json);
        }
        var text = Encoding.UTF8.GetString(buffer.WrittenSpan);
        if (capacity >= SpareFrom && buffer.Capacity <= SpareUpTo)
        {
            Volatile.Write(ref _spare, buffer);
        }
        return text;
    }

    private const int SpareFrom = 1 << 16, SpareUpTo = 1 << 24;
    private static ArrayBufferWriter<byte>? _spare;

    private void WriteHistory(Utf8JsonWriter json, IEnumerable<ControlChange> history)
    {
        json.WriteStartArray();
        foreach (var change in history)
        {
            WriteEvidence(json, change, $"{style(change.Controller).Side}{(change.Status == ControlStatus.Held ? "" : $" ({change.Status.ToString().ToLowerInvariant()})")}");
        }
        json.WriteEndArray();
    }

    /// <summary>One line of evidence: what, when, from which source, and the link or snapshot it rests on.</summary>
    private static void WriteEvidence(Utf8JsonWriter json, ControlChange change, string text, string? placeId = null)
    {
        json.WriteStartObject();
        json.WriteString("text", text);
        if (placeId is not null)
        {
            json.WriteString("placeId", placeId);
        }
        json.WriteString("date", DateText(change.Date));
        json.WriteString("source", change.Source);
        if (change.Evidence is { Length: > 0 } evidence)
        {
            json.WriteString("evidence", evidence);
        }
        json.WriteEndObject();
    }

    private static string DateText(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>A ring or line simplified within the drawing tolerance; kept whole when simplifying would leave fewer than <paramref name="minPoints"/>.</summary>
    private Coordinate[] Simplified(Coordinate[] points, int minPoints)
    {
        if (options.DrawToleranceDegrees <= 0 || points.Length <= minPoints)
        {
            return points;
        }
        var simplified = DouglasPeuckerLineSimplifier.Simplify(points, options.DrawToleranceDegrees);
        return simplified.Length >= minPoints ? simplified : points;
    }

    private static void WriteLine(Utf8JsonWriter json, Coordinate[] ring, int decimals)
    {
        json.WriteStartArray();
        foreach (var c in ring)
        {
            json.WriteStartArray();
            json.WriteNumberValue(Math.Round(c.X, decimals));
            json.WriteNumberValue(Math.Round(c.Y, decimals));
            json.WriteEndArray();
        }
        json.WriteEndArray();
    }
}
