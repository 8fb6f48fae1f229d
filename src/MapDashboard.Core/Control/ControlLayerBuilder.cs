using System.Collections.Concurrent;
using System.Text.Json;
using System.Text.Json.Nodes;
using NetTopologySuite.Geometries;
using NetTopologySuite.Geometries.Prepared;
using NetTopologySuite.Geometries.Utilities;
using NetTopologySuite.IO.Converters;
using NetTopologySuite.Operation.Overlay;
using NetTopologySuite.Operation.OverlayNG;
using NetTopologySuite.Triangulate;

namespace MapDashboard.Core.Control;

/// <summary>
/// Control areas at a date: a Voronoi cell around every place with a known controller, clipped to the country outline
/// and to a radius around the place, unioned per controller into (multi)polygons, as GeoJSON with controller, side,
/// colour and places. A contested place is listed, not drawn. Results are cached per distinct control state: asking
/// for another date recomputes only when a change falls between the two. Thread-safe.
/// </summary>
public sealed class ControlLayerBuilder
{
    private static readonly GeometryFactory Factory = new(new PrecisionModel(), 4326);
    private readonly ControlTimeline _timeline;
    private readonly Geometry _outline;
    private readonly Func<string, (string Side, string Colour)> _style;
    private readonly ControlLayerOptions _options;
    private readonly ConcurrentDictionary<int, string> _cache = new();
    private int _computations;
    private readonly JsonSerializerOptions _json = new() { Converters = { new GeoJsonConverterFactory(Factory) } };

    /// <summary>Creates a builder over a timeline, a country outline (lon/lat) and a controller-to-side/colour function.</summary>
    public ControlLayerBuilder(ControlTimeline timeline, Geometry outline, Func<string, (string Side, string Colour)> style, ControlLayerOptions? options = null)
    {
        _timeline = timeline;
        _outline = outline;
        _style = style;
        _options = options ?? new ControlLayerOptions();
    }

    /// <summary>How many layers have been computed (not served from the cache).</summary>
    public int Computations => _computations;

    /// <summary>The control areas at <paramref name="date"/> as a GeoJSON FeatureCollection.</summary>
    public string GeoJsonAt(DateOnly date)
    {
        var state = Array.BinarySearch(_timeline.ChangeDates, date);
        state = state >= 0 ? state : ~state - 1;
        if (_cache.TryGetValue(state, out var cached))
        {
            return cached;
        }
        var built = Build(date);
        if (_cache.Count >= _options.CacheSize)
        {
            _cache.Clear();
        }
        _cache[state] = built;
        return built;
    }

    /// <summary>The areas per controller at a date, as geometries (WKT-testable).</summary>
    public IReadOnlyDictionary<string, (Geometry Area, IReadOnlyList<ControlChange> Places)> AreasAt(DateOnly date)
    {
        var held = _timeline.At(date).Where(h => h.Claims.Count == 1).Select(h => h.Latest)
            .GroupBy(c => (Math.Round(c.Lon, 6), Math.Round(c.Lat, 6))).Select(g => g.OrderByDescending(c => c.Date).First()).ToList();
        var result = new Dictionary<string, (Geometry, IReadOnlyList<ControlChange>)>();
        if (held.Count == 0)
        {
            return result;
        }
        var cells = Cells(held);
        // Prepared per call: its lazily built index is not shared between threads.
        var outline = PreparedGeometryFactory.Prepare(_outline);
        foreach (var group in held.GroupBy(c => c.Controller))
        {
            var parts = group.Select(c => Clip(cells[c], c, outline)).Where(g => !g.IsEmpty).ToList();
            if (parts.Count == 0)
            {
                continue;
            }
            // OverlayNG's cascaded union: the classic one took 32 s for one controller's 3,398 pieces (2.3 s here).
            var union = GeometryFixer.Fix(OverlayNGRobust.Union(Factory.BuildGeometry(parts)));
            result[group.Key] = (union, group.ToList());
        }
        return result;
    }

