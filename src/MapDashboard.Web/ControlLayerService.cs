using MapDashboard.Core.Actors;
using MapDashboard.Core.Control;
using MapDashboard.Data.Control;
using MapDashboard.Data.Store;
using NetTopologySuite.Geometries;

namespace MapDashboard.Web;

/// <summary>
/// Control areas for the dashboard: the store's control changes over Syria's outline (from the offline basemap),
/// rebuilt when the store changes; one instance shared by all circuits (the builder is thread-safe and immutable data).
/// </summary>
public sealed class ControlLayerService(EventQueries queries, EventStoreLocation store, IngestService changes, FactionCatalogue factions, IWebHostEnvironment environment,
    ILogger<ControlLayerService> logger)
{
    private readonly SemaphoreSlim _lock = new(1, 1);
    private Geometry? _outline;
    private Snapshot? _current;
    private int _buildingAhead;

    /// <summary>The layer as built for one state of the store (its stamp); replaced whole, never changed.</summary>
    private sealed record Snapshot(long Stamp, ControlLayerBuilder Builder, ControlTimeline Timeline);

    /// <summary>
    /// What the layer is built from now (the store's write stamp): a layer's URL carries it, so that a browser may keep
    /// a date's layer in its cache until the store changes.
    /// </summary>
    public long Version => Stamp();

    /// <summary>The GeoJSON FeatureCollection of control areas at a date (empty when nothing is ingested).</summary>
    public async Task<string> GeoJsonAtAsync(DateOnly date, CancellationToken cancellationToken = default) =>
        store.Exists ? (await SnapshotAsync(cancellationToken)).Builder.GeoJsonAt(date) : """{"type":"FeatureCollection","features":[]}""";

    /// <summary>The control layer at a date with the legend's counts per side (empty when nothing is ingested).</summary>
    public async Task<ControlLayerResult> LayerAtAsync(DateOnly date, CancellationToken cancellationToken = default) =>
        store.Exists ? (await SnapshotAsync(cancellationToken)).Builder.LayerAt(date) : new ControlLayerResult("""{"type":"FeatureCollection","features":[]}""", []);

    /// <summary>
    /// A place's control history up to a date as the popup lists it (a JSON array, oldest first); null when the place
    /// never had a known holder (or nothing is ingested).
    /// </summary>
    public async Task<string?> HistoryAtAsync(string placeId, DateOnly date, CancellationToken cancellationToken = default) =>
        store.Exists ? (await SnapshotAsync(cancellationToken)).Builder.HistoryAt(placeId, date) : null;

    /// <summary>
    /// The popup of the symbol a place is drawn as at a date (<c>{"label", "history"}</c>); null when no symbol is drawn
    /// for it (or nothing is ingested).
    /// </summary>
    public async Task<string?> PointPopupAtAsync(string placeId, DateOnly date, CancellationToken cancellationToken = default) =>
        store.Exists ? (await SnapshotAsync(cancellationToken)).Builder.PointPopupAt(placeId, date) : null;

    /// <summary>The evidence list of the area a place is one of at a date (a JSON array); null when it is in no drawn area.</summary>
    public async Task<string?> AreaPlacesAtAsync(string placeId, DateOnly date, CancellationToken cancellationToken = default) =>
        store.Exists ? (await SnapshotAsync(cancellationToken)).Builder.AreaPlacesAt(placeId, date) : null;

    /// <summary>
    /// Starts building the layer at <paramref name="date"/> in the background, so that the next slider step (playback and
    /// arrow keys move by the same stride) finds it built or half built. One such build at a time; a date already kept,
    /// or a build already running, is left alone. A request for the date meanwhile waits for this build, never repeats it.
    /// </summary>
    public void BuildAhead(DateOnly date)
    {
        if (!store.Exists || IsBuilt(date) || Interlocked.CompareExchange(ref _buildingAhead, 1, 0) != 0)
        {
            return;
        }
        _ = Task.Run(async () =>
        {
            try
            {
                (await SnapshotAsync(CancellationToken.None)).Builder.LayerAt(date);
            }
            catch (Exception e)
            {
                // Only a guess at the next step: the request for the date (if it comes) builds it again and reports the error.
                logger.LogWarning(e, "Building the control layer ahead for {Date} failed", date);
            }
            finally
            {
                Volatile.Write(ref _buildingAhead, 0);
            }
        });
    }

    /// <summary>Whether the layer at <paramref name="date"/> is built (or being built) for the store as it is now.</summary>
    public bool IsBuilt(DateOnly date) => Volatile.Read(ref _current) is { } current && current.Stamp == Stamp() && current.Builder.IsCached(date);

    /// <summary>Places that changed hands in the window (from, to], oldest first.</summary>
    public async Task<IReadOnlyList<ControlChange>> ChangedHandsAsync(DateOnly from, DateOnly to, CancellationToken cancellationToken = default) =>
        store.Exists ? (await SnapshotAsync(cancellationToken)).Timeline.Between(from, to).ToList() : [];

    private async Task<Snapshot> SnapshotAsync(CancellationToken cancellationToken)
    {
        var stamp = Stamp();
        if (Volatile.Read(ref _current) is { } current && current.Stamp == stamp)
        {
            return current;
        }
        await _lock.WaitAsync(cancellationToken);
        try
        {
            // Another request may have rebuilt it for this stamp while this one waited.
            if (_current is { } rebuilt && rebuilt.Stamp == stamp)
            {
                return rebuilt;
            }
            _outline ??= Outline();
            var (timeline, builder) = await ControlLayerLoader.LoadAsync(queries, factions, _outline, cancellationToken);
            var snapshot = new Snapshot(stamp, builder, timeline);
            Volatile.Write(ref _current, snapshot);
            return snapshot;
        }
        finally
        {
            _lock.Release();
        }
    }

    /// <summary>
    /// What the layer was built from. SQLite: the file's (and its write-ahead log's) time, which any writer moves.
    /// PostgreSQL: the changes announced to this server, its own and (through LISTEN) every other writer's.
    /// </summary>
    private long Stamp()
    {
        if (store.Path is not { } path)
        {
            return changes.ChangeVersion;
        }
        var stamp = File.GetLastWriteTimeUtc(path).Ticks;
        var wal = path + "-wal";
        return File.Exists(wal) ? Math.Max(stamp, File.GetLastWriteTimeUtc(wal).Ticks) : stamp;
    }

    /// <summary>Syria's outline from the offline basemap (read once: the web root does not change while serving).</summary>
    private Geometry Outline()
    {
        using var stream = environment.WebRootFileProvider.GetFileInfo(ControlLayerLoader.CountriesFile).CreateReadStream();
        return ControlLayerLoader.ReadOutline(stream);
    }
}
