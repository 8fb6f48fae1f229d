using System.Diagnostics;
using Dapper;
using MapDashboard.Data;

namespace MapDashboard.Cli.Tests;

/// <summary>
/// An ingest killed with SIGKILL mid-batch leaves a store that opens, passes SQLite's integrity check and holds only
/// whole articles; ingesting the batch again completes it without duplicates.
/// </summary>
[Collection(BundledGazetteerCollection.Name)]
public class CrashSafetyTests(BundledGazetteer fixture)
{
    private static async Task<long> CountAsync(string db, string sql)
    {
        // A fresh, unpooled connection each time, so every look sees the latest commit of the other process.
        await using var connection = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={db};Mode=ReadOnly;Pooling=False");
        await connection.OpenAsync();
        return await connection.ExecuteScalarAsync<long>(sql);
    }

    [Fact]
    public async Task KilledIngest_LeavesOnlyWholeArticles_AndARerunCompletesTheBatch()
    {
        var folder = Directory.CreateTempSubdirectory("mapdash-crash-").FullName;
        try
        {
            var articles = Path.Combine(folder, "articles");
            Directory.CreateDirectory(articles);
            var sentences = Directory.GetFiles(fixture.Layout.Seeds).Order(StringComparer.Ordinal)
                .SelectMany(f => File.ReadAllText(f).Split('\n')).Where(l => l.Length > 60 && !l.StartsWith('#')).Distinct().ToArray();
            var random = new Random(5);
            const int total = 2000;
            for (var i = 0; i < total; i++)
            {
                var body = string.Join("\n\n", Enumerable.Range(0, random.Next(6, 14)).Select(_ => sentences[random.Next(sentences.Length)]));
                File.WriteAllText(Path.Combine(articles, $"report-{i:D3}.txt"), $"Report {i}: fighting in northern Syria\n\nJanuary {1 + (i % 28)}, 2018\n\n{body}\n");
            }
            var db = Path.Combine(folder, "store.db");
            // The CLI as its own project built it (same configuration as this test): the copy beside the tests comes with
            // their dependency resolution (they use the ASP.NET Core shared framework, which the CLI does not).
            var testBin = new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar));
            var cli = Path.Combine(fixture.Layout.Root, "src", "MapDashboard.Cli", "bin", testBin.Parent!.Name, testBin.Name, "mapdash.dll");
            Assert.True(File.Exists(cli), $"build the solution first: {cli} is missing");
            var trace = "";

            using (var process = Process.Start(new ProcessStartInfo("dotnet", ["exec", cli, "ingest", articles, "--db", db])
            {
                // Output is not redirected: an undrained pipe would stall the process, and reading it would wait for the end.
                RedirectStandardOutput = false, RedirectStandardError = false, UseShellExecute = false,
                Environment = { ["MAPDASH_ROOT"] = fixture.Layout.Root },
            })!)
            {
                // Wait until the batch is under way (its first article has landed: before that the process loads the
                // place index and warms up, which takes seconds on a loaded machine), then kill the process outright
                // (SIGKILL: no clean-up runs) while it is writing. The whole batch takes tens of seconds.
                var watch = Stopwatch.StartNew();
                while (watch.Elapsed < TimeSpan.FromSeconds(90) && !process.HasExited
                       && !(File.Exists(db) && await CountAsync(db, "SELECT COUNT(*) FROM sqlite_master WHERE name = 'articles'") > 0
                            && await CountAsync(db, "SELECT COUNT(*) FROM articles") > 0))
                {
                    await Task.Delay(50);
                }
                await Task.Delay(TimeSpan.FromMilliseconds(500));
                Assert.False(process.HasExited, $"the ingest ended (exit code {(process.HasExited ? process.ExitCode : 0)}) before it could be killed");
                process.Kill(entireProcessTree: true);
                await process.WaitForExitAsync();
                trace = $"killed after {watch.ElapsedMilliseconds} ms, exit code {process.ExitCode}";
            }
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();

            // The files are made of a small pool of paragraphs, so many are excerpts of others: they land as appearances of
            // the stored article they repeat (issue 19), each file once either way.
            const string Landed = "SELECT (SELECT COUNT(*) FROM articles) + (SELECT COUNT(*) FROM article_appearances)";
            var landed = await CountAsync(db, Landed);
            Assert.True(landed is >= 1 and < total, $"{landed} articles and appearances after the kill; {trace}");
            await using (var connection = await new SqliteConnectionFactory(db).OpenAsync())
            {
                Assert.Equal("ok", await connection.ExecuteScalarAsync<string>("PRAGMA integrity_check"));
                // Whole articles only: each stored article has its place mentions, and every event has its source.
                Assert.Equal(0, await connection.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM articles a WHERE NOT EXISTS (SELECT 1 FROM place_mentions m WHERE m.article_id = a.id)"));
                Assert.Equal(0, await connection.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM events e WHERE NOT EXISTS (SELECT 1 FROM event_sources s WHERE s.event_id = e.id)"));
                Assert.Equal(0, await connection.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM event_sources s WHERE NOT EXISTS (SELECT 1 FROM articles a WHERE a.id = s.article_id)"));
            }
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();

            var output = new StringWriter();
            Assert.Equal(0, await CliApp.RunAsync(["ingest", articles, "--db", db], output, new StringWriter()));
            Assert.Matches($"^\\d+ added, 0 re-processed, {landed} unchanged, 0 skipped", output.ToString());
            Assert.Equal(total, await CountAsync(db, Landed));
            Assert.Equal(total, await CountAsync(db, "SELECT COUNT(*) FROM (SELECT source FROM articles UNION SELECT source FROM article_appearances)"));
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            Directory.Delete(folder, recursive: true);
        }
    }
}
