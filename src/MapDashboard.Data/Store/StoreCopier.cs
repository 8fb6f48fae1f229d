using System.Diagnostics;
using Dapper;
using MapDashboard.Data.Postgres;
using Microsoft.Data.Sqlite;
using Npgsql;
using NpgsqlTypes;

namespace MapDashboard.Data.Store;

/// <summary>
/// Copies a whole SQLite event store into an empty PostgreSQL one with binary COPY, table by table in foreign-key order and
/// keeping the ids, in one transaction: a failure, or a row count that differs at the end, leaves the target as it was.
/// Secondary indexes and foreign keys are made again after the rows are in (checked then by one join per key). The event
/// grid is not copied but rebuilt in one statement (its row trigger is off during the copy), the generated
/// <c>geom</c> column is computed by the server, and the identity sequences continue after the highest copied id.
/// </summary>
public sealed class StoreCopier(SqliteConnectionFactory source, PostgresConnectionFactory target)
{
    /// <summary>The tables copied, parents before children.</summary>
    public static readonly IReadOnlyList<string> Tables =
    [
        "articles", "place_mentions", "events", "event_sources", "event_actors", "control_changes", "corrections", "correction_articles", "imported_events",
        "control_periods", "removed_records", "article_bands", "article_appearances", "outlets", "feeds", "feed_items",
    ];

    /// <summary>The copied table every new store seeds (from the bundled outlets.tsv).</summary>
    private const string SeededTable = "outlets";

    /// <summary>The copied tables whose id is an identity column on PostgreSQL.</summary>
    private static readonly string[] IdentityTables = ["articles", "place_mentions", "events", "control_changes", "corrections", "imported_events", "control_periods", "article_appearances", "feeds"];

    /// <summary>The tables whose removed rows are remembered in removed_records, with their kind there.</summary>
    private static readonly Dictionary<string, string> RemovedKinds = new(StringComparer.Ordinal)
    {
        ["events"] = RemovedRecordSql.EventKind,
        ["place_mentions"] = RemovedRecordSql.MentionKind,
    };

    private const string Grid = "event_grid";

    /// <summary>The grid's rows from the events at once, with the insert trigger's arithmetic (trunc(), not a cast, which rounds).</summary>
    public const string RebuildGrid = """
        INSERT INTO event_grid (month, cx, cy, type, n, sum_lat, sum_lon, any_id)
        SELECT event_grid_month(date_start), trunc((lon + 180) * 10)::bigint, trunc((lat + 90) * 10)::bigint, type, count(*), sum(lat), sum(lon), min(id)
          FROM events
         WHERE deleted = 0 AND day_start IS NOT NULL AND day_start = day_end AND lat IS NOT NULL AND lon IS NOT NULL
         GROUP BY 1, 2, 3, 4
        """;

    /// <summary>Rows per COPY statement by default.</summary>
    public const int DefaultBatchSize = 50_000;

