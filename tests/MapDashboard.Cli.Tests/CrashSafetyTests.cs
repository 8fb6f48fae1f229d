using System.Data.Common;
using System.Diagnostics;
using Dapper;
using MapDashboard.Data;
using MapDashboard.Tests.Shared;
using Npgsql;

namespace MapDashboard.Cli.Tests;

/// <summary>
/// An ingest killed with SIGKILL mid-batch leaves a store that opens, is consistent and holds only whole articles;
/// ingesting the batch again completes it without duplicates. On SQLite (500 articles per transaction) and on
/// PostgreSQL (50 per transaction, written by the batch writer in a few statements per table).
/// </summary>
[Collection(BundledGazetteerCollection.Name)]
public class CrashSafetyTests(BundledGazetteer fixture)
{
    private const int Total = 2000;

    /// <summary>Files of the seeds' paragraphs stored and one appearance each counts as one landed file (issue 19).</summary>
    private const string Landed = "SELECT (SELECT COUNT(*) FROM articles) + (SELECT COUNT(*) FROM article_appearances)";

    /// <summary>Checks that hold for whole articles: each stored article has its place mentions, every event has its source.</summary>
    private static readonly string[] Orphans =
    [
        "SELECT COUNT(*) FROM articles a WHERE NOT EXISTS (SELECT 1 FROM place_mentions m WHERE m.article_id = a.id)",
        "SELECT COUNT(*) FROM events e WHERE NOT EXISTS (SELECT 1 FROM event_sources s WHERE s.event_id = e.id)",
        "SELECT COUNT(*) FROM event_sources s WHERE NOT EXISTS (SELECT 1 FROM articles a WHERE a.id = s.article_id)",
    ];

