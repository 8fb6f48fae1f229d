using Dapper;
using MapDashboard.Data;
using MapDashboard.Data.Postgres;
using MapDashboard.Data.Store;
using MapDashboard.Tests.Shared;

namespace MapDashboard.Cli.Tests;

[Collection(BundledGazetteerCollection.Name)]
public class MigrateCommandTests(BundledGazetteer fixture)
{
    private static readonly EventQuery Everything = new() { From = new DateOnly(1900, 1, 1), To = new DateOnly(2100, 12, 31) };

    [Fact]
    public async Task MigrateOfIngestedSeeds_CopiesEveryTableAndTheGrid_AndIngestGoesOnAfterwards()
    {
        var folder = Directory.CreateTempSubdirectory("mapdash-migrate-").FullName;
        await using var postgres = await PostgresTestDatabase.CreateAsync("mdmigrate");
        try
        {
            var seeds = Directory.GetFiles(fixture.Layout.Seeds).Order().ToList();
            var db = Path.Combine(folder, "store.db");
            Assert.Equal(0, await CliApp.RunAsync(["ingest", .. seeds[..^1], "--db", db], new StringWriter(), new StringWriter()));

            var output = new StringWriter();
            var errors = new StringWriter();
            Assert.True(await CliApp.RunAsync(["migrate", "--from", db, "--to", postgres.ConnectionString, "--batch", "7"], output, errors) == 0, errors.ToString());

            Assert.Contains("rows copied from", output.ToString());
            Assert.DoesNotContain("DIFFERS", output.ToString());
            var sqlite = new SqliteConnectionFactory(db, readOnly: true);
            await using var pg = PostgresConnectionFactory.Create(postgres.ConnectionString);
            Assert.Equal(await CountsAsync(sqlite), await CountsAsync(pg));
            Assert.True((await CountsAsync(pg))["events"] >= 20);
            await AssertSameEventsAsync(sqlite, pg);
            Assert.Equal(await GridAsync(sqlite), await GridAsync(pg));
            var copiedMax = await MaxEventIdAsync(pg);
            await using (var fresh = await PostgresTestDatabase.CreateAsync("mdmigrate"))
            {
                await using var freshStore = PostgresConnectionFactory.Create(fresh.ConnectionString);
                await new EventStore(freshStore).InitializeAsync();
                Assert.Equal(await SchemaAsync(freshStore), await SchemaAsync(pg));
            }

            // The identity sequences go on after the copied ids: the next article lands. Its new events' ids may differ from
            // SQLite's (an INSERT ... ON CONFLICT DO NOTHING that merges a report still takes a number from the sequence),
            // so from here on events and grid cells are compared without them.
            var more = new StringWriter();
            var moreErrors = new StringWriter();
            Assert.True(await CliApp.RunAsync(["ingest", seeds[^1], "--db", postgres.ConnectionString], more, moreErrors) == 0, moreErrors.ToString());
            Assert.StartsWith("1 added, 0 re-processed, 0 unchanged, 0 skipped", more.ToString());
            Assert.Equal("", moreErrors.ToString().Replace("  ingesting articles...", "").Trim());
            Assert.Equal(0, await CliApp.RunAsync(["ingest", seeds[^1], "--db", db], new StringWriter(), new StringWriter()));
            Assert.Equal(await CountsAsync(sqlite), await CountsAsync(pg));
            await AssertSameEventsAsync(sqlite, pg, ids: false);
            Assert.Equal(await GridAsync(sqlite, ids: false), await GridAsync(pg, ids: false));
            Assert.Equal(await NewEventsAsync(sqlite, copiedMax), await NewEventsAsync(pg, copiedMax));
            Assert.True(await NewEventsAsync(pg, copiedMax) > 0);
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public async Task MigrateIntoANonEmptyStore_IsRefused_AndChangesNothing()
    {
        var folder = Directory.CreateTempSubdirectory("mapdash-migrate-").FullName;
        await using var postgres = await PostgresTestDatabase.CreateAsync("mdmigrate");
        try
        {
            var db = Path.Combine(folder, "store.db");
            var seed = Directory.GetFiles(fixture.Layout.Seeds).Order().First();
            Assert.Equal(0, await CliApp.RunAsync(["ingest", seed, "--db", db], new StringWriter(), new StringWriter()));
            Assert.Equal(0, await CliApp.RunAsync(["migrate", "--from", db, "--to", postgres.ConnectionString], new StringWriter(), new StringWriter()));
            await using var pg = PostgresConnectionFactory.Create(postgres.ConnectionString);
            var before = await CountsAsync(pg);

            var errors = new StringWriter();
            Assert.Equal(1, await CliApp.RunAsync(["migrate", "--from", db, "--to", postgres.ConnectionString], new StringWriter(), errors));

            Assert.Contains("is not empty (it holds rows in articles, place_mentions", errors.ToString());
            Assert.Equal(before, await CountsAsync(pg));
            Assert.Equal(1L, before["articles"]);
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public async Task MigrateThatFailsHalfway_LeavesTheTargetEmptyWithItsIndexesAndKeys()
    {
        var folder = Directory.CreateTempSubdirectory("mapdash-migrate-").FullName;
        await using var postgres = await PostgresTestDatabase.CreateAsync("mdmigrate");
        await using var fresh = await PostgresTestDatabase.CreateAsync("mdmigrate");
        try
        {
            var db = Path.Combine(folder, "store.db");
            var seed = Directory.GetFiles(fixture.Layout.Seeds).Order().First();
            Assert.Equal(0, await CliApp.RunAsync(["ingest", seed, "--db", db], new StringWriter(), new StringWriter()));
            await using (var connection = await new SqliteConnectionFactory(db).OpenAsync())
            {
                // A report of an article the store does not hold: SQLite took it with its foreign keys off.
                await connection.ExecuteAsync("PRAGMA foreign_keys = OFF");
                await connection.ExecuteAsync("INSERT INTO event_sources (event_id, article_id, excerpt, excerpt_start, excerpt_end) SELECT MIN(id), 99, 'x', 0, 1 FROM events");
            }

            var errors = new StringWriter();
            Assert.Equal(1, await CliApp.RunAsync(["migrate", "--from", db, "--to", postgres.ConnectionString], new StringWriter(), errors));

            Assert.Contains("break a constraint of the PostgreSQL store", errors.ToString());
            Assert.Contains("violates foreign key constraint \"event_sources_article_id_fkey\"", errors.ToString());
            await using var pg = PostgresConnectionFactory.Create(postgres.ConnectionString);
            // Empty as a new store is: only the outlets every store is seeded with (issue #19).
            Assert.All(await CountsAsync(pg), count => Assert.Equal(count.Key == "outlets" ? Data.Outlets.OutletStore.ReadBundled().Count : 0L, count.Value));
            await using var freshStore = PostgresConnectionFactory.Create(fresh.ConnectionString);
            await new EventStore(freshStore).InitializeAsync();
            Assert.Equal(await SchemaAsync(freshStore), await SchemaAsync(pg));
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public async Task MigrateWithBadLocations_SaysWhatIsWrong()
    {
        var folder = Directory.CreateTempSubdirectory("mapdash-migrate-").FullName;
        try
        {
            var db = Path.Combine(folder, "store.db");
            var badUrl = new StringWriter();
            var notPostgres = new StringWriter();
            var noSource = new StringWriter();

            Assert.Equal(2, await CliApp.RunAsync(["migrate", "--from", db, "--to", "postgres://me@localhost:port/x"], new StringWriter(), badUrl));
            Assert.Equal(2, await CliApp.RunAsync(["migrate", "--from", db, "--to", Path.Combine(folder, "other.db")], new StringWriter(), notPostgres));
            Assert.Equal(1, await CliApp.RunAsync(["migrate", "--from", db, "--to", "postgres://me@127.0.0.1:1/x"], new StringWriter(), noSource));

            Assert.Equal("migrate: --to is not a usable PostgreSQL location: Not a PostgreSQL URL: 'postgres://me@localhost:port/x'. "
                + "Expected postgres://user:password@host:port/database.", badUrl.ToString().Trim());
            Assert.StartsWith("migrate: --to must be a PostgreSQL store", notPostgres.ToString());
            Assert.Equal($"migrate: no SQLite store at {db}", noSource.ToString().Trim());
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private static async Task<Dictionary<string, long>> CountsAsync(IStoreConnectionFactory factory)
    {
        await using var connection = await factory.OpenConnectionAsync();
        var counts = new Dictionary<string, long>();
        foreach (var table in StoreCopier.Tables.Append("event_grid"))
        {
            counts[table] = await connection.ExecuteScalarAsync<long>($"SELECT COUNT(*) FROM {table}");
        }
        return counts;
    }

    /// <summary>Every index, constraint and trigger of a PostgreSQL store, as the server prints them.</summary>
    private static async Task<List<string>> SchemaAsync(IStoreConnectionFactory factory)
    {
        await using var connection = await factory.OpenConnectionAsync();
        return (await connection.QueryAsync<string>("""
            SELECT indexdef FROM pg_indexes WHERE schemaname = current_schema()
            UNION ALL SELECT conrelid::regclass::text || ' ' || conname || ' ' || pg_get_constraintdef(oid) FROM pg_constraint WHERE connamespace = current_schema()::regnamespace
            UNION ALL SELECT tgrelid::regclass::text || ' ' || tgname || ' ' || tgenabled::text FROM pg_trigger WHERE NOT tgisinternal
            ORDER BY 1
            """)).ToList();
    }

    private static async Task<long> MaxEventIdAsync(IStoreConnectionFactory factory)
    {
        await using var connection = await factory.OpenConnectionAsync();
        return await connection.ExecuteScalarAsync<long>("SELECT MAX(id) FROM events");
    }

    private static async Task<long> NewEventsAsync(IStoreConnectionFactory factory, long after)
    {
        await using var connection = await factory.OpenConnectionAsync();
        return await connection.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM events WHERE id > @after", new { after });
    }

    private static async Task<List<string>> GridAsync(IStoreConnectionFactory factory, bool ids = true)
    {
        await using var connection = await factory.OpenConnectionAsync();
        var rows = await connection.QueryAsync<(long Month, long Cx, long Cy, string Type, long N, double SumLat, double SumLon, long? AnyId)>(
            "SELECT month, cx, cy, type, n, sum_lat, sum_lon, any_id FROM event_grid ORDER BY month, cx, cy, type");
        return rows.Select(r => $"{r.Month} {r.Cx} {r.Cy} {r.Type} {r.N} {r.SumLat:F9} {r.SumLon:F9} {(ids ? r.AnyId : null)}").ToList();
    }

    private static async Task AssertSameEventsAsync(IStoreConnectionFactory sqlite, IStoreConnectionFactory pg, bool ids = true)
    {
        var fromSqlite = await DescribeEventsAsync(new EventQueries(sqlite), ids);
        var fromPostgres = await DescribeEventsAsync(new EventQueries(pg), ids);
        Assert.NotEmpty(fromSqlite);
        Assert.Equal(fromSqlite, fromPostgres);
    }

    /// <summary>Each event as its id, place, dates, type and sources, read the way the dashboard reads them.</summary>
    private static async Task<List<string>> DescribeEventsAsync(EventQueries queries, bool ids)
    {
        var described = new List<string>();
        foreach (var summary in (await queries.FindAsync(Everything)).OrderBy(e => e.Id))
        {
            var detail = (await queries.GetAsync(summary.Id))!;
            var e = detail.Event;
            var sources = string.Join("; ", detail.Sources.OrderBy(s => s.ArticleId).ThenBy(s => s.ExcerptStart)
                .Select(s => $"{s.ArticleId}@{s.ExcerptStart}-{s.ExcerptEnd} {s.Title} {s.Published} {s.Excerpt}"));
            described.Add($"{(ids ? e.Id : null)} {e.PlaceId} {e.PlaceName} {e.Lat} {e.Lon} {e.DateStart}..{e.DateEnd} {e.DatePrecision} {e.Type}/{e.SubType} "
                + $"{e.Actor1} {e.Actor2} [{string.Join(",", detail.AssocActors)}] {e.SourceCount} | {sources}");
        }
        return described;
    }
}
