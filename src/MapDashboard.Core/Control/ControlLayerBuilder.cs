using System.Collections.Concurrent;
using NetTopologySuite.Geometries;

namespace MapDashboard.Core.Control;

/// <summary>
/// Control areas at a date. Once per timeline: every point with a known holder at some date, which of them seed areas
/// (settlements; military sites only where no settlement is near), each seed's reach from the sparsity around it, and
/// its Voronoi cell within the reaches and the country outline. Per date: each point's state from its last evidence,
/// the cells dissolved per side and age band (contested and shared places apart), the front lines where two sides'
/// cells meet, point symbols with their history, and the legend's counts, as GeoJSON. A point with no evidence yet
/// at the date is not drawn, and its cell is not given to a neighbour. Results are cached per date. Thread-safe.
/// </summary>
public sealed class ControlLayerBuilder
{
    private static readonly GeometryFactory Factory = new(new PrecisionModel(), 4326);
    private readonly ControlTimeline _timeline;
    private readonly Func<string, (string Side, string Colour)> _style;
    private readonly ControlLayerOptions _options;
    private readonly Lazy<ControlLayerComputation> _computation;
    // One entry per date, built once: a request for a date being built (ahead, by another request) waits for that build.
    // The model is kept beside the map's layer so that the API's fuller layer at a cached date is only written, not computed.
    private readonly ConcurrentDictionary<DateOnly, Lazy<(ControlLayerModel Model, ControlLayerResult Layer)>> _cache = new();
    private int _computations;

    /// <summary>Creates a builder over a timeline, a country outline (lon/lat) and a controller-to-side/colour function.</summary>
    public ControlLayerBuilder(ControlTimeline timeline, Geometry outline, Func<string, (string Side, string Colour)> style, ControlLayerOptions? options = null)
    {
        _timeline = timeline;
        _style = style;
        _options = options ?? new ControlLayerOptions();
        _computation = new Lazy<ControlLayerComputation>(() =>
            new ControlLayerComputation(timeline, new ControlGeometry(timeline, outline, _options, Factory), style, _options, Factory));
    }

    /// <summary>How many layers have been computed (not served from the cache).</summary>
    public int Computations => _computations;

    /// <summary>
    /// The control layer at <paramref name="date"/> as a GeoJSON FeatureCollection, complete (the API's and the export's):
    /// every property, and each place symbol with its control history.
    /// </summary>
    public string GeoJsonAt(DateOnly date) =>
        Before(date) ? EmptyLayer.GeoJson : new ControlLayerWriter(_style, _options).Write(Cached(date).Model);

    /// <summary>
    /// The map's control layer at <paramref name="date"/>: its GeoJSON (lean: no place histories, see
    /// <see cref="HistoryAt"/>) and the legend's counts per side.
    /// </summary>
    public ControlLayerResult LayerAt(DateOnly date) => Before(date) ? EmptyLayer : Cached(date).Layer;

    /// <summary>
    /// The control history up to <paramref name="date"/> of the symbol a place is drawn as (its popup's list), as a JSON
    /// array of evidence (text, date, source, evidence), oldest first; null when the place never had a known holder.
    /// </summary>
    public string? HistoryAt(string placeId, DateOnly date) =>
        _computation.Value.HistoryAt(placeId, date) is { } history ? new ControlLayerWriter(_style, _options).History(history) : null;

    /// <summary>
    /// What the popup of the symbol a place is drawn as at <paramref name="date"/> shows (the map's layer leaves it out):
    /// <c>{"label": title, "history": [evidence, oldest first]}</c>, the API layer's <c>label</c> and <c>history</c> of
    /// that symbol; null when no symbol is drawn for the place at the date.
    /// </summary>
    public string? PointPopupAt(string placeId, DateOnly date)
    {
        if (Before(date))
        {
            return null;
        }
        var points = Cached(date).Model.Points;
        var point = points.FirstOrDefault(p => p.State.Latest.PlaceId == placeId) ?? points.FirstOrDefault(p => p.Site.PlaceIds.Contains(placeId));
        return point is null ? null : new ControlLayerWriter(_style, _options).PointPopup(point);
    }

    /// <summary>
    /// The evidence list of the area a place is one of at <paramref name="date"/> (the map's layer leaves it out), as a
    /// JSON array, the API layer's <c>places</c> of that area; null when the place is in no drawn area at the date.
    /// </summary>
    public string? AreaPlacesAt(string placeId, DateOnly date)
    {
        if (Before(date))
        {
            return null;
        }
        var area = Cached(date).Model.Areas.FirstOrDefault(a => a.Places.Any(p => p.PlaceId == placeId));
        return area is null ? null : new ControlLayerWriter(_style, _options).AreaPlaces(area);
    }

    // Before the first change nothing is drawn: every such date is the same (empty) layer.
    private static ControlLayerResult EmptyLayer => new("""{"type":"FeatureCollection","features":[]}""", []);

    private bool Before(DateOnly date) => _timeline.ChangeDates.Length == 0 || date < _timeline.ChangeDates[0];

    private (ControlLayerModel Model, ControlLayerResult Layer) Cached(DateOnly date)
    {
        if (!_cache.TryGetValue(date, out var entry))
        {
            if (_cache.Count >= _options.CacheSize)
            {
                _cache.Clear();
            }
            entry = _cache.GetOrAdd(date, d => new Lazy<(ControlLayerModel, ControlLayerResult)>(() => Build(d), LazyThreadSafetyMode.ExecutionAndPublication));
        }
        try
        {
            return entry.Value;
        }
        catch (Exception)
        {
            // A failed build is not kept: the next request for the date tries again.
            _cache.TryRemove(KeyValuePair.Create(date, entry));
            throw;
        }
    }

    /// <summary>Whether the layer at <paramref name="date"/> is built (or being built) and kept.</summary>
    public bool IsCached(DateOnly date) => _cache.ContainsKey(date);

    /// <summary>The drawn areas at a date, as geometries (for tests and exports).</summary>
    public IReadOnlyList<ControlArea> AreasAt(DateOnly date)
    {
        if (_timeline.ChangeDates.Length == 0 || date < _timeline.ChangeDates[0])
        {
            return [];
        }
        return _computation.Value.Compute(date).Areas.Select(a => new ControlArea(a.Category, a.Side, a.Colour, a.Band, ToGeometry(a.Polygons), a.Places)).ToList();
    }

    /// <summary>The front lines at a date, per pair of sides.</summary>
    public IReadOnlyList<ControlFront> FrontsAt(DateOnly date)
    {
        if (_timeline.ChangeDates.Length == 0 || date < _timeline.ChangeDates[0])
        {
            return [];
        }
        return _computation.Value.Compute(date).Fronts
            .Select(f => new ControlFront(f.SideA, f.SideB, Factory.CreateMultiLineString([.. f.Lines]))).ToList();
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

    private (ControlLayerModel, ControlLayerResult) Build(DateOnly date)
    {
        Interlocked.Increment(ref _computations);
        var model = _computation.Value.Compute(date);
        return (model, new ControlLayerResult(new ControlLayerWriter(_style, _options, forMap: true).Write(model), model.Legend));
    }

    private static Geometry ToGeometry(List<ControlPolygon> polygons) => Factory.CreateMultiPolygon(polygons
        .Select(p => Factory.CreatePolygon(Factory.CreateLinearRing(p.Shell), [.. p.Holes.Select(h => Factory.CreateLinearRing(h))])).ToArray());
}
