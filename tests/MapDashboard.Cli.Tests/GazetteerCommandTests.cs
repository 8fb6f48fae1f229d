using MapDashboard.Tests.Shared;

namespace MapDashboard.Cli.Tests;

public class GazetteerCommandTests
{
    private static Task<(int Code, string Out, string Err)> RunAsync(params string[] args) => CliRun.RunAsync(args);

    [Fact]
    public async Task BuildTo_UnreachableServer_FailsBeforeBuilding()
    {
        var folder = Directory.CreateTempSubdirectory("mapdash-cli-").FullName;
        var db = Path.Combine(folder, "gazetteer.db");
        try
        {
            var (code, _, err) = await RunAsync("gazetteer", "build", "--db", db, "--to", "postgres://nobody@127.0.0.1:1/nothing?Timeout=3");

            Assert.Equal(1, code);
            Assert.Contains("Cannot reach PostgreSQL at postgres://127.0.0.1:1/nothing", err);
            Assert.False(File.Exists(db));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public async Task BuildTo_NotAPostgresLocation_SaysWhatItExpects()
    {
        var (code, _, err) = await RunAsync("gazetteer", "build", "--to", "postgres://:5432");

        Assert.Equal(1, code);
        Assert.Contains("--to expects a postgres://", err);
    }

    [Fact]
    public async Task LookupDb_PostgresWithoutAGazetteer_SaysHowToFillIt()
    {
        await using var database = await PostgresTestDatabase.CreateAsync("mdcli");

        var (code, _, err) = await RunAsync("gazetteer", "lookup", "Idlib", "--db", database.ConnectionString);

        Assert.Equal(1, code);
        Assert.Contains("holds no gazetteer", err);
        Assert.Contains("gazetteer build --to", err);
    }

    [Fact]
    public async Task Fold_PrintsTheKeysTheBuildStores()
    {
        var (code, output, _) = await RunAsync("gazetteer", "fold", "Tell al-Idlib", "Edleb");

        Assert.Equal(0, code);
        var lines = output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal($"Tell al-Idlib\t{Core.Gazetteer.NameFolding.Fold("Tell al-Idlib")}\t{Core.Gazetteer.NameFolding.Skeleton("Tell al-Idlib")}", lines[0].TrimEnd('\r'));
        Assert.Equal(Core.Gazetteer.NameFolding.Skeleton("Idlib"), lines[1].TrimEnd('\r').Split('\t')[2]);
    }

    [Fact]
    public async Task Fold_WithoutNames_SaysWhatItNeeds()
    {
        var (code, _, err) = await RunAsync("gazetteer", "fold");

        Assert.Equal(1, code);
        Assert.Contains("give names", err);
    }
}
