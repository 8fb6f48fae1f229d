using Dapper;
using MapDashboard.Data;
using MapDashboard.Tests.Shared;

namespace MapDashboard.Cli.Tests;

/// <summary>Issue #19's done-when: a republished copy of a seed under another outlet's header is one report with two appearances.</summary>
[Collection(BundledGazetteerCollection.Name)]
public class SyndicatedCopyTests(BundledGazetteer fixture)
{
    [Fact]
    public async Task Seed000AndItsCopyUnderAnotherOutlet_OneReportTwoAppearances_EventCountsUnchanged()
    {
        var folder = Directory.CreateTempSubdirectory("mapdash-copy-").FullName;
        try
        {
            var seed = Directory.GetFiles(fixture.Layout.Seeds, "000_*.txt").Single();
            var original = File.ReadAllText(seed);
            // The same report under the original publisher's own header: its name and its own date in place of the republisher's line.
            var header = original.Split('\n').First(l => l.StartsWith("Global Research,", StringComparison.Ordinal));
            Assert.NotEqual(original, original.Replace(header, "South Front, January 30, 2017", StringComparison.Ordinal));
            var copy = Path.Combine(folder, "copy.txt");
            File.WriteAllText(copy, original.Replace(header, "South Front, January 30, 2017", StringComparison.Ordinal));
            var db = Path.Combine(folder, "store.db");

            Assert.Equal(0, await CliApp.RunAsync(["ingest", seed, "--db", db], new StringWriter(), new StringWriter()));
            await using var connection = await new SqliteConnectionFactory(db).OpenAsync();
            var events = await connection.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM events");
            var sources = await connection.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM event_sources");
            var output = new StringWriter();
            Assert.Equal(0, await CliApp.RunAsync(["ingest", copy, "--db", db], output, new StringWriter()));

            Assert.Contains("1 copies of stored articles", output.ToString());
            Assert.Equal(1L, await connection.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM articles"));
            Assert.Equal(1L, await connection.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM article_appearances"));
            Assert.Equal(events, await connection.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM events"));
            Assert.Equal(sources, await connection.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM event_sources"));
            Assert.True(events > 0);
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            Directory.Delete(folder, recursive: true);
        }
    }
}
