using MapDashboard.Data;

namespace MapDashboard.Cli.Tests;

/// <summary>Every command that loads the place index says plainly that the gazetteer it was given is missing, and exits 1.</summary>
public class MissingGazetteerTests
{
    public static TheoryData<string> Commands => ["geoparse", "ingest", "eval", "eval acled", "feeds poll"];

    [Theory]
    [MemberData(nameof(Commands))]
    public async Task AMissingGazetteer_IsACleanError_NotAStackTrace(string command)
    {
        using var dir = new TempFolder("mapdash-nogaz-");
        var missing = dir["no-such-gazetteer.db"];
        var root = RepositoryLayout.Discover()!.Root;
        var seed = Directory.GetFiles(Path.Combine(root, "seeds")).Order(StringComparer.Ordinal).First();
        var acled = dir["rows.csv"];
        await File.WriteAllTextAsync(acled, "event_id_cnty,event_date,notes\nX1,2018-03-04,Government forces shelled Saraqib.\n");
        string[] args = command switch
        {
            "geoparse" => ["geoparse", seed],
            "ingest" => ["ingest", seed, "--db", dir["s.db"]],
            "eval" => ["eval", Path.Combine(root, "tests", "data", "gold", "seeds.jsonl")],
            "eval acled" => ["eval", "acled", acled],
            _ => ["feeds", "poll", "--db", dir["s.db"]],
        };

        var (code, _, err) = await CliRun.RunAsync([.. args, "--gazetteer", missing]);

        Assert.Equal(1, code);
        Assert.Contains("no-such-gazetteer.db", err);
        Assert.Contains("gazetteer build", err);
    }
}
