using System.Diagnostics;
using Dapper;
using MapDashboard.Core.Gazetteer;
using MapDashboard.Data.Postgres;
using Microsoft.Data.Sqlite;
using Npgsql;
using NpgsqlTypes;

namespace MapDashboard.Data.Gazetteer.Postgres;

/// <summary>
/// Fills the PostgreSQL gazetteer from a built SQLite gazetteer with binary COPY, in one transaction: the bundled and
/// imported rows are replaced, user places already in PostgreSQL are kept (the file's own user places are copied when
/// PostgreSQL lacks them). The rows go into a staging schema, keys and indexes are built once they are all in, and the
/// staging schema then replaces <c>gazetteer</c>: readers see the previous gazetteer until the commit, and wait only for
/// the swap itself. Anything else stored in the <c>gazetteer</c> schema (and grants on it) does not survive a copy.
/// </summary>
public static class PostgresGazetteerWriter
{
    private const string Staging = PostgresGazetteerSchema.Staging;

    private const string PlaceColumns =
        "pid, id, name, lat, lon, feature_class, feature_code, country, admin1, admin2, population, source, wkt, layer, min_lon, min_lat, max_lon, max_lat, admin3, name_ar";

    private const string NameColumns = "nid, pid, name, lang, kind, fold_key, skeleton_key";

