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
public sealed class ControlLayerService(EventQueries queries, EventStoreLocation store, IngestService changes, FactionCatalogue factions, IWebHostEnvironment environment)
{
    private readonly SemaphoreSlim _lock = new(1, 1);
    private Geometry? _outline;
    private (long Stamp, ControlLayerBuilder Builder, ControlTimeline Timeline)? _current;

    /// <summary>The GeoJSON FeatureCollection of control areas at a date (empty when nothing is ingested).</summary>
    public async Task<string> GeoJsonAtAsync(DateOnly date, CancellationToken cancellationToken = default)
    {
        if (!store.Exists)
        {
            return """{"type":"FeatureCollection","features":[]}""";
        }
        var builder = await BuilderAsync(cancellationToken);
        return builder.GeoJsonAt(date);
    }

    /// <summary>Places that changed hands in the window (from, to], oldest first.</summary>
    public async Task<IReadOnlyList<ControlChange>> ChangedHandsAsync(DateOnly from, DateOnly to, CancellationToken cancellationToken = default)
    {
        if (!store.Exists)
        {
            return [];
        }
        await BuilderAsync(cancellationToken);
        return _current!.Value.Timeline.Between(from, to).ToList();
    }

    private async Task<ControlLayerBuilder> BuilderAsync(CancellationToken cancellationToken)
    {
        // SQLite: the file's (and its write-ahead log's) time, which any writer moves. PostgreSQL: the changes announced
        // to this server, its own and (through LISTEN) every other writer's.
        long stamp;
        if (store.Path is { } path)
        {
            stamp = File.GetLastWriteTimeUtc(path).Ticks;
            var wal = path + "-wal";
            if (File.Exists(wal))
            {
                stamp = Math.Max(stamp, File.GetLastWriteTimeUtc(wal).Ticks);
            }
        }
        else
        {
            stamp = changes.ChangeVersion;
        }
        if (_current is { } current && current.Stamp == stamp)
        {
            return current.Builder;
        }
        await _lock.WaitAsync(cancellationToken);
        try
        {
            _outline ??= Outline();
            var (timeline, builder) = await ControlLayerLoader.LoadAsync(queries, factions, _outline, cancellationToken);
            _current = (stamp, builder, timeline);
            return builder;
        }
        finally
        {
            _lock.Release();
        }
    }

    /// <summary>Syria's outline from the offline basemap (read once: the web root does not change while serving).</summary>
    private Geometry Outline()
    {
        using var stream = environment.WebRootFileProvider.GetFileInfo(ControlLayerLoader.CountriesFile).CreateReadStream();
        return ControlLayerLoader.ReadOutline(stream);
    }
}