    /// <summary>
    /// Copies every table, at most <paramref name="batchSize"/> rows per COPY statement (progress is reported after each).
    /// Statements over the whole tables (grid, indexes, keys, counts, ANALYZE) run without a command timeout.
    /// </summary>
    /// <exception cref="StoreCopyException">The source is not an event store of this build's schema, or the target holds rows.</exception>
    public async Task<StoreCopyReport> CopyAsync(int batchSize = DefaultBatchSize, IProgress<(string Stage, long Done, long Total)>? progress = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(batchSize, 1);
        var clock = Stopwatch.StartNew();
        await using var from = await source.OpenAsync(cancellationToken);
        await CheckSourceSchemaAsync(from, cancellationToken);
        // Deferred: a read transaction, so every count and row below comes from one snapshot of the source.
        await using var snapshot = from.BeginTransaction(deferred: true);
        var sourceCounts = new Dictionary<string, long>();
        foreach (var table in Tables.Append(Grid))
        {
            sourceCounts[table] = await from.ExecuteScalarAsync<long>(new CommandDefinition($"SELECT COUNT(*) FROM {table}", transaction: snapshot, cancellationToken: cancellationToken));
        }

        await new EventStore(target).InitializeAsync(cancellationToken);
        await using var to = await target.OpenAsync(cancellationToken);
        await using var transaction = await to.BeginTransactionAsync(cancellationToken);
        // Nobody writes meanwhile (an ingest started now waits for the commit or the rollback); once the indexes are
        // dropped, nobody reads either.
        await to.ExecuteAsync(new CommandDefinition($"LOCK TABLE {string.Join(", ", Tables.Append(Grid))} IN EXCLUSIVE MODE", transaction: transaction, cancellationToken: cancellationToken));
        await CheckTargetEmptyAsync(to, transaction, cancellationToken);
        // A new store holds the bundled outlets already: the source's rows (with its analysts' edits) replace them.
        await to.ExecuteAsync(new CommandDefinition($"DELETE FROM {SeededTable}", transaction: transaction, cancellationToken: cancellationToken));

        await to.ExecuteAsync(new CommandDefinition("ALTER TABLE events DISABLE TRIGGER event_grid_insert", transaction: transaction, cancellationToken: cancellationToken));
        var rebuild = await DropForeignKeysAndIndexesAsync(to, transaction, cancellationToken);
        foreach (var table in Tables)
        {
            await CopyTableAsync(from, snapshot, to, table, sourceCounts[table], batchSize, progress, cancellationToken);
        }
        progress?.Report(("rebuilding the event grid", 0, 1));
        await to.ExecuteAsync(new CommandDefinition(RebuildGrid, transaction: transaction, commandTimeout: 0, cancellationToken: cancellationToken));
        await to.ExecuteAsync(new CommandDefinition("ALTER TABLE events ENABLE TRIGGER event_grid_insert", transaction: transaction, cancellationToken: cancellationToken));
        progress?.Report(("rebuilding the event grid", 1, 1));
        await to.ExecuteAsync(new CommandDefinition("SET LOCAL maintenance_work_mem = '256MB'", transaction: transaction, cancellationToken: cancellationToken));
        for (var i = 0; i < rebuild.Count; i++)
        {
            progress?.Report(("building indexes and checking foreign keys", i, rebuild.Count));
            await to.ExecuteAsync(new CommandDefinition(rebuild[i], transaction: transaction, commandTimeout: 0, cancellationToken: cancellationToken));
        }
        progress?.Report(("building indexes and checking foreign keys", rebuild.Count, rebuild.Count));
        foreach (var table in IdentityTables)
        {
            // A removed event's or mention's id is never handed out again (its old URL still says what removed it).
            var removed = RemovedKinds.TryGetValue(table, out var kind) ? $", (SELECT MAX(id) FROM removed_records WHERE kind = '{kind}')" : "";
            await to.ExecuteAsync(new CommandDefinition(
                $"SELECT setval(pg_get_serial_sequence('{table}', 'id'), GREATEST(COALESCE(MAX(id), 0){removed}) + 1, false) FROM {table}",
                transaction: transaction, cancellationToken: cancellationToken));
        }

        var counts = new List<StoreCopyReport.TableCount>();
        foreach (var table in Tables.Append(Grid))
        {
            progress?.Report(("counting rows", counts.Count, Tables.Count + 1));
            var copied = await to.ExecuteScalarAsync<long>(new CommandDefinition($"SELECT COUNT(*) FROM {table}", transaction: transaction, commandTimeout: 0, cancellationToken: cancellationToken));
            counts.Add(new StoreCopyReport.TableCount(table, sourceCounts[table], copied, Derived: table == Grid));
        }
        progress?.Report(("counting rows", counts.Count, Tables.Count + 1));
        var committed = counts.All(c => c.Matches);
        if (!committed)
        {
            await transaction.RollbackAsync(cancellationToken);
            return new StoreCopyReport(counts, false, clock.Elapsed);
        }
        await transaction.CommitAsync(cancellationToken);

        progress?.Report(("analyzing", 0, 1));
        await to.ExecuteAsync(new CommandDefinition($"ANALYZE {string.Join(", ", Tables.Append(Grid))}", commandTimeout: 0, cancellationToken: cancellationToken));
        progress?.Report(("analyzing", 1, 1));
        return new StoreCopyReport(counts, true, clock.Elapsed);
    }