    /// <summary>Copies <paramref name="sqlitePath"/> into the gazetteer schema of <paramref name="postgres"/> (created when missing).</summary>
    public static async Task<GazetteerCopyReport> CopyFromSqliteAsync(string sqlitePath, PostgresConnectionFactory postgres,
        IProgress<GazetteerBuilder.Progress>? progress = null, CancellationToken cancellationToken = default)
    {
        if (!File.Exists(sqlitePath))
        {
            throw new FileNotFoundException($"Gazetteer database '{sqlitePath}' does not exist: run `./mapdash gazetteer build`.", sqlitePath);
        }
        var clock = Stopwatch.StartNew();
        await PostgresGazetteerSchema.ApplyAsync(postgres, cancellationToken);

        await using var sqlite = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = sqlitePath, Mode = SqliteOpenMode.ReadOnly, Pooling = false }.ToString());
        await sqlite.OpenAsync(cancellationToken);
        var source = await sqlite.QuerySingleAsync<(long Places, long Names, long MaxPid, long MaxNid)>(new CommandDefinition(
            "SELECT (SELECT count(*) FROM places), (SELECT count(*) FROM names), (SELECT coalesce(max(pid), 0) FROM places), (SELECT coalesce(max(nid), 0) FROM names)",
            cancellationToken: cancellationToken));

        await using var connection = await PostgresGazetteerSchema.OpenAsync(postgres, cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        await PostgresGazetteerSchema.LockAsync(connection, transaction, cancellationToken);
        // Writers of user places wait until the swap (what they wrote to the old tables would be lost); readers go on.
        await Execute(connection, transaction, "LOCK TABLE gazetteer.places, gazetteer.names IN EXCLUSIVE MODE", null, cancellationToken);
        var kept = (await connection.QueryAsync<string>(new CommandDefinition(
            "SELECT id FROM gazetteer.places WHERE layer = 'user'", transaction: transaction, cancellationToken: cancellationToken))).ToHashSet(StringComparer.Ordinal);

        await Execute(connection, transaction, $"DROP SCHEMA IF EXISTS {Staging} CASCADE", null, cancellationToken);
        await PostgresGazetteerSchema.CreateTablesAsync(connection, transaction, Staging, cancellationToken);
        await CopyKeptUserPlacesAsync(connection, transaction, source.MaxPid, source.MaxNid, cancellationToken);
        await RefoldKeptUserNamesAsync(connection, transaction, source.MaxNid, cancellationToken);

        var admin1 = (await sqlite.QueryAsync<(string Code, string Name)>(new CommandDefinition("SELECT code, name FROM admin1_codes", cancellationToken: cancellationToken))).ToList();
        await Execute(connection, transaction, $"INSERT INTO {Staging}.admin1_codes (code, name) SELECT * FROM unnest(@codes, @names)",
            new { codes = admin1.Select(a => a.Code).ToArray(), names = admin1.Select(a => a.Name).ToArray() }, cancellationToken);
        var meta = (await sqlite.QueryAsync<(string Key, string Value)>(new CommandDefinition("SELECT key, value FROM meta", cancellationToken: cancellationToken))).ToList();
        meta.Add(("copied_at", DateTime.UtcNow.ToString("O")));
        meta.Add(("copied_from", Path.GetFullPath(sqlitePath)));
        await Execute(connection, transaction, $"INSERT INTO {Staging}.meta (key, value) SELECT * FROM unnest(@keys, @values)",
            new { keys = meta.Select(m => m.Key).ToArray(), values = meta.Select(m => m.Value).ToArray() }, cancellationToken);

        var skipped = new HashSet<long>();
        var (placesRead, placesWritten, userCopied) = await CopyPlacesAsync(sqlite, connection, kept, skipped, source.Places, progress, cancellationToken);
        var (namesRead, namesWritten) = await CopyNamesAsync(sqlite, connection, skipped, source.Names, progress, cancellationToken);
        await CopyConcordanceAsync(sqlite, connection, skipped, cancellationToken);
        var storedPlaces = await connection.ExecuteScalarAsync<long>(new CommandDefinition(
            $"SELECT count(*) FROM {Staging}.places", transaction: transaction, cancellationToken: cancellationToken));
        if (placesRead != placesWritten || namesRead != namesWritten || storedPlaces != placesWritten + kept.Count)
        {
            throw new GazetteerStoreException(
                $"Copying {sqlitePath} to {postgres.Description} read {placesRead:N0} places and {namesRead:N0} names but wrote {placesWritten:N0} and "
                + $"{namesWritten:N0} ({storedPlaces:N0} places with the {kept.Count:N0} kept user places): nothing was changed.");
        }

        progress?.Report(new GazetteerBuilder.Progress("indexing", 0, 1));
        await PostgresGazetteerSchema.CreateIndexesAsync(connection, transaction, Staging, cancellationToken);
        await Execute(connection, transaction, $"""
            SELECT setval(pg_get_serial_sequence('{Staging}.places', 'pid'), coalesce((SELECT max(pid) FROM {Staging}.places), 0) + 1, false);
            SELECT setval(pg_get_serial_sequence('{Staging}.names', 'nid'), coalesce((SELECT max(nid) FROM {Staging}.names), 0) + 1, false);
            ANALYZE {Staging}.places;
            ANALYZE {Staging}.names;
            DROP SCHEMA gazetteer CASCADE;
            ALTER SCHEMA {Staging} RENAME TO gazetteer;
            """, null, cancellationToken);
        progress?.Report(new GazetteerBuilder.Progress("indexing", 1, 1));
        await transaction.CommitAsync(cancellationToken);
        return new GazetteerCopyReport(placesWritten, namesWritten, admin1.Count, kept.Count, userCopied, clock.Elapsed);
    }

    /// <summary>
    /// Copies <paramref name="sqlitePath"/> (a built SQLite gazetteer) into PostgreSQL when the PostgreSQL gazetteer was
    /// never filled, as a server does at its first start, or when its name keys were folded under other rules than
    /// today's (<see cref="NameFolding.RulesStamp"/>) and the file's are today's: lookups fold the name they are asked
    /// for under today's rules, so stale keys would silently miss places. Returns what was copied, or null when nothing was.
    /// </summary>
    public static async Task<GazetteerCopyReport?> EnsureFilledAsync(string sqlitePath, PostgresConnectionFactory postgres, CancellationToken cancellationToken = default)
    {
        // Several dashboard servers starting at once: the first fills, the others wait for it and find it filled.
        await using var guard = await postgres.OpenAsync(cancellationToken);
        await guard.ExecuteAsync(new CommandDefinition("SELECT pg_advisory_lock(@FillLockKey)", new { FillLockKey }, commandTimeout: 0, cancellationToken: cancellationToken));
        try
        {
            await PostgresGazetteerSchema.ApplyAsync(postgres, cancellationToken);
            await using (var connection = await PostgresGazetteerSchema.OpenAsync(postgres, cancellationToken))
            {
                var filled = await connection.QueryAsync<(string Key, string Value)>(new CommandDefinition(
                    "SELECT key, value FROM gazetteer.meta WHERE key IN ('copied_at', 'folding')", cancellationToken: cancellationToken));
                var meta = filled.ToDictionary(m => m.Key, m => m.Value, StringComparer.Ordinal);
                if (meta.ContainsKey("copied_at")
                    && (meta.GetValueOrDefault("folding") == NameFolding.RulesStamp || await FileFoldingAsync(sqlitePath, cancellationToken) != NameFolding.RulesStamp))
                {
                    return null;
                }
            }
            return await CopyFromSqliteAsync(sqlitePath, postgres, null, cancellationToken);
        }
        finally
        {
            await guard.ExecuteAsync(new CommandDefinition("SELECT pg_advisory_unlock(@FillLockKey)", new { FillLockKey }, cancellationToken: CancellationToken.None));
        }
    }

    /// <summary>The folding stamp the SQLite gazetteer at <paramref name="sqlitePath"/> was built with (null when it has none).</summary>
    private static async Task<string?> FileFoldingAsync(string sqlitePath, CancellationToken cancellationToken)
    {
        await using var sqlite = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = sqlitePath, Mode = SqliteOpenMode.ReadOnly, Pooling = false }.ToString());
        await sqlite.OpenAsync(cancellationToken);
        return await sqlite.ExecuteScalarAsync<string?>(new CommandDefinition("SELECT value FROM meta WHERE key = 'folding'", cancellationToken: cancellationToken));
    }

    /// <summary>An arbitrary constant: the advisory lock a first fill holds.</summary>
    private const long FillLockKey = 0x4d617047617a4631;

    /// <summary>Carries the user places over to the staging tables, numbered above the file's ids (which the copy keeps as they are).</summary>
    private static Task CopyKeptUserPlacesAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, long maxPid, long maxNid, CancellationToken cancellationToken) =>
        Execute(connection, transaction, $"""
            CREATE TEMP TABLE kept_places ON COMMIT DROP AS
                SELECT pid AS old_pid, @maxPid + row_number() OVER (ORDER BY pid) AS new_pid FROM gazetteer.places WHERE layer = 'user';
            INSERT INTO {Staging}.places ({PlaceColumns})
                SELECT k.new_pid, {string.Join(", ", PlaceColumns.Split(", ").Skip(1).Select(c => "p." + c))}
                FROM gazetteer.places p JOIN kept_places k ON k.old_pid = p.pid;
            INSERT INTO {Staging}.names ({NameColumns})
                SELECT @maxNid + row_number() OVER (ORDER BY n.nid), k.new_pid, n.name, n.lang, n.kind, n.fold_key, n.skeleton_key
                FROM gazetteer.names n JOIN kept_places k ON k.old_pid = n.pid;
            """, new { maxPid, maxNid }, cancellationToken);

    /// <summary>
    /// Folds the kept user places' names (numbered above <paramref name="maxNid"/>) again under today's rules: they were
    /// folded when they were added, and the copy may be running because the rules changed. A name that folds to nothing
    /// now is dropped, as <see cref="PostgresUserPlaceWriter"/> never stores one.
    /// </summary>
    private static async Task RefoldKeptUserNamesAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, long maxNid, CancellationToken cancellationToken)
    {
        var names = (await connection.QueryAsync<(long Nid, string Name)>(new CommandDefinition(
            $"SELECT nid, name FROM {Staging}.names WHERE nid > @maxNid", new { maxNid }, transaction, cancellationToken: cancellationToken))).ToList();
        if (names.Count == 0)
        {
            return;
        }
        var folded = names.Select(n => (n.Nid, Fold: NameFolding.Fold(n.Name), Skeleton: NameFolding.Skeleton(n.Name))).ToList();
        await Execute(connection, transaction, $"""
            UPDATE {Staging}.names n SET fold_key = u.fold, skeleton_key = u.skeleton
            FROM unnest(@nids, @folds, @skeletons) AS u(nid, fold, skeleton) WHERE n.nid = u.nid;
            DELETE FROM {Staging}.names WHERE nid > @maxNid AND fold_key = '';
            """, new
        {
            nids = folded.Select(f => f.Nid).ToArray(),
            folds = folded.Select(f => f.Fold).ToArray(),
            skeletons = folded.Select(f => f.Skeleton).ToArray(),
            maxNid,
        }, cancellationToken);
    }

    private static async Task<(long Read, long Written, long UserCopied)> CopyPlacesAsync(SqliteConnection sqlite, NpgsqlConnection connection, HashSet<string> kept,
        HashSet<long> skipped, long total, IProgress<GazetteerBuilder.Progress>? progress, CancellationToken cancellationToken)
    {
        const string stage = "copying places";
        await using var command = sqlite.CreateCommand();
        command.CommandText = """
            SELECT p.pid, p.id, p.name, p.lat, p.lon, p.feature_class, p.feature_code, p.country, p.admin1, p.admin2, p.population, p.source, p.wkt, p.layer,
                   r.min_lon, r.min_lat, r.max_lon, r.max_lat, p.admin3, p.name_ar
            FROM places p LEFT JOIN places_rtree r ON r.pid = p.pid ORDER BY p.pid
            """;
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        await using var importer = await connection.BeginBinaryImportAsync($"COPY {Staging}.places ({PlaceColumns}) FROM STDIN (FORMAT BINARY)", cancellationToken);
        long read = 0, userCopied = 0, seen = 0;
        while (await reader.ReadAsync(cancellationToken))
        {
            if (++seen % 20_000 == 0)
            {
                progress?.Report(new GazetteerBuilder.Progress(stage, seen, total));
            }
            var id = reader.GetString(1);
            if (kept.Contains(id))
            {
                skipped.Add(reader.GetInt64(0));
                continue;
            }
            read++;
            var layer = reader.GetString(13);
            if (layer == "user")
            {
                userCopied++;
            }
            var (lat, lon) = (reader.GetDouble(3), reader.GetDouble(4));
            await importer.StartRowAsync(cancellationToken);
            await importer.WriteAsync(reader.GetInt64(0), NpgsqlDbType.Bigint, cancellationToken);
            await importer.WriteAsync(id, NpgsqlDbType.Text, cancellationToken);
            await importer.WriteAsync(reader.GetString(2), NpgsqlDbType.Text, cancellationToken);
            await importer.WriteAsync(lat, NpgsqlDbType.Double, cancellationToken);
            await importer.WriteAsync(lon, NpgsqlDbType.Double, cancellationToken);
            await importer.WriteAsync(reader.GetString(5), NpgsqlDbType.Text, cancellationToken);
            await importer.WriteAsync(reader.GetString(6), NpgsqlDbType.Text, cancellationToken);
            await WriteTextOrNullAsync(importer, reader, 7, cancellationToken);
            await WriteTextOrNullAsync(importer, reader, 8, cancellationToken);
            await WriteTextOrNullAsync(importer, reader, 9, cancellationToken);
            await importer.WriteAsync(reader.GetInt64(10), NpgsqlDbType.Bigint, cancellationToken);
            await importer.WriteAsync(reader.GetString(11), NpgsqlDbType.Text, cancellationToken);
            await WriteTextOrNullAsync(importer, reader, 12, cancellationToken);
            await importer.WriteAsync(layer, NpgsqlDbType.Text, cancellationToken);
            // A place missing from the R*Tree (never written so by the builder) gets its point as its extent.
            var hasExtent = !reader.IsDBNull(14);
            await importer.WriteAsync(hasExtent ? reader.GetDouble(14) : lon, NpgsqlDbType.Double, cancellationToken);
            await importer.WriteAsync(hasExtent ? reader.GetDouble(15) : lat, NpgsqlDbType.Double, cancellationToken);
            await importer.WriteAsync(hasExtent ? reader.GetDouble(16) : lon, NpgsqlDbType.Double, cancellationToken);
            await importer.WriteAsync(hasExtent ? reader.GetDouble(17) : lat, NpgsqlDbType.Double, cancellationToken);
            await WriteTextOrNullAsync(importer, reader, 18, cancellationToken);
            await WriteTextOrNullAsync(importer, reader, 19, cancellationToken);
        }
        var written = (long)await importer.CompleteAsync(cancellationToken);
        progress?.Report(new GazetteerBuilder.Progress(stage, seen, Math.Max(seen, total)));
        return (read, written, userCopied);
    }

    private static async Task<(long Read, long Written)> CopyNamesAsync(SqliteConnection sqlite, NpgsqlConnection connection, HashSet<long> skipped,
        long total, IProgress<GazetteerBuilder.Progress>? progress, CancellationToken cancellationToken)
    {
        const string stage = "copying names";
        await using var command = sqlite.CreateCommand();
        command.CommandText = $"SELECT {NameColumns} FROM names ORDER BY nid";
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        await using var importer = await connection.BeginBinaryImportAsync($"COPY {Staging}.names ({NameColumns}) FROM STDIN (FORMAT BINARY)", cancellationToken);
        long read = 0, seen = 0;
        while (await reader.ReadAsync(cancellationToken))
        {
            if (++seen % 50_000 == 0)
            {
                progress?.Report(new GazetteerBuilder.Progress(stage, seen, total));
            }
            var pid = reader.GetInt64(1);
            if (skipped.Contains(pid))
            {
                continue;
            }
            read++;
            await importer.StartRowAsync(cancellationToken);
            await importer.WriteAsync(reader.GetInt64(0), NpgsqlDbType.Bigint, cancellationToken);
            await importer.WriteAsync(pid, NpgsqlDbType.Bigint, cancellationToken);
            await importer.WriteAsync(reader.GetString(2), NpgsqlDbType.Text, cancellationToken);
            await WriteTextOrNullAsync(importer, reader, 3, cancellationToken);
            await importer.WriteAsync(reader.GetString(4), NpgsqlDbType.Text, cancellationToken);
            await importer.WriteAsync(reader.GetString(5), NpgsqlDbType.Text, cancellationToken);
            await importer.WriteAsync(reader.GetString(6), NpgsqlDbType.Text, cancellationToken);
        }
        var written = (long)await importer.CompleteAsync(cancellationToken);
        progress?.Report(new GazetteerBuilder.Progress(stage, seen, Math.Max(seen, total)));
        return (read, written);
    }

    private static async Task CopyConcordanceAsync(SqliteConnection sqlite, NpgsqlConnection connection, HashSet<long> skipped, CancellationToken cancellationToken)
    {
        await using var command = sqlite.CreateCommand();
        command.CommandText = "SELECT id, pid FROM concordance ORDER BY id";
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        await using var importer = await connection.BeginBinaryImportAsync($"COPY {Staging}.concordance (id, pid) FROM STDIN (FORMAT BINARY)", cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            var pid = reader.GetInt64(1);
            if (skipped.Contains(pid))
            {
                continue;
            }
            await importer.StartRowAsync(cancellationToken);
            await importer.WriteAsync(reader.GetString(0), NpgsqlDbType.Text, cancellationToken);
            await importer.WriteAsync(pid, NpgsqlDbType.Bigint, cancellationToken);
        }
        await importer.CompleteAsync(cancellationToken);
    }

    private static Task WriteTextOrNullAsync(NpgsqlBinaryImporter importer, SqliteDataReader reader, int ordinal, CancellationToken cancellationToken) =>
        reader.IsDBNull(ordinal) ? importer.WriteNullAsync(cancellationToken) : importer.WriteAsync(reader.GetString(ordinal), NpgsqlDbType.Text, cancellationToken);

    private static Task<int> Execute(NpgsqlConnection connection, NpgsqlTransaction transaction, string sql, object? parameters, CancellationToken cancellationToken) =>
        connection.ExecuteAsync(new CommandDefinition(sql, parameters, transaction, cancellationToken: cancellationToken));
}
