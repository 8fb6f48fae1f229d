using Dapper;
using MapDashboard.Data;
using MapDashboard.Data.Postgres;
using MapDashboard.Tests.Shared;
using Npgsql;

namespace MapDashboard.Cli.Tests;

[Collection(BundledGazetteerCollection.Name)]
public class IngestCommandTests(BundledGazetteer fixture)
{
    /// <summary>A new temporary folder holding a copy of the seed articles.</summary>
    private string SeedsInTempFolder(string prefix)
    {
        var folder = Directory.CreateTempSubdirectory(prefix).FullName;
        foreach (var seed in Directory.GetFiles(fixture.Layout.Seeds))
        {
            File.Copy(seed, Path.Combine(folder, Path.GetFileName(seed)));
        }
        return folder;
    }

    [Fact]
    public async Task Seeds_LandOnceWithTheirMentions_AndBadFilesAreSkipped()
    {
        var folder = SeedsInTempFolder("mapdash-ingest-");
        try
        {
            File.WriteAllBytes(Path.Combine(folder, "zz-binary.txt"), [0x50, 0x00, 0x4B]);
            var db = Path.Combine(folder, "store.db");

            var first = new StringWriter();
            var errors = new StringWriter();
            Assert.Equal(0, await CliApp.RunAsync(["ingest", folder, "--db", db], first, errors));
            var second = new StringWriter();
            Assert.Equal(0, await CliApp.RunAsync(["ingest", folder, "--db", db], second, new StringWriter()));

            Assert.StartsWith("5 added, 0 re-processed, 0 unchanged, 1 skipped", first.ToString());
            Assert.Contains("zz-binary.txt: binary content", errors.ToString());
            Assert.StartsWith("0 added, 0 re-processed, 5 unchanged, 1 skipped", second.ToString());
            await using var connection = await new SqliteConnectionFactory(db).OpenAsync();
            Assert.Equal(5L, await connection.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM articles"));
            Assert.Equal(93L, await connection.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM place_mentions"));
            Assert.Equal(2L, await connection.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM articles WHERE published IS NULL"));
            Assert.True(await connection.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM events") >= 20);
            // Sheikh Dan, Mushayrifa and Tuman change hands at their own points; al-Brije, which no source places, is its own
            // approximate place near al-Bab (precision 2), and its anchor al-Bab (ocha:C1202) stays as it was (issues #20 and #21).
            Assert.Equal(3L, await connection.ExecuteScalarAsync<long>(
                "SELECT COUNT(*) FROM control_changes WHERE new_controller = 'saa' AND verb = 'liberated' AND location_precision = 1"));
            Assert.Equal(1L, await connection.ExecuteScalarAsync<long>(
                "SELECT COUNT(*) FROM control_changes WHERE new_controller = 'saa' AND place_id LIKE 'near:ocha:C1202:%' AND location_precision = 2"));
            Assert.Equal(0L, await connection.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM control_changes WHERE place_id = 'ocha:C1202'"));
            // Issue #21: the village the sources know is placed; the one no source places stays unresolved (near al-Bab).
            Assert.Equal("ocha:C1222", await connection.ExecuteScalarAsync<string>("SELECT place_id FROM place_mentions WHERE text = 'Tuman'"));
            Assert.Equal(0L, await connection.ExecuteScalarAsync<long>("SELECT resolved FROM place_mentions WHERE text = 'al-Brije'"));
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public async Task Profile_SaysWhereTheWallTimeWent_AndTheSameArticlesLand()
    {
        var folder = SeedsInTempFolder("mapdash-ingest-profile-");
        try
        {
            var db = Path.Combine(folder, "store.db");

            var output = new StringWriter();
            var errors = new StringWriter();
            Assert.Equal(0, await CliApp.RunAsync(["ingest", folder, "--db", db, "--jobs", "2", "--profile"], output, errors));

            Assert.StartsWith("5 added, 0 re-processed, 0 unchanged, 0 skipped", output.ToString());
            var line = errors.ToString().Split('\n').Single(l => l.StartsWith("ingest profile (2 workers): ", StringComparison.Ordinal));
            Assert.Matches(@"writer writing \d+\.\d s \(\d+%\) in 1 batches", line);
            Assert.Contains("workers waiting for the full queue", line);
            var without = new StringWriter();
            Assert.Equal(0, await CliApp.RunAsync(["ingest", folder, "--db", db], new StringWriter(), without));
            Assert.DoesNotContain("ingest profile", without.ToString());
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public async Task IngestIntoPostgresUrl_SeedsLand_AndAgainAreUnchanged()
    {
        await using var postgres = await PostgresTestDatabase.CreateAsync("mdingest");
        var server = new NpgsqlConnectionStringBuilder(postgres.ConnectionString);
        var url = $"postgres://{server.Username}@{server.Host}:{server.Port}/{postgres.Name}";

        var first = new StringWriter();
        var errors = new StringWriter();
        Assert.True(await CliApp.RunAsync(["ingest", fixture.Layout.Seeds, "--db", url], first, errors) == 0, errors.ToString());
        var second = new StringWriter();
        Assert.Equal(0, await CliApp.RunAsync(["ingest", fixture.Layout.Seeds, "--db", url], second, new StringWriter()));

        Assert.StartsWith("5 added, 0 re-processed, 0 unchanged, 0 skipped", first.ToString());
        Assert.EndsWith($"stored in postgres://{server.Host}:{server.Port}/{postgres.Name}", first.ToString().Trim());
        Assert.StartsWith("0 added, 0 re-processed, 5 unchanged, 0 skipped", second.ToString());
        await using var store = PostgresConnectionFactory.Create(url);
        await using var connection = await store.OpenAsync();
        Assert.Equal(5L, await connection.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM articles"));
        Assert.Equal(93L, await connection.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM place_mentions"));
        Assert.True(await connection.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM events WHERE geom IS NOT NULL") >= 20);
    }

    [Fact]
    public async Task IngestWithABadOrUnreachablePostgresStore_SaysSoInOneLine()
    {
        var malformed = new StringWriter();
        var unreachable = new StringWriter();

        Assert.Equal(2, await CliApp.RunAsync(["ingest", fixture.Layout.Seeds, "--db", "postgres://me@db.example:port/events"], new StringWriter(), malformed));
        Assert.Equal(1, await CliApp.RunAsync(["ingest", fixture.Layout.Seeds, "--db", "postgres://me:secret@127.0.0.1:1/events"], new StringWriter(), unreachable));

        Assert.Equal("ingest: --db is not a usable PostgreSQL location: Not a PostgreSQL URL: 'postgres://me@db.example:port/events'. "
            + "Expected postgres://user:password@host:port/database.", malformed.ToString().Trim());
        var line = Assert.Single(unreachable.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.StartsWith("ingest: cannot use the PostgreSQL store at postgres://127.0.0.1:1/events: Failed to connect to 127.0.0.1:1", line);
        Assert.DoesNotContain("secret", line);
    }
}
