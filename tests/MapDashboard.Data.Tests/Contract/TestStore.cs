using System.Data.Common;
using MapDashboard.Data.Postgres;
using MapDashboard.Data.Store;
using MapDashboard.Tests.Shared;
using Npgsql;

namespace MapDashboard.Data.Tests.Contract;

/// <summary>
/// A fresh, empty event store for one test, on SQLite (a temporary file) or PostgreSQL (a database on the test server,
/// copied from a template that holds the migrated schema). The contract tests run the same methods against both.
/// </summary>
public abstract class TestStore : IAsyncDisposable
{
    /// <summary>Opens connections to the store.</summary>
    public abstract IStoreConnectionFactory Factory { get; }

    /// <summary>Opens read-only connections to the store (what the dashboard's readers use).</summary>
    public abstract IStoreConnectionFactory ReadOnlyFactory { get; }

    /// <summary>The engine.</summary>
    public StoreProvider Provider => Factory.Provider;

    /// <summary>A connection for checks the stores have no method for.</summary>
    public Task<DbConnection> OpenAsync() => Factory.OpenConnectionAsync();

    /// <summary>
    /// SQL counting where the event grid differs from a fresh aggregation of the events (cells missing, extra or with
    /// another count, single-event cells not naming a live event of their type): 0 when the triggers kept it exact.
    /// </summary>
    public static string GridDriftSql(StoreProvider provider)
    {
        // The integer part of a positive number (SQLite's cast truncates, PostgreSQL's rounds), and null-safe "differs".
        string Trunc(string expression) => provider == StoreProvider.Postgres ? $"trunc({expression})::bigint" : $"CAST({expression} AS INTEGER)";
        var distinct = provider == StoreProvider.Postgres ? "IS DISTINCT FROM" : "IS NOT";
        return $"""
            WITH fresh AS (
                SELECT {Trunc("CAST(substr(date_start, 1, 4) AS numeric)")} * 12 + {Trunc("CAST(substr(date_start, 6, 2) AS numeric)")} - 1 AS month,
                       {Trunc("(lon + 180) * 10")} AS cx, {Trunc("(lat + 90) * 10")} AS cy, type, COUNT(*) AS n
                FROM events WHERE deleted = 0 AND day_start = day_end AND lat IS NOT NULL GROUP BY 1, 2, 3, 4)
            SELECT (SELECT COUNT(*) FROM fresh f LEFT JOIN event_grid g USING (month, cx, cy, type) WHERE g.n {distinct} f.n)
                 + (SELECT COUNT(*) FROM event_grid g LEFT JOIN fresh f USING (month, cx, cy, type) WHERE f.n IS NULL)
                 + (SELECT COUNT(*) FROM event_grid g WHERE g.n = 1 AND NOT EXISTS (
                       SELECT 1 FROM events e WHERE e.id = g.any_id AND e.deleted = 0 AND e.type = g.type))
            """;
    }

    /// <inheritdoc />
    public abstract ValueTask DisposeAsync();

    /// <summary>A new store of the given engine, with its schema applied.</summary>
    public static async Task<TestStore> CreateAsync(StoreProvider provider, string name = "test.db")
    {
        if (provider == StoreProvider.Sqlite)
        {
            var store = new SqliteTestStore(new TempDatabase(name));
            await new EventStore(store.Factory).InitializeAsync();
            return store;
        }
        var database = await PostgresTestDatabase.CreateAsync("mdstore", await PostgresTemplate.Value);
        return new PostgresTestStore(database);
    }

    /// <summary>The migrated template PostgreSQL stores are copied from, made once per test run and dropped at its end.</summary>
    private static readonly Lazy<Task<string>> PostgresTemplate = new(async () =>
    {
        var template = await PostgresTestDatabase.CreateAsync("mdtemplate");
        var builder = new NpgsqlConnectionStringBuilder(template.ConnectionString) { Pooling = false };
        await using (var connection = new NpgsqlConnection(builder.ConnectionString))
        {
            await connection.OpenAsync();
            await new SchemaMigrator(StoreProvider.Postgres).MigrateAsync(connection);
        }
        AppDomain.CurrentDomain.ProcessExit += (_, _) => template.DisposeAsync().AsTask().GetAwaiter().GetResult();
        return template.Name;
    });

    private sealed class SqliteTestStore(TempDatabase database) : TestStore
    {
        private readonly SqliteConnectionFactory _readOnly = new(database.Path, readOnly: true);

        public override IStoreConnectionFactory Factory => database.Factory;

        public override IStoreConnectionFactory ReadOnlyFactory => _readOnly;

        public override ValueTask DisposeAsync()
        {
            database.Dispose();
            return ValueTask.CompletedTask;
        }
    }

    private sealed class PostgresTestStore(PostgresTestDatabase database) : TestStore
    {
        public override IStoreConnectionFactory Factory { get; } = PostgresConnectionFactory.Create(database.ConnectionString);

        public override IStoreConnectionFactory ReadOnlyFactory { get; } = PostgresConnectionFactory.Create(database.ConnectionString, readOnly: true);

        public override async ValueTask DisposeAsync()
        {
            await ((PostgresConnectionFactory)Factory).DataSource.DisposeAsync();
            await ((PostgresConnectionFactory)ReadOnlyFactory).DataSource.DisposeAsync();
            await database.DisposeAsync();
        }
    }
}
