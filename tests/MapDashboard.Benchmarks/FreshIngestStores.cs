using MapDashboard.Data;
using MapDashboard.Data.Postgres;
using MapDashboard.Data.Store;
using Microsoft.Data.Sqlite;

namespace MapDashboard.Benchmarks;

/// <summary>
/// A fresh, empty, migrated event store per benchmark iteration: a new SQLite file in a folder, or a new PostgreSQL
/// database made from a migrated empty template (on the server MAPDASH_BENCH_POSTGRES names).
/// </summary>
internal sealed class FreshIngestStores(string provider, string folder)
{
    private const string Template = "bench_ingest_template";
    private const string Fresh = "bench_ingest";

    private PostgresBenchStores? _server;

    /// <summary>The store of the current iteration.</summary>
    public IStoreConnectionFactory Store { get; private set; } = default!;

    /// <summary>Prepares the template database (PostgreSQL).</summary>
    public void Setup()
    {
        if (provider != "postgres")
        {
            return;
        }
        _server = PostgresBenchStores.FromEnvironment();
        _server.ExecuteOnServerAsync($"DROP DATABASE IF EXISTS {Fresh} WITH (FORCE)", $"DROP DATABASE IF EXISTS {Template} WITH (FORCE)", $"CREATE DATABASE {Template}")
            .GetAwaiter().GetResult();
        var template = PostgresConnectionFactory.Create(_server.ConnectionString(Template));
        new EventStore(template).InitializeAsync().GetAwaiter().GetResult();
        template.DataSource.Dispose();
    }

    /// <summary>Makes a new empty store the current one.</summary>
    public void Next()
    {
        if (_server is null)
        {
            SqliteConnection.ClearAllPools();
            Store = new SqliteConnectionFactory(Path.Combine(folder, $"store-{Guid.NewGuid():N}.db"));
            new EventStore(Store).InitializeAsync().GetAwaiter().GetResult();
        }
        else
        {
            _server.ExecuteOnServerAsync($"DROP DATABASE IF EXISTS {Fresh} WITH (FORCE)", $"CREATE DATABASE {Fresh} TEMPLATE {Template}").GetAwaiter().GetResult();
            Store = PostgresConnectionFactory.Create(_server.ConnectionString(Fresh));
        }
    }

    /// <summary>Closes the current store's connections (PostgreSQL's data source).</summary>
    public void Close()
    {
        if (Store is PostgresConnectionFactory postgres)
        {
            postgres.DataSource.Dispose();
        }
    }

    /// <summary>Drops the databases made on the server.</summary>
    public void Cleanup()
    {
        SqliteConnection.ClearAllPools();
        _server?.ExecuteOnServerAsync($"DROP DATABASE IF EXISTS {Fresh} WITH (FORCE)", $"DROP DATABASE IF EXISTS {Template} WITH (FORCE)").GetAwaiter().GetResult();
    }
}
