using System.Globalization;
using MapDashboard.Core.Actors;
using MapDashboard.Data.Store;
using MapDashboard.Web.Components.Map;
using MapDashboard.Web.Components.Pages;

namespace MapDashboard.Web.Components.Dashboard;

/// <summary>
/// The dashboard's own events on the map: the window's events as points when there are few enough, otherwise the
/// server's clusters of the current view; each step sends only the markers that appeared, changed or went away.
/// One instance per page (it remembers what the browser holds).
/// </summary>
public sealed class EventLayer(EventQueries queries, FactionCatalogue factions, ActorRecognizer actors, GazetteerAccess gazetteers)
{
    /// <summary>The layer's name in the map.</summary>
    public const string Name = "events";

    /// <summary>Up to this many events in the window are sent as points (clustered in the browser); beyond it the server clusters.</summary>
    public const int PointLimit = 2000;

    /// <summary>The event list shows at most this many rows.</summary>
    public const int ListLimit = 500;

    /// <summary>The map's greatest zoom (LeafletMap.razor.js creates the map with it).</summary>
    public const int MaxZoom = 14;

    /// <summary>Server-side cluster cells are about this many screen pixels wide.</summary>
    private const int ClusterCellPixels = 64;

    private Dictionary<string, MapMarker> _sent = new(StringComparer.Ordinal);
    private bool? _sentClustered;

    /// <summary>
    /// Reads the window for the view: how many events it holds, whether they are clustered, the markers to draw and
    /// the rows to list (<paramref name="previousRows"/> are kept when only the view moved over a clustered window).
    /// </summary>
    public async Task<EventWindow> LoadAsync(EventQuery query, MapView view, IReadOnlyList<EventSummary> previousRows, bool markersOnly, StepTimings? timings = null)
    {
        var box = BoxOf(view);
        var cell = ClusterCellPixels * 360.0 / (256 * Math.Pow(2, view.Zoom));
        // One pass counts the window and clusters the view; a window small enough is then sent as points instead.
        var clusters = await queries.ClusterAsync(query with { Limit = PointLimit }, box, cell);
        var count = clusters.WindowCount;
        timings?.Lap("eventsCluster");
        if (count <= PointLimit)
        {
            var points = await queries.FindAsync(query with { Limit = PointLimit });
            timings?.Lap("eventsPoints");
            return new EventWindow(count, false,
                points.Where(e => e.Lat is not null && e.Lon is not null).Select(PointMarker).ToList(), points.Take(ListLimit).ToList());
        }
        var listed = markersOnly ? previousRows : await queries.FindAsync(query with { Limit = ListLimit });
        timings?.Lap("eventsList");
        if (view.Zoom >= MaxZoom)
        {
            // At the greatest zoom a cluster could not open by zooming: the view's own events are sent, and fan out on click.
            var inView = await queries.FindAsync(query with { Bounds = box, Limit = PointLimit + 1 });
            if (inView.Count <= PointLimit)
            {
                return new EventWindow(count, true, inView.Where(e => e.Lat is not null && e.Lon is not null).Select(PointMarker).ToList(), listed, PointsInView: true);
            }
        }
        return new EventWindow(count, true, clusters.Cells.Select(ClusterMarker).ToList(), listed);
    }

    /// <summary>The view's bounds clamped to the world, as the store's queries take them.</summary>
    public static BoundingBox BoxOf(MapView view) =>
        new(Math.Clamp(view.West, -180, 180), Math.Clamp(view.South, -90, 90), Math.Clamp(view.East, -180, 180), Math.Clamp(view.North, -90, 90));

