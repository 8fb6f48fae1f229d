using Dapper;
using MapDashboard.Cli.Commands;
using MapDashboard.Data;

namespace MapDashboard.Cli.Tests;

/// <summary>Issue 18.1: geoparse and ingest on several workers give exactly what one worker gives, in the same order.</summary>
[Collection(BundledGazetteerCollection.Name)]
public class ParallelRunTests(BundledGazetteer fixture)
{
    /// <summary>A folder of articles: the seeds and the composed articles under several names, a copy of one, and a bad file.</summary>
    private string Corpus()
    {
        var folder = Directory.CreateTempSubdirectory("mapdash-parallel-").FullName;
        var sources = Directory.GetFiles(fixture.Layout.Seeds).Concat(Directory.GetFiles(Path.Combine(fixture.Layout.Root, "tests", "data", "composed"))).ToList();
        for (var round = 0; round < 3; round++)
        {
            foreach (var source in sources)
            {
                // Each round differs in one line, so every file is its own article; the last round repeats the first's content.
                var text = File.ReadAllText(source) + (round < 2 ? $"\n\nEdition {round}.\n" : "\n\nEdition 0.\n");
                File.WriteAllText(Path.Combine(folder, $"r{round}-{Path.GetFileName(source)}"), text);
            }
        }
        File.WriteAllBytes(Path.Combine(folder, "r1-zz-binary.txt"), [0x50, 0x00, 0x4B]);
        return folder;
    }

    private static Task<(int Code, string Out, string Err)> RunAsync(params string[] args) => CliRun.RunAsync(args);

    [Fact]
    public async Task Geoparse_OnFourJobs_PrintsExactlyWhatOneJobPrints()
    {
        var folder = Corpus();
        try
        {
            var one = await RunAsync("geoparse", folder, "--json", "--jobs", "1");
            var four = await RunAsync("geoparse", folder, "--json", "--jobs", "4");

            Assert.Equal(0, one.Code);
            Assert.Equal(one.Out, four.Out);
            Assert.Equal(one.Err, four.Err);
            Assert.Equal(Directory.GetFiles(folder).Length - 1, one.Out.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length);
            Assert.Contains("r1-zz-binary.txt", one.Err);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public async Task Ingest_OnFourJobs_StoresExactlyWhatOneJobStores_IdsIncluded()
    {
        var folder = Corpus();
        try
        {
            var stores = Directory.CreateTempSubdirectory("mapdash-parallel-stores-").FullName;
            var oneDb = Path.Combine(stores, "one.db");
            var fourDb = Path.Combine(stores, "four.db");

            var one = await RunAsync("ingest", folder, "--db", oneDb, "--jobs", "1");
            var four = await RunAsync("ingest", folder, "--db", fourDb, "--jobs", "4");

            Assert.Equal(0, one.Code);
            Assert.Equal(one.Out.Split(" stored in ")[0], four.Out.Split(" stored in ")[0]);
            Assert.Contains(" unchanged, 1 skipped", one.Out);
            Assert.DoesNotContain(" 0 unchanged", one.Out);
            Assert.Equal(await DumpAsync(oneDb), await DumpAsync(fourDb));
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            Directory.Delete(stores, recursive: true);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Theory]
    [InlineData("geoparse", "0")]
    [InlineData("ingest", "-2")]
    [InlineData("geoparse", "100000")]
    public async Task Jobs_OutOfRange_IsRefusedWithExitCode2(string verb, string jobs)
    {
        var (code, _, err) = await RunAsync(verb, fixture.Layout.Seeds, "--jobs", jobs);

        Assert.Equal(2, code);
        Assert.Contains($"{verb}: --jobs must be between 1 and {JobsOption.Max}, not {jobs}", err);
    }

    [Fact]
    public void RateLine_SaysDoneRateElapsedAndTimeLeft()
    {
        Assert.Equal("1200/10000, 300/s, 0:00:04 elapsed, about 0:00:30 left", ProgressDisplay.RateLine(1200, 10000, TimeSpan.FromSeconds(4)));
        Assert.Equal("0/10, 0/s, 0:00:00 elapsed, time left unknown", ProgressDisplay.RateLine(0, 10, TimeSpan.Zero));
    }

    private static async Task<string> DumpAsync(string db)
    {
        await using var connection = await new SqliteConnectionFactory(db).OpenAsync();
        var articles = await connection.QueryAsync<string>("SELECT id || ' ' || source || ' ' || content_hash FROM articles ORDER BY id");
        var mentions = await connection.QueryAsync<string>("SELECT id || ' ' || article_id || ' ' || start_offset || ' ' || COALESCE(place_id, '-') FROM place_mentions ORDER BY id");
        var events = await connection.QueryAsync<string>("SELECT id || ' ' || sub_type || ' ' || COALESCE(place_id, '-') || ' ' || COALESCE(date_start, '-') FROM events ORDER BY id");
        var sources = await connection.QueryAsync<string>("SELECT event_id || ' ' || article_id || ' ' || excerpt_start FROM event_sources ORDER BY event_id, article_id, excerpt_start");
        return string.Join('\n', articles.Concat(mentions).Concat(events).Concat(sources));
    }
}
