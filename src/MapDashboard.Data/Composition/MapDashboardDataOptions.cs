using MapDashboard.Data.Gazetteer;
using MapDashboard.Data.Ingest;

namespace MapDashboard.Data.Composition;

/// <summary>Where the data layer's stores are: the event store's connections and the gazetteer the geoparser loads.</summary>
public sealed class MapDashboardDataOptions
{
    /// <summary>Connections that may write the event store; null for commands that store nothing.</summary>
    public IStoreConnectionFactory? Store { get; set; }

    /// <summary>Read-only connections for queries; the writing ones when null.</summary>
    public IStoreConnectionFactory? StoreReader { get; set; }

    /// <summary>The built SQLite gazetteer the geoparser's index is loaded from (unless <see cref="IndexSource"/> is set).</summary>
    public string? GazetteerPath { get; set; }

    /// <summary>Where the index is loaded from when it is not a SQLite file (the PostgreSQL gazetteer of a team's store).</summary>
    public Func<IServiceProvider, CancellationToken, Task<IPlaceIndexSource>>? IndexSource { get; set; }

    /// <summary>The most place mentions and event reports one article stores.</summary>
    public IngestLimits IngestLimits { get; set; } = IngestLimits.Default;

    /// <summary>The largest article file accepted, in bytes.</summary>
    public long MaxArticleBytes { get; set; } = 5 * 1024 * 1024;
}
