using System.Diagnostics;
using Dapper;
using MapDashboard.Data.Postgres;
using Microsoft.Data.Sqlite;
using Npgsql;
using NpgsqlTypes;

namespace MapDashboard.Data.Gazetteer.Postgres;

/// <summary>
/// Fills the PostgreSQL gazetteer from a built SQLite gazetteer with binary COPY, in one transaction: the bundled and
/// imported rows are replaced, user places already in PostgreSQL are kept (the file's own user places are copied when
/// PostgreSQL lacks them). Readers keep seeing the previous gazetteer until the commit.
/// </summary>
public static class PostgresGazetteerWriter
{
    private const string PlaceColumns =
        "pid, id, name, lat, lon, feature_class, feature_code, country, admin1, admin2, population, source, wkt, layer, min_lon, min_lat, max_lon, max_lat";

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
        // Writers wait (a user place added meanwhile would take an id the copy needs); readers go on reading.
        await Execute(connection, transaction, "LOCK TABLE gazetteer.places, gazetteer.names IN EXCLUSIVE MODE", null, cancellationToken);
        var kept = (await connection.QueryAsync<string>(new CommandDefinition(
            "SELECT id FROM gazetteer.places WHERE layer = 'user'", transaction: transaction, cancellationToken: cancellationToken))).ToHashSet(StringComparer.Ordinal);

        progress?.Report(new GazetteerBuilder.Progress("clearing the previous gazetteer", 0, 1));
        await Execute(connection, transaction, """
            DELETE FROM gazetteer.names n USING gazetteer.places p WHERE n.pid = p.pid AND p.layer <> 'user';
            DELETE FROM gazetteer.places WHERE layer <> 'user';
            DELETE FROM gazetteer.meta;
            DELETE FROM gazetteer.admin1_codes;
            """, null, cancellationToken);
        await RenumberKeptAsync(connection, transaction, source.MaxPid, source.MaxNid, cancellationToken);

        var admin1 = (await sqlite.QueryAsync<(string Code, string Name)>(new CommandDefinition("SELECT code, name FROM admin1_codes", cancellationToken: cancellationToken))).ToList();
        await Execute(connection, transaction, "INSERT INTO gazetteer.admin1_codes (code, name) SELECT * FROM unnest(@codes, @names)",
            new { codes = admin1.Select(a => a.Code).ToArray(), names = admin1.Select(a => a.Name).ToArray() }, cancellationToken);
        var meta = (await sqlite.QueryAsync<(string Key, string Value)>(new CommandDefinition("SELECT key, value FROM meta", cancellationToken: cancellationToken))).ToList();
        meta.Add(("copied_at", DateTime.UtcNow.ToString("O")));
        meta.Add(("copied_from", Path.GetFullPath(sqlitePath)));
        await Execute(connection, transaction, "INSERT INTO gazetteer.meta (key, value) SELECT * FROM unnest(@keys, @values)",
            new { keys = meta.Select(m => m.Key).ToArray(), values = meta.Select(m => m.Value).ToArray() }, cancellationToken);

        var skipped = new HashSet<long>();
        var (placesRead, placesWritten, userCopied) = await CopyPlacesAsync(sqlite, connection, kept, skipped, source.Places, progress, cancellationToken);
        var (namesRead, namesWritten) = await CopyNamesAsync(sqlite, connection, skipped, source.Names, progress, cancellationToken);
        if (placesRead != placesWritten || namesRead != namesWritten)
        {
            throw new InvalidOperationException(
                $"Copying {sqlitePath} to {postgres.Description} read {placesRead:N0} places and {namesRead:N0} names but wrote {placesWritten:N0} and {namesWritten:N0}: nothing was changed.");
        }

