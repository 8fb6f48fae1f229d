using Dapper;
using MapDashboard.Data;
using MapDashboard.Data.Postgres;
using MapDashboard.Data.Store;
using Npgsql;

namespace MapDashboard.Benchmarks;

/// <summary>
/// The PostgreSQL databases the benchmarks use, on the server named by the MAPDASH_BENCH_POSTGRES environment variable (an
/// Npgsql connection string or postgres:// URL of a database to connect to for CREATE DATABASE, e.g.
/// <c>Host=127.0.0.1;Port=55434;Username=postgres;Database=postgres</c>). A missing synthetic store is made reproducibly
/// under a _partial name and renamed when complete:
/// <list type="bullet">
/// <item>bench1m: <c>mapdash migrate</c>'s copy (<see cref="StoreCopier"/>) of the SQLite store synth-1000000.db.</item>
/// <item>bench10m: a copy of bench1m (CREATE DATABASE ... TEMPLATE) holding nine more copies of every event (see
/// <see cref="ReplicateEvents"/>, secondary indexes dropped first and built again after), then its grid rebuilt, its id sequence reset and VACUUM ANALYZE.</item>
/// </list>
/// </summary>
internal sealed class PostgresBenchStores
{
    /// <summary>The environment variable naming the server.</summary>
    public const string Variable = "MAPDASH_BENCH_POSTGRES";

    /// <summary>
    /// Copy k (1 to 9) of every event of the 1M store, in id order: id + k * @Step (@Step = the highest id of the 1M store),
    /// event_key + '#k', the same dates, type, actors and place, the coordinates moved by whole hundredths of a degree between
    /// -0.03 and +0.03 (lat and lon apart, drawn from the id and k, so every copy lands a few km from the original and the
    /// same way every time). Each copy gets the original's event_sources rows (same articles and excerpts), so FindAsync's
    /// SourceCount counts real rows; event_actors are not copied (the slider step does not read them).
    /// </summary>
    private const string ReplicateEvents = """
        INSERT INTO events (id, event_key, date_start, date_end, date_precision, day_start, day_end, type, sub_type, actor1, actor2,
                            assoc_actors, place_id, place_name, admin1, lat, lon, precision, confidence, deleted, correction_id)
        SELECT e.id + @K * @Step, e.event_key || '#' || @K, e.date_start, e.date_end, e.date_precision, e.day_start, e.day_end,
               e.type, e.sub_type, e.actor1, e.actor2, e.assoc_actors, e.place_id, e.place_name, e.admin1,
               e.lat + ((e.id * 7 + @K * 3) % 7 - 3) * 0.01, e.lon + ((e.id * 5 + @K * 11) % 7 - 3) * 0.01,
               e.precision, e.confidence, e.deleted, e.correction_id
          FROM events e WHERE e.id <= @Step ORDER BY e.id;
        INSERT INTO event_sources (event_id, article_id, excerpt, excerpt_start, excerpt_end, claimed_by, date_evidence, place_start, place_end)
        SELECT s.event_id + @K * @Step, s.article_id, s.excerpt, s.excerpt_start, s.excerpt_end, s.claimed_by, s.date_evidence, s.place_start, s.place_end
          FROM event_sources s WHERE s.event_id <= @Step ORDER BY s.event_id;
        """;

    private readonly NpgsqlConnectionStringBuilder _server;

    private PostgresBenchStores(string server) => _server = new NpgsqlConnectionStringBuilder(PostgresConnectionString.Normalize(server));

    /// <summary>The stores on the server the environment names; throws when it names none.</summary>
    public static PostgresBenchStores FromEnvironment() =>
        Environment.GetEnvironmentVariable(Variable) is { Length: > 0 } server
            ? new PostgresBenchStores(server)
            : throw new InvalidOperationException($"{Variable} is not set: give it the PostgreSQL server to benchmark, e.g. {Variable}='Host=127.0.0.1;Port=5432;Username=postgres;Database=postgres'.");

    /// <summary>The connection string of <paramref name="database"/> on the server.</summary>
    public string ConnectionString(string database) => new NpgsqlConnectionStringBuilder(_server.ConnectionString) { Database = database }.ConnectionString;

    /// <summary>The connection string of the synthetic store of 1M or 10M events, made first when missing.</summary>
    public string EnsureSynthetic(int events) => events switch
    {
        1_000_000 => Ensure("bench1m", MigrateSqliteAsync),
        10_000_000 => Ensure("bench10m", ReplicateAsync),
        _ => throw new ArgumentOutOfRangeException(nameof(events), events, "PostgreSQL synthetic stores are made for 1,000,000 and 10,000,000 events only."),
    };

