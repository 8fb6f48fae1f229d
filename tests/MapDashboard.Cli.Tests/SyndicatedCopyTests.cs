using Dapper;
using MapDashboard.Data;
using MapDashboard.Tests.Shared;

namespace MapDashboard.Cli.Tests;

/// <summary>
/// Issue #19's done-when: a republished copy of a seed under another outlet's header is one report with two appearances;
/// a page that repeats its own body (seed 004) is parsed once.
/// </summary>
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

    [Fact]
    public async Task Seed004_ThatRepeatsItsOwnBody_IsParsedOnce_AsTheSamePageWithoutTheRepeat()
    {
        var folder = Directory.CreateTempSubdirectory("mapdash-repeat-").FullName;
        try
        {
            var seed = Directory.GetFiles(fixture.Layout.Seeds, "004_*.txt").Single();
            var lines = File.ReadAllLines(seed);
            // The page without its repeat: each paragraph the first time it is written.
            var seen = new HashSet<string>(StringComparer.Ordinal);
            var once = lines.Where(l => l.Trim().Length < 30 || seen.Add(l.Trim())).ToList();
            Assert.True(lines.Length - once.Count >= 10, "seed 004 no longer repeats its body");
            var single = Path.Combine(folder, "004-once.txt");
            File.WriteAllLines(single, once);

            var repeated = await GeoparseAsync(seed);
            var plain = await GeoparseAsync(single);

            var events = repeated.GetProperty("events");
            Assert.True(events.GetArrayLength() > 0);
            Assert.Equal(plain.GetProperty("events").GetArrayLength(), events.GetArrayLength());
            Assert.Equal(plain.GetProperty("places").GetArrayLength(), repeated.GetProperty("places").GetArrayLength());
            // No sentence of the repeated body is the source of two events of one kind.
            var excerpts = events.EnumerateArray().Select(e => e.ToString()).ToList();
            Assert.Equal(excerpts.Count, excerpts.Distinct().Count());
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private static async Task<System.Text.Json.JsonElement> GeoparseAsync(string file)
    {
        var output = new StringWriter();
        Assert.Equal(0, await CliApp.RunAsync(["geoparse", file, "--json", "--published", "2018-01-08"], output, new StringWriter()));
        return System.Text.Json.JsonDocument.Parse(output.ToString()).RootElement;
    }
}