    [Fact]
    public async Task KilledIngest_LeavesOnlyWholeArticles_AndARerunCompletesTheBatch()
    {
        var folder = Directory.CreateTempSubdirectory("mapdash-crash-").FullName;
        try
        {
            var db = Path.Combine(folder, "store.db");
            async Task<long> Count(string sql)
            {
                // A fresh, unpooled connection each time, so every look sees the latest commit of the other process.
                await using var connection = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={db};Mode=ReadOnly;Pooling=False");
                await connection.OpenAsync();
                return await connection.ExecuteScalarAsync<long>(sql);
            }
            async Task<bool> Started() => File.Exists(db)
                && await Count("SELECT COUNT(*) FROM sqlite_master WHERE name = 'articles'") > 0
                && await Count("SELECT COUNT(*) FROM articles") > 0;

            var landed = await KillThenRerunAsync(folder, db, Started, Count, async () =>
            {
                Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
                await using var connection = await new SqliteConnectionFactory(db).OpenAsync();
                Assert.Equal("ok", await connection.ExecuteScalarAsync<string>("PRAGMA integrity_check"));
                return connection;
            });
            Assert.True(landed >= 1);
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public async Task KilledIngestIntoPostgres_LeavesOnlyWholeArticles_AndARerunCompletesTheBatch()
    {
        await using var postgres = await PostgresTestDatabase.CreateAsync("mdcrash");
        var server = new NpgsqlConnectionStringBuilder(postgres.ConnectionString);
        var url = $"postgres://{server.Username}@{server.Host}:{server.Port}/{postgres.Name}";
        var folder = Directory.CreateTempSubdirectory("mapdash-crash-pg-").FullName;
        try
        {
            async Task<long> Count(string sql)
            {
                await using var connection = new NpgsqlConnection(postgres.ConnectionString);
                await connection.OpenAsync();
                return await connection.ExecuteScalarAsync<long>(sql);
            }
            async Task<bool> Started() => await Count("SELECT COUNT(*) FROM pg_tables WHERE schemaname = 'public' AND tablename = 'articles'") > 0
                && await Count("SELECT COUNT(*) FROM articles") > 0;

            var landed = await KillThenRerunAsync(folder, url, Started, Count, async () =>
            {
                // Whatever the killed process held (its session, its open transaction) is gone once its backend ends;
                // a new connection sees only committed batches.
                NpgsqlConnection.ClearAllPools();
                var connection = new NpgsqlConnection(postgres.ConnectionString);
                await connection.OpenAsync();
                return connection;
            });
            Assert.True(landed >= 1);
        }
        finally
        {
            NpgsqlConnection.ClearAllPools();
            Directory.Delete(folder, recursive: true);
        }
    }

    /// <summary>
    /// Writes <see cref="Total"/> articles, starts an ingest of them into <paramref name="store"/> in its own process, kills
    /// it once the first article has landed, checks the store holds only whole articles, and re-runs the ingest in process:
    /// it must add exactly the rest. Returns how many had landed before the kill.
    /// </summary>
    private async Task<long> KillThenRerunAsync(string folder, string store, Func<Task<bool>> started, Func<string, Task<long>> count,
        Func<Task<DbConnection>> openChecked)
    {
        var articles = Path.Combine(folder, "articles");
        Directory.CreateDirectory(articles);
        var sentences = Directory.GetFiles(fixture.Layout.Seeds).Order(StringComparer.Ordinal)
            .SelectMany(f => File.ReadAllText(f).Split('\n')).Where(l => l.Length > 60 && !l.StartsWith('#')).Distinct().ToArray();
        var random = new Random(5);
        for (var i = 0; i < Total; i++)
        {
            var body = string.Join("\n\n", Enumerable.Range(0, random.Next(6, 14)).Select(_ => sentences[random.Next(sentences.Length)]));
            File.WriteAllText(Path.Combine(articles, $"report-{i:D3}.txt"), $"Report {i}: fighting in northern Syria\n\nJanuary {1 + (i % 28)}, 2018\n\n{body}\n");
        }
        // The CLI as its own project built it (same configuration as this test): the copy beside the tests comes with
        // their dependency resolution (they use the ASP.NET Core shared framework, which the CLI does not).
        var testBin = new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar));
        var cli = Path.Combine(fixture.Layout.Root, "src", "MapDashboard.Cli", "bin", testBin.Parent!.Name, testBin.Name, "mapdash.dll");
        Assert.True(File.Exists(cli), $"build the solution first: {cli} is missing");
        string trace;

        using (var process = Process.Start(new ProcessStartInfo("dotnet", ["exec", cli, "ingest", articles, "--db", store])
        {
            // Output is not redirected: an undrained pipe would stall the process, and reading it would wait for the end.
            RedirectStandardOutput = false, RedirectStandardError = false, UseShellExecute = false,
            Environment = { ["MAPDASH_ROOT"] = fixture.Layout.Root },
        })!)
        {
            // Wait until the batch is under way (its first article has landed: before that the process loads the place
            // index and warms up, which takes seconds on a loaded machine), then kill the process outright (SIGKILL: no
            // clean-up runs) while it is writing. The whole batch takes tens of seconds.
            var watch = Stopwatch.StartNew();
            while (watch.Elapsed < TimeSpan.FromSeconds(90) && !process.HasExited && !await started())
            {
                await Task.Delay(50);
            }
            await Task.Delay(TimeSpan.FromMilliseconds(500));
            Assert.False(process.HasExited, $"the ingest ended (exit code {(process.HasExited ? process.ExitCode : 0)}) before it could be killed");
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
            trace = $"killed after {watch.ElapsedMilliseconds} ms, exit code {process.ExitCode}";
        }

        // The files are made of a small pool of paragraphs, so many are excerpts of others: they land as appearances of
        // the stored article they repeat (issue 19), each file once either way.
        var landed = await count(Landed);
        Assert.True(landed is >= 1 and < Total, $"{landed} articles and appearances after the kill; {trace}");
        await using (var connection = await openChecked())
        {
            foreach (var orphans in Orphans)
            {
                Assert.True(await connection.ExecuteScalarAsync<long>(orphans) == 0, $"{orphans} is not 0 after the kill; {trace}");
            }
        }

        var output = new StringWriter();
        var errors = new StringWriter();
        Assert.True(await CliApp.RunAsync(["ingest", articles, "--db", store], output, errors) == 0, errors.ToString());
        Assert.Matches($"^\\d+ added, 0 re-processed, {landed} unchanged, 0 skipped", output.ToString());
        Assert.Equal(Total, await count(Landed));
        Assert.Equal(Total, await count("SELECT COUNT(*) FROM (SELECT source FROM articles UNION SELECT source FROM article_appearances) s"));
        return landed;
    }
}