    private async Task CheckSourceSchemaAsync(SqliteConnection connection, CancellationToken cancellationToken)
    {
        HashSet<long> versions;
        try
        {
            versions = (await connection.QueryAsync<long>(new CommandDefinition("SELECT version FROM schema_migrations", cancellationToken: cancellationToken))).ToHashSet();
        }
        catch (SqliteException ex)
        {
            throw new StoreCopyException($"{source.Path} is not a MapDashboard event store ({ex.Message}).");
        }
        var known = new SchemaMigrator(StoreProvider.Sqlite).Migrations.Select(m => m.Version).ToList();
        if (versions.Except(known).Any())
        {
            throw new StoreCopyException($"{source.Path} has schema version {versions.Max()}, newer than this build's {known.Max()}: upgrade MapDashboard.");
        }
        if (known.Except(versions).ToList() is [var first, ..])
        {
            throw new StoreCopyException($"{source.Path} lacks schema migration {first} of this build: open it once with this build "
                + "(the dashboard, or ./mapdash ingest ... --db on it) so that it is upgraded, then copy it.");
        }
    }

    private async Task CheckTargetEmptyAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, CancellationToken cancellationToken)
    {
        var holding = new List<string>();
        foreach (var table in Tables.Where(t => t != SeededTable))
        {
            if (await connection.ExecuteScalarAsync<bool>(new CommandDefinition($"SELECT EXISTS (SELECT 1 FROM {table})", transaction: transaction, cancellationToken: cancellationToken)))
            {
                holding.Add(table);
            }
        }
        if (holding.Count > 0)
        {
            throw new StoreCopyException($"{target.Description} is not empty (it holds rows in {string.Join(", ", holding)}): a store is copied into an empty one only.");
        }
    }

    /// <summary>
    /// Drops the copied tables' foreign keys and secondary indexes (primary keys and unique ones stay, to be checked row by
    /// row) and returns the statements that make them again. Built once over all the rows, an index costs a fraction of its
    /// upkeep row by row, and a foreign key is checked by one join instead of a lookup and a row lock per row. The tables
    /// are empty and the transaction holds them, so nobody sees them without.
    /// </summary>
    private static async Task<List<string>> DropForeignKeysAndIndexesAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, CancellationToken cancellationToken)
    {
        var tables = Tables.ToArray();
        var foreignKeys = (await connection.QueryAsync<(string Table, string Name, string Definition)>(new CommandDefinition("""
            SELECT conrelid::regclass::text, quote_ident(conname), pg_get_constraintdef(oid)
              FROM pg_constraint
             WHERE contype = 'f' AND conrelid::regclass::text = ANY(@tables)
            """, new { tables }, transaction, cancellationToken: cancellationToken))).ToList();
        var indexes = (await connection.QueryAsync<(string Name, string Definition)>(new CommandDefinition("""
            SELECT indexrelid::regclass::text, pg_get_indexdef(indexrelid)
              FROM pg_index
             WHERE indrelid::regclass::text = ANY(@tables) AND NOT indisprimary AND NOT indisunique AND NOT indisexclusion
            """, new { tables }, transaction, cancellationToken: cancellationToken))).ToList();
        foreach (var (table, name, _) in foreignKeys)
        {
            await connection.ExecuteAsync(new CommandDefinition($"ALTER TABLE {table} DROP CONSTRAINT {name}", transaction: transaction, cancellationToken: cancellationToken));
        }
        foreach (var (name, _) in indexes)
        {
            await connection.ExecuteAsync(new CommandDefinition($"DROP INDEX {name}", transaction: transaction, cancellationToken: cancellationToken));
        }
        return indexes.Select(i => i.Definition)
            .Concat(foreignKeys.Select(k => $"ALTER TABLE {k.Table} ADD CONSTRAINT {k.Name} {k.Definition}"))
            .ToList();
    }

    private static async Task CopyTableAsync(SqliteConnection from, SqliteTransaction snapshot, NpgsqlConnection to, string table, long total, int batchSize,
        IProgress<(string Stage, long Done, long Total)>? progress, CancellationToken cancellationToken)
    {
        var columns = (await to.QueryAsync<(string Name, string Type)>(new CommandDefinition("""
            SELECT column_name, data_type FROM information_schema.columns
             WHERE table_schema = current_schema() AND table_name = @table AND is_generated = 'NEVER'
             ORDER BY ordinal_position
            """, new { table }, cancellationToken: cancellationToken))).ToList();
        if (table == "events")
        {
            columns = EventColumnsOf(columns);
        }
        var writers = columns.Select(c => Writer(table, c.Name, c.Type)).ToArray();
        var list = string.Join(", ", columns.Select(c => $"\"{c.Name}\""));
        var stage = $"copying {table}";
        progress?.Report((stage, 0, total));

        await using var select = from.CreateCommand();
        select.Transaction = snapshot;
        select.CommandText = $"SELECT {list} FROM {table}";
        await using var reader = await select.ExecuteReaderAsync(cancellationToken);
        long done = 0;
        var more = reader.Read();
        while (more)
        {
            await using var importer = await to.BeginBinaryImportAsync($"COPY {table} ({list}) FROM STDIN (FORMAT BINARY)", cancellationToken);
            for (var rows = 0; more && rows < batchSize; rows++)
            {
                // The synchronous writes only fill Npgsql's buffer; it is sent when full.
                importer.StartRow();
                for (var i = 0; i < writers.Length; i++)
                {
                    if (reader.IsDBNull(i))
                    {
                        importer.WriteNull();
                    }
                    else
                    {
                        writers[i](reader, i, importer);
                    }
                }
                done++;
                more = reader.Read();
            }
            await importer.CompleteAsync(cancellationToken);
            progress?.Report((stage, done, total));
            cancellationToken.ThrowIfCancellationRequested();
        }
        progress?.Report((stage, done, total));
    }

    /// <summary>The events table's columns in <see cref="EventColumns"/>' order, refused when the schema and that definition differ.</summary>
    private static List<(string Name, string Type)> EventColumnsOf(List<(string Name, string Type)> schema)
    {
        var types = schema.ToDictionary(c => c.Name, c => c.Type, StringComparer.Ordinal);
        if (schema.Select(c => c.Name).Except(EventColumns.Stored).ToList() is [_, ..] unknown)
        {
            throw new StoreCopyException($"events has column(s) {string.Join(", ", unknown)} on PostgreSQL that EventColumns does not define: add them there.");
        }
        if (EventColumns.Stored.Except(types.Keys).ToList() is [_, ..] missing)
        {
            throw new StoreCopyException($"events lacks column(s) {string.Join(", ", missing)} of EventColumns on PostgreSQL.");
        }
        return EventColumns.Stored.Select(c => (c, types[c])).ToList();
    }

    private static Action<SqliteDataReader, int, NpgsqlBinaryImporter> Writer(string table, string column, string type) => type switch
    {
        "bigint" => (r, i, w) => w.Write(r.GetInt64(i), NpgsqlDbType.Bigint),
        "double precision" => (r, i, w) => w.Write(r.GetDouble(i), NpgsqlDbType.Double),
        "text" => (r, i, w) => w.Write(r.GetString(i), NpgsqlDbType.Text),
        "bytea" => (r, i, w) => w.Write((byte[])r.GetValue(i), NpgsqlDbType.Bytea),
        _ => throw new StoreCopyException($"{table}.{column} is of type {type} on PostgreSQL, which the store copier does not know how to fill."),
    };
}
