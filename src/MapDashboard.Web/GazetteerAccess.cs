using MapDashboard.Core.Gazetteer;
using MapDashboard.Data;
using MapDashboard.Data.Gazetteer;
using MapDashboard.Data.Gazetteer.Postgres;
using MapDashboard.Data.Postgres;

namespace MapDashboard.Web;

/// <summary>
/// The gazetteer the dashboard geocodes with, beside its event store: the bundled SQLite file, or with a PostgreSQL store
/// the <c>gazetteer</c> schema in the same database (filled from the bundled file at the first start), so that a place
/// an analyst adds on one server is known to every server.
/// </summary>
public sealed class GazetteerAccess(EventStoreLocation store, RepositoryLayout layout)
{
    private GazetteerStore? _postgres;

    /// <summary>Where the gazetteer is.</summary>
    public StoreProvider Provider => store.Provider;

    /// <summary>The gazetteer for lookups, or null while a SQLite gazetteer is not built.</summary>
    public IGazetteer? TryOpen() =>
        store.Provider == StoreProvider.Postgres ? Postgres().Gazetteer
        : File.Exists(layout.GazetteerDatabase) ? new SqliteGazetteer(layout.GazetteerDatabase) : null;

    /// <summary>The gazetteer with its writer and index source, building the bundled file first when it is missing.</summary>
    public async Task<GazetteerStore> OpenAsync(CancellationToken cancellationToken = default)
    {
        if (store.Provider == StoreProvider.Postgres)
        {
            return Postgres();
        }
        var path = await GazetteerBuilder.EnsureBuiltAsync(layout, cancellationToken: cancellationToken);
        return GazetteerStores.Open(null, path);
    }

    /// <summary>
    /// At start-up with a PostgreSQL store: makes sure the bundled gazetteer is built and copied into PostgreSQL (once;
    /// servers starting together wait for the first). Returns what was copied, or null.
    /// </summary>
    public async Task<GazetteerCopyReport?> PrepareAsync(CancellationToken cancellationToken = default)
    {
        if (store.Provider != StoreProvider.Postgres)
        {
            return null;
        }
        var path = await GazetteerBuilder.EnsureBuiltAsync(layout, cancellationToken: cancellationToken);
        return await PostgresGazetteerWriter.EnsureFilledAsync(path, (PostgresConnectionFactory)store.Writer, cancellationToken);
    }

    private GazetteerStore Postgres() => _postgres ??= GazetteerStores.Open(store.Writer, layout.GazetteerDatabase);
}