    /// <summary>Runs statements one by one on the server's own database (CREATE, DROP and ALTER DATABASE, which no transaction may hold).</summary>
    public async Task ExecuteOnServerAsync(params string[] statements)
    {
        await using var connection = new NpgsqlConnection(_server.ConnectionString);
        await connection.OpenAsync();
        foreach (var sql in statements)
        {
            await connection.ExecuteAsync(new CommandDefinition(sql, commandTimeout: 0));
        }
    }

    private string Ensure(string database, Func<string, Task> make)
    {
        using var connection = new NpgsqlConnection(_server.ConnectionString);
        connection.Open();
        if (!connection.ExecuteScalar<bool>("SELECT EXISTS (SELECT 1 FROM pg_database WHERE datname = @database)", new { database }))
        {
            var partial = database + "_partial";
            connection.Execute($"DROP DATABASE IF EXISTS {partial} WITH (FORCE)");
            make(partial).GetAwaiter().GetResult();
            NpgsqlConnection.ClearAllPools();
            connection.Execute($"ALTER DATABASE {partial} RENAME TO {database}");
        }
        return ConnectionString(database);
    }

    private async Task MigrateSqliteAsync(string database)
    {
        await ExecuteOnServerAsync($"CREATE DATABASE {database}");
        var target = PostgresConnectionFactory.Create(ConnectionString(database));
        await using (target.DataSource)
        {
            var report = await new StoreCopier(new SqliteConnectionFactory(SyntheticStores.EnsureSqlite(1_000_000), readOnly: true), target).CopyAsync();
            if (!report.Committed)
            {
                throw new InvalidOperationException($"Copying the 1M synthetic store into {database} failed its row counts.");
            }
            await VacuumAsync(target);
        }
    }

    private async Task ReplicateAsync(string database)
    {
        var template = EnsureSynthetic(1_000_000);
        NpgsqlConnection.ClearAllPools();
        await ExecuteOnServerAsync($"CREATE DATABASE {database} TEMPLATE {new NpgsqlConnectionStringBuilder(template).Database}");
        var target = PostgresConnectionFactory.Create(ConnectionString(database));
        await using (target.DataSource)
        {
            await using (var connection = await target.OpenAsync())
            {
                await using var transaction = await connection.BeginTransactionAsync();
                var indexes = (await connection.QueryAsync<(string Name, string Definition)>(new CommandDefinition("""
                    SELECT indexrelid::regclass::text, pg_get_indexdef(indexrelid) FROM pg_index
                     WHERE indrelid IN ('events'::regclass, 'event_sources'::regclass) AND NOT indisprimary AND NOT indisunique
                    """, transaction: transaction))).AsList();
                foreach (var (name, _) in indexes)
                {
                    await connection.ExecuteAsync(new CommandDefinition($"DROP INDEX {name}", transaction: transaction));
                }
                // Row triggers off: the grid's (rebuilt below in one statement, as StoreCopier does) and the foreign keys'
                // (every copied row points at a row that exists).
                await connection.ExecuteAsync(new CommandDefinition("SET LOCAL session_replication_role = replica", transaction: transaction));
                var step = await connection.ExecuteScalarAsync<long>(new CommandDefinition("SELECT max(id) FROM events", transaction: transaction));
                for (var k = 1; k <= 9; k++)
                {
                    await connection.ExecuteAsync(new CommandDefinition(ReplicateEvents, new { K = (long)k, Step = step }, transaction, commandTimeout: 0));
                    Console.WriteLine($"// {database}: copy {k} of 9 inserted");
                }
                await connection.ExecuteAsync(new CommandDefinition("TRUNCATE event_grid; " + StoreCopier.RebuildGrid, transaction: transaction, commandTimeout: 0));
                await connection.ExecuteAsync(new CommandDefinition("SET LOCAL maintenance_work_mem = '512MB'", transaction: transaction));
                foreach (var (_, definition) in indexes)
                {
                    await connection.ExecuteAsync(new CommandDefinition(definition, transaction: transaction, commandTimeout: 0));
                }
                await connection.ExecuteAsync(new CommandDefinition(
                    "SELECT setval(pg_get_serial_sequence('events', 'id'), max(id) + 1, false) FROM events", transaction: transaction));
                await transaction.CommitAsync();
            }
            await VacuumAsync(target);
        }
    }

    /// <summary>VACUUM ANALYZE: statistics for the planner and the visibility map index-only scans need after a bulk load.</summary>
    private static async Task VacuumAsync(PostgresConnectionFactory store)
    {
        await using var connection = await store.OpenAsync();
        await connection.ExecuteAsync(new CommandDefinition("VACUUM ANALYZE", commandTimeout: 0));
    }
}