        await Execute(connection, transaction, """
            SELECT setval(pg_get_serial_sequence('gazetteer.places', 'pid'), coalesce((SELECT max(pid) FROM gazetteer.places), 0) + 1, false);
            SELECT setval(pg_get_serial_sequence('gazetteer.names', 'nid'), coalesce((SELECT max(nid) FROM gazetteer.names), 0) + 1, false);
            """, null, cancellationToken);
        var storedPlaces = await connection.ExecuteScalarAsync<long>(new CommandDefinition(
            "SELECT count(*) FROM gazetteer.places", transaction: transaction, cancellationToken: cancellationToken));
        if (storedPlaces != placesWritten + kept.Count)
        {
            throw new InvalidOperationException(
                $"After copying {sqlitePath}, {postgres.Description} would hold {storedPlaces:N0} places, expected {placesWritten + kept.Count:N0}: nothing was changed.");
        }
        await transaction.CommitAsync(cancellationToken);

        progress?.Report(new GazetteerBuilder.Progress("analyzing", 0, 1));
        await connection.ExecuteAsync(new CommandDefinition("ANALYZE gazetteer.places; ANALYZE gazetteer.names;", cancellationToken: cancellationToken));
        return new GazetteerCopyReport(placesWritten, namesWritten, admin1.Count, kept.Count, userCopied, clock.Elapsed);
    }

    /// <summary>Moves the kept user places (and their names) to ids above the file's, which the copy keeps as they are.</summary>
    private static Task RenumberKeptAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, long maxPid, long maxNid, CancellationToken cancellationToken) =>
        // Negated first so no new id can collide with an old one on the way; names follow their place by ON UPDATE CASCADE.
        Execute(connection, transaction, """
            UPDATE gazetteer.places SET pid = -pid;
            UPDATE gazetteer.places p SET pid = @maxPid + r.n FROM (SELECT pid, row_number() OVER (ORDER BY pid DESC) AS n FROM gazetteer.places) r WHERE p.pid = r.pid;
            UPDATE gazetteer.names SET nid = -nid;
            UPDATE gazetteer.names m SET nid = @maxNid + r.n FROM (SELECT nid, row_number() OVER (ORDER BY nid DESC) AS n FROM gazetteer.names) r WHERE m.nid = r.nid;
            """, new { maxPid, maxNid }, cancellationToken);

    private static async Task<(long Read, long Written, long UserCopied)> CopyPlacesAsync(SqliteConnection sqlite, NpgsqlConnection connection, HashSet<string> kept,
        HashSet<long> skipped, long total, IProgress<GazetteerBuilder.Progress>? progress, CancellationToken cancellationToken)
    {
        const string stage = "copying places";
        await using var command = sqlite.CreateCommand();
        command.CommandText = """
            SELECT p.pid, p.id, p.name, p.lat, p.lon, p.feature_class, p.feature_code, p.country, p.admin1, p.admin2, p.population, p.source, p.wkt, p.layer,
                   r.min_lon, r.min_lat, r.max_lon, r.max_lat
            FROM places p LEFT JOIN places_rtree r ON r.pid = p.pid ORDER BY p.pid
            """;
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        await using var importer = await connection.BeginBinaryImportAsync($"COPY gazetteer.places ({PlaceColumns}) FROM STDIN (FORMAT BINARY)", cancellationToken);
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
        await using var importer = await connection.BeginBinaryImportAsync($"COPY gazetteer.names ({NameColumns}) FROM STDIN (FORMAT BINARY)", cancellationToken);
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

    private static Task WriteTextOrNullAsync(NpgsqlBinaryImporter importer, SqliteDataReader reader, int ordinal, CancellationToken cancellationToken) =>
        reader.IsDBNull(ordinal) ? importer.WriteNullAsync(cancellationToken) : importer.WriteAsync(reader.GetString(ordinal), NpgsqlDbType.Text, cancellationToken);

    private static Task<int> Execute(NpgsqlConnection connection, NpgsqlTransaction transaction, string sql, object? parameters, CancellationToken cancellationToken) =>
        connection.ExecuteAsync(new CommandDefinition(sql, parameters, transaction, cancellationToken: cancellationToken));
}