    private string Build(DateOnly date)
    {
        Interlocked.Increment(ref _computations);
        var features = new JsonArray();
        foreach (var (controller, (area, places)) in AreasAt(date).OrderBy(a => a.Key, StringComparer.Ordinal))
        {
            var (side, colour) = _style(controller);
            features.Add(new JsonObject
            {
                ["type"] = "Feature",
                ["properties"] = new JsonObject
                {
                    ["controller"] = controller,
                    ["side"] = side,
                    ["colour"] = colour,
                    ["label"] = $"Held by {controller}: {string.Join(", ", places.Select(p => p.PlaceName))}",
                    ["places"] = new JsonArray(places.Select(p => (JsonNode)JsonValue.Create(p.PlaceId)!).ToArray()),
                },
                ["geometry"] = JsonSerializer.SerializeToNode(Round(area), _json),
            });
        }
        return new JsonObject { ["type"] = "FeatureCollection", ["features"] = features }.ToJsonString();
    }

    /// <summary>
    /// A held place's cell within its radius, then within the outline. The disc goes first: the piece is small, and most
    /// pieces lie wholly inside the outline, which the prepared outline tells cheaply, so only the few at the border are
    /// intersected with it (intersecting every cell with the whole outline took 65 s of 80 at 10,000 places).
    /// </summary>
    private Geometry Clip(Geometry cell, ControlChange place, IPreparedGeometry outline)
    {
        var piece = OverlayNGRobust.Overlay(cell, Disc(place.Lat, place.Lon, _options.RadiusKm), SpatialFunction.Intersection);
        return piece.IsEmpty || outline.Contains(piece) ? piece : OverlayNGRobust.Overlay(piece, _outline, SpatialFunction.Intersection);
    }

    /// <summary>Each held place's Voronoi cell (cells come back in another order; their UserData is the site).</summary>
    private Dictionary<ControlChange, Geometry> Cells(List<ControlChange> held)
    {
        var envelope = new Envelope(_outline.EnvelopeInternal);
        envelope.ExpandBy(1);
        if (held.Count == 1)
        {
            return new Dictionary<ControlChange, Geometry> { [held[0]] = Factory.ToGeometry(envelope) };
        }
        var builder = new VoronoiDiagramBuilder { ClipEnvelope = envelope };
        builder.SetSites(held.Select(c => new Coordinate(c.Lon, c.Lat)).ToList());
        var diagram = builder.GetDiagram(Factory);
        var bySite = held.ToDictionary(c => new Coordinate(c.Lon, c.Lat), c => c);
        var cells = new Dictionary<ControlChange, Geometry>();
        for (var i = 0; i < diagram.NumGeometries; i++)
        {
            var cell = diagram.GetGeometryN(i);
            if (cell.UserData is Coordinate site && bySite.TryGetValue(site, out var change))
            {
                cells[change] = cell;
            }
        }
        return cells;
    }

    /// <summary>A circle of <paramref name="km"/> around a point, drawn in a local frame so it is round on the ground.</summary>
    public static Geometry Disc(double lat, double lon, double km)
    {
        const int segments = 48;
        var kmPerDegreeLat = 110.574;
        var kmPerDegreeLon = 111.320 * Math.Cos(lat * Math.PI / 180);
        var ring = new Coordinate[segments + 1];
        for (var i = 0; i < segments; i++)
        {
            var angle = 2 * Math.PI * i / segments;
            ring[i] = new Coordinate(lon + km * Math.Cos(angle) / kmPerDegreeLon, lat + km * Math.Sin(angle) / kmPerDegreeLat);
        }
        ring[segments] = ring[0];
        return Factory.CreatePolygon(ring);
    }

    private static Geometry Round(Geometry geometry)
    {
        var copy = geometry.Copy();
        copy.Apply(new RoundingFilter());
        copy.GeometryChanged();
        return copy;
    }

    private sealed class RoundingFilter : ICoordinateSequenceFilter
    {
        public bool Done => false;
        public bool GeometryChanged => true;

        public void Filter(CoordinateSequence seq, int i)
        {
            seq.SetX(i, Math.Round(seq.GetX(i), 5));
            seq.SetY(i, Math.Round(seq.GetY(i), 5));
        }
    }
}
