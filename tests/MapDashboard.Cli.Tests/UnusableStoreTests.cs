namespace MapDashboard.Cli.Tests;

/// <summary>
/// A --db that is not a SQLite database, and an --out the export cannot write, are the user's to fix: one line saying
/// what and where, exit code 1, nothing left half-written; never a stack trace.
/// </summary>
[Collection(BundledGazetteerCollection.Name)]
public class UnusableStoreTests(BundledGazetteer fixture)
{
    public static TheoryData<string> Commands => ["ingest", "export", "feeds list", "import acled"];

    [Theory]
    [MemberData(nameof(Commands))]
    public async Task AFileThatIsNotADatabase_IsACleanError_AndIsLeftAlone(string command)
    {
        using var dir = new TempFolder("mapdash-notadb-");
        var notADatabase = dir["notes.db"];
        var bytes = "these are an analyst's notes, not a database\n"u8.ToArray();
        await File.WriteAllBytesAsync(notADatabase, bytes);
        var acled = dir["rows.csv"];
        await File.WriteAllTextAsync(acled, "event_date,event_type,latitude,longitude\n2018-03-04,Battles,35.8,36.6\n");
        var seed = Directory.GetFiles(fixture.Layout.Seeds).Order(StringComparer.Ordinal).First();
        string[] args = command switch
        {
            "ingest" => ["ingest", seed],
            "export" => ["export", "--format", "csv", "--out", dir["out.csv"]],
            "feeds list" => ["feeds", "list"],
            _ => ["import", "acled", acled],
        };

        var (code, _, err) = await CliRun.RunAsync([.. args, "--db", notADatabase]);

        Assert.Equal(1, code);
        Assert.Contains($"cannot use the SQLite store at {notADatabase}", err);
        Assert.Equal(bytes, await File.ReadAllBytesAsync(notADatabase));
        Assert.False(File.Exists(dir["out.csv.partial"]));
    }

    [Fact]
    public async Task AnExportIntoAFolderThatDoesNotExist_SaysSo_AndLeavesNoPartialFile()
    {
        using var dir = new TempFolder("mapdash-exportdir-");
        var store = dir["s.db"];
        var seed = Directory.GetFiles(fixture.Layout.Seeds).Order(StringComparer.Ordinal).First();
        Assert.Equal(0, (await CliRun.RunAsync("ingest", seed, "--db", store)).Code);
        var output = Path.Combine(dir["no-such-folder"], "events.csv");

        var (code, _, err) = await CliRun.RunAsync("export", "--format", "csv", "--db", store, "--out", output);

        Assert.Equal(1, code);
        Assert.Contains($"export: cannot write {output}", err);
        Assert.False(Directory.Exists(Path.GetDirectoryName(output)));
    }

    [Theory]
    [InlineData("lookup")]
    [InlineData("import csv")]
    public async Task AGazetteerFileThatIsNotADatabase_IsACleanError(string command)
    {
        using var dir = new TempFolder("mapdash-notagaz-");
        var notADatabase = dir["places.db"];
        await File.WriteAllTextAsync(notADatabase, "a list of places typed by hand\n");
        var places = dir["mine.csv"];
        await File.WriteAllTextAsync(places, "name,alternate_names,lat,lon,type,source\nTall Qirmiz,,36.41,40.12,hill,survey notes\n");
        string[] args = command == "lookup" ? ["gazetteer", "lookup", "Qirmiz"] : ["gazetteer", "import", "csv", places];

        var (code, _, err) = await CliRun.RunAsync([.. args, "--gazetteer", notADatabase]);

        Assert.Equal(1, code);
        Assert.Contains($"cannot use the gazetteer at {notADatabase}", err);
    }
}
