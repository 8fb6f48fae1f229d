using MapDashboard.Data;
using MapDashboard.Data.Store;

namespace MapDashboard.Cli.Tests;

[Collection(BundledGazetteerCollection.Name)]
public class ImportCommandTests(BundledGazetteer fixture)
{
    private string Fixture => Path.Combine(fixture.Layout.Root, "tests", "data", "acled", "syria-2017-01.csv");

    [Fact]
    public async Task ImportAcled_PrintsCountsAndLineErrors_ExitsZero_AndAgainChangesNothing()
    {
        var folder = Directory.CreateTempSubdirectory("mapdash-import-").FullName;
        try
        {
            var db = Path.Combine(folder, "store.db");
            var file = Path.Combine(folder, "acled.csv");
            File.WriteAllText(file, File.ReadAllText(Fixture) + "SYR90099,32 January 2017,2017,1,Political violence,Battles,Armed clash,A,,2,B,,1,12,,760,Middle East,Syria,Homs,Homs,Homs,Homs,34.7,36.7,1,X,Other,bad day,0,,1\n");

            var output = new StringWriter();
            var errors = new StringWriter();
            Assert.Equal(0, await CliApp.RunAsync(["import", "acled", file, "--db", db], output, errors));
            var again = new StringWriter();
            Assert.Equal(0, await CliApp.RunAsync(["import", "acled", file, "--db", db], again, new StringWriter()));

            Assert.Contains("acled.csv: 6 imported, 0 updated, 0 unchanged, 1 skipped", output.ToString());
            Assert.Equal("acled.csv:9: event_date '32 January 2017' is not a date (yyyy-MM-dd or '30 January 2017')", errors.ToString().Trim());
            Assert.Contains("acled.csv: 0 imported, 0 updated, 6 unchanged, 1 skipped", again.ToString());
            Assert.Equal(6, await new ImportedEventQueries(new SqliteConnectionFactory(db, readOnly: true)).CountAsync(new ImportedEventQuery()));
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public async Task ImportAcled_OfOurOwnExport_GivesBackEveryEvent_AndAnUnreadableFileExitsOne()
    {
        var folder = Directory.CreateTempSubdirectory("mapdash-import-").FullName;
        try
        {
            var db = Path.Combine(folder, "store.db");
            var csv = Path.Combine(folder, "events.csv");
            Assert.Equal(0, await CliApp.RunAsync(["ingest", fixture.Layout.Seeds, "--db", db], new StringWriter(), new StringWriter()));
            Assert.Equal(0, await CliApp.RunAsync(["export", "--format", "csv", "--from", "2010-01-01", "--to", "2030-12-31", "--db", db, "--out", csv], new StringWriter(), new StringWriter()));

            var output = new StringWriter();
            Assert.Equal(0, await CliApp.RunAsync(["import", "acled", csv, "--db", db], output, new StringWriter()));
            var missing = new StringWriter();
            Assert.Equal(1, await CliApp.RunAsync(["import", "acled", Path.Combine(folder, "nowhere.csv"), "--db", db], new StringWriter(), missing));
            var notAcled = Path.Combine(folder, "notes.txt");
            File.WriteAllText(notAcled, "just some notes\n");
            var wrong = new StringWriter();
            Assert.Equal(1, await CliApp.RunAsync(["import", "acled", notAcled, "--db", db], new StringWriter(), wrong));

            var events = await new EventQueries(new SqliteConnectionFactory(db, readOnly: true)).FindAsync(new EventQuery { From = new DateOnly(2010, 1, 1), To = new DateOnly(2030, 12, 31) });
            var located = events.Where(e => e.Lat is not null).ToList();
            Assert.NotEmpty(located);
            // Events the pipeline could not place are exported without coordinates: the import reports and skips them.
            Assert.Contains($"events.csv: {located.Count} imported, 0 updated, 0 unchanged, {events.Count - located.Count} skipped", output.ToString());
            var imported = await new ImportedEventQueries(new SqliteConnectionFactory(db, readOnly: true)).FindAsync(new ImportedEventQuery());
            Assert.Equal(located.Select(e => (Math.Round(e.Lat!.Value, 5), Math.Round(e.Lon!.Value, 5))).Order(), imported.Select(i => (i.Lat, i.Lon)).Order());
            Assert.Contains("nowhere.csv: cannot be read", missing.ToString());
            Assert.Contains("notes.txt: not an ACLED-format CSV", wrong.ToString());
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            Directory.Delete(folder, recursive: true);
        }
    }
}