    /// <summary>
    /// Sends the markers: all of them when the layer is new or changes between points and server clusters,
    /// otherwise only the markers that appeared, changed or went away since the last step.
    /// </summary>
    public async Task DrawAsync(LeafletMap map, EventWindow window, StepTimings? timings = null)
    {
        var clientClustered = !window.Clustered || window.PointsInView;
        var next = window.Markers.DistinctBy(m => m.Id).ToDictionary(m => m.Id, StringComparer.Ordinal);
        timings?.Lap("eventsDiff");
        if (_sentClustered != clientClustered || _sent.Count == 0)
        {
            timings?.Count("eventsSent", next.Count);
            await map.SetMarkersAsync(Name, next.Values, clustered: clientClustered);
        }
        else
        {
            var removed = _sent.Where(p => !next.TryGetValue(p.Key, out var m) || m != p.Value).Select(p => p.Key).ToList();
            var added = next.Values.Where(m => !_sent.TryGetValue(m.Id, out var old) || old != m).ToList();
            timings?.Count("eventsSent", added.Count);
            timings?.Count("eventsRemoved", removed.Count);
            timings?.Lap("eventsDiff");
            if (removed.Count + added.Count > 0 || map.BenchmarkMarks)
            {
                await map.UpdateMarkersAsync(Name, added, removed);
            }
        }
        _sent = next;
        _sentClustered = clientClustered;
    }

    /// <summary>Takes the layer off the map (the next draw sends every marker again).</summary>
    public async Task RemoveAsync(LeafletMap map)
    {
        await map.RemoveLayerAsync(Name);
        _sent.Clear();
        _sentClustered = null;
    }

    /// <summary>Shows the event of a clicked marker (selecting its row); false when the marker is not one of this layer's events.</summary>
    public async Task<bool> ShowAsync(LeafletMap map, MapMarkerClick click)
    {
        if (click.Layer != Name || !long.TryParse(click.MarkerId, NumberStyles.None, CultureInfo.InvariantCulture, out var id))
        {
            return false;
        }
        await ShowAsync(map, id, fromMap: true);
        return true;
    }

    /// <summary>
    /// Opens an event's popup (its sentence and sources). Picked on the map, its row is scrolled into view and
    /// selected; picked in the list, the map flies to it.
    /// </summary>
    public async Task ShowAsync(LeafletMap map, long id, bool fromMap)
    {
        if (await queries.GetAsync(id) is not { } detail || detail.Event.Lat is not { } lat || detail.Event.Lon is not { } lon)
        {
            return;
        }
        if (fromMap)
        {
            await map.ScrollToRowAsync($".md-event-row[data-event-id=\"{id.ToString(CultureInfo.InvariantCulture)}\"]");
        }
        else
        {
            await map.FlyToAsync(lat, lon);
        }
        // The place's admin path ("Arran - Tadaf, Al Bab, Aleppo") from the gazetteer, when it is built.
        var place = detail.Event.PlaceId is { } placeId && gazetteers.TryOpen() is { } gazetteer ? await gazetteer.GetByIdAsync(placeId) : null;
        await map.OpenPopupAsync(lat, lon, EventPopup.Build(detail, factions, actors, place));
    }

    /// <summary>Highlights an event's marker (or the cluster holding it); null turns highlighting off.</summary>
    public async Task HighlightAsync(LeafletMap map, long? id) =>
        await map.HighlightMarkerAsync(Name, id?.ToString(CultureInfo.InvariantCulture) ?? "", id is not null);

    private static MapMarker PointMarker(EventSummary e) => new(
        e.Id.ToString(CultureInfo.InvariantCulture), e.Lat!.Value, e.Lon!.Value, EventStyles.ColourOf(e.Type),
        $"{DashboardText.EventDate(e.DateStart, e.DateEnd)} {e.SubType} — {e.PlaceName}", EventStyles.RadiusOf(e.Precision), e.Precision > 1,
        Shape: EventStyles.ShapeOf(e.SubType), RingMetres: EventStyles.RingMetresOf(e.Precision));

    private static MapMarker ClusterMarker(EventCluster c) => c.Count == 1
        ? new MapMarker(c.EventId.ToString(CultureInfo.InvariantCulture), c.Lat, c.Lon, EventStyles.ColourOf(c.Type), c.SubType,
            EventStyles.RadiusOf(1), Shape: EventStyles.ShapeOf(c.SubType))
        : new MapMarker($"cluster-{c.EventId}", c.Lat, c.Lon, "#37474f", $"{c.Count:N0} events: click to zoom in", Count: c.Count);
}
