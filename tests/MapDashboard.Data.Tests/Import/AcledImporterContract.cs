using System.Text;
using Dapper;
using MapDashboard.Data.Import;
using MapDashboard.Data.Store;
using MapDashboard.Data.Tests.Contract;

namespace MapDashboard.Data.Tests.Import;

/// <summary>ACLED imports: the same tests on SQLite and on PostgreSQL (the classes at the end).</summary>
public abstract class AcledImporterContract
{
    /// <summary>The engine the tests run on.</summary>
    protected abstract StoreProvider Provider { get; }

    private static string Fixture => Path.Combine(RepositoryLayout.Discover()!.Root, "tests", "data", "acled", "syria-2017-01.csv");

    private static Task<ImportReport> ImportTextAsync(TestStore db, string csv, string name = "test.csv") =>
        new AcledImporter(db.Factory).ImportAsync(new MemoryStream(Encoding.UTF8.GetBytes(csv)), name);

    private static ImportedEventQueries Queries(TestStore db) => new(db.ReadOnlyFactory);

    [Fact]
    public async Task RealAcledExport_ImportsEveryRow_WithItsFields()
    {
        await using var db = await TestStore.CreateAsync(Provider);

        var report = await new AcledImporter(db.Factory).ImportFileAsync(Fixture);

        Assert.Equal("syria-2017-01.csv", report.File);
        Assert.Equal(6, report.Imported);
        Assert.Empty(report.Errors);
        var events = await Queries(db).FindAsync(new ImportedEventQuery());
        Assert.Equal(["SYR90001", "SYR90002", "SYR90003", "SYR90004", "SYR90005", "SYR90006"], events.Select(e => e.EventId).Order(StringComparer.Ordinal));
        var dumayr = events.Single(e => e.EventId == "SYR90001");
        Assert.Equal("2017-01-27", dumayr.EventDate);
        Assert.Equal(("Battles", "Armed clash"), (dumayr.Type, dumayr.SubType));
        Assert.Equal(("Islamic State (Syria)", "Military Forces of Syria (2000-2024)"), (dumayr.Actor1, dumayr.Actor2));
        Assert.Equal(("Syria", "Rural Damascus", "Duma", "Dumayr"), (dumayr.Country, dumayr.Admin1, dumayr.Admin2, dumayr.Location));
        Assert.Equal((33.6439, 36.6938), (dumayr.Lat, dumayr.Lon));
        Assert.Equal((2L, 4L, 1L), (dumayr.GeoPrecision, dumayr.Fatalities, dumayr.TimePrecision));
        Assert.Equal(("acled", 2L), (dumayr.Dataset, dumayr.Line));
        Assert.Contains("near Dumayr and seized several army checkpoints", dumayr.Notes);
        // A quoted note with escaped quotes, a comma and a line break; the rows after it keep their own line numbers.
        var deir = events.Single(e => e.EventId == "SYR90003");
        Assert.Equal("On 29 January 2017, Russian aircraft carried out \"between 20 and 30\" air strikes on IS positions in the city.\nFatalities unknown, coded as 0.", deir.Notes);
        Assert.Equal("South Front; SANA", deir.Source);
        Assert.Equal(4L, deir.Line);
        Assert.Equal(6L, events.Single(e => e.EventId == "SYR90004").Line);
        Assert.Equal("Euphrates Shield", events.Single(e => e.EventId == "SYR90005").AssocActor2);
    }

    [Fact]
    public async Task IsoDates_AnyColumnOrder_AnyHeaderCase_UnknownColumnsIgnored_AndIdsFromTheLine()
    {
        await using var db = await TestStore.CreateAsync(Provider);
        const string csv = """
            LONGITUDE,Latitude,Event_Type,EVENT_DATE,Location,something_else,Sub_Event_Type
            36.6938,33.6439,Battles,2017-01-27,Dumayr,x,Armed clash
            38.2840,34.5624,Explosions/Remote violence,30 Jan 2017,Tadmur,y,Shelling/artillery/missile attack
            """;

        var first = await ImportTextAsync(db, csv);
        var again = await ImportTextAsync(db, csv);

        Assert.Equal((2L, 0L), (first.Imported, first.Skipped));
        Assert.Equal((0L, 0L, 2L), (again.Imported, again.Updated, again.Unchanged));
        var events = await Queries(db).FindAsync(new ImportedEventQuery());
        Assert.Equal(["2017-01-27", "2017-01-30"], events.Select(e => e.EventDate));
        Assert.Equal((34.5624, 38.2840, "Tadmur"), (events[1].Lat, events[1].Lon, events[1].Location));
        Assert.All(events, e => Assert.Matches("^line-[0-9a-f]{16}$", e.EventId));
        Assert.NotEqual(events[0].EventId, events[1].EventId);
    }

    [Fact]
    public async Task BadRows_AreReportedAsFileLineReason_AndSkipped_TheRestLands()
    {
        await using var db = await TestStore.CreateAsync(Provider);
        const string csv = """
            event_id_cnty,event_date,year,event_type,location,latitude,longitude,notes,fatalities
            SYR1,2017-01-27,2017,Battles,Dumayr,33.6439,36.6938,"two lines,
            of notes",1
            SYR2,31 February 2017,2017,Battles,Dumayr,33.6439,36.6938,bad date,0
            SYR3,2017-01-28,2017,Battles,Dumayr,,36.6938,no latitude,0
            SYR4,2017-01-28,2017,Battles,Dumayr,95.5,36.6938,latitude out of range,0
            SYR5,2017-01-28,2017,Battles,Dumayr,33.6439,east,longitude not a number,0
            SYR6,2017-01-28,2017,Battles,Dumayr,33.6439,36.6938,"quoted"then text,0
            SYR7,2017-01-28,2017,Battles,Dumayr,33.6439,36.6938,an unquoted, comma,0
            SYR8,2017-01-28,2017,,Dumayr,33.6439,36.6938,no type,0
            SYR9,2017-01-28,2016,Battles,Dumayr,33.6439,36.6938,year disagrees,0
            SYR10,2017-01-28,2017,Battles,Dumayr,33.6439,36.6938,negative fatalities,-2
            SYR1,2017-01-29,2017,Battles,Dumayr,33.6439,36.6938,same id again,0
            SYR11,2017-01-30,2017,Battles,Tadmur,34.5624,38.2840,fine,0
            """;

        var report = await ImportTextAsync(db, csv, "mixed.csv");

        Assert.Equal(
        [
            "mixed.csv:4: event_date '31 February 2017' is not a date (yyyy-MM-dd or '30 January 2017')",
            "mixed.csv:5: no latitude",
            "mixed.csv:6: latitude 95.5 is out of range (-90 to 90)",
            "mixed.csv:7: longitude 'east' is not a number",
            "mixed.csv:8: malformed CSV: text after the closing quote of a field",
            "mixed.csv:9: malformed CSV: the row does not have as many fields as the header",
            "mixed.csv:10: no event_type",
            "mixed.csv:11: year '2016' does not match event_date 2017-01-28",
            "mixed.csv:12: fatalities '-2' is not a whole number of at least 0",
            "mixed.csv:13: event SYR1 is already on line 2 of this file",
        ], report.Errors.Select(e => e.ToString()));
        Assert.Equal((2L, 10L), (report.Imported, report.Skipped));
        var stored = await Queries(db).FindAsync(new ImportedEventQuery());
        Assert.Equal(["SYR1", "SYR11"], stored.Select(e => e.EventId));
        Assert.Equal("two lines,\nof notes", stored[0].Notes);
    }

    [Fact]
    public async Task SpreadsheetSavedFile_WithByteOrderMarkAndCrlf_ReadsWithTheSameLines()
    {
        await using var db = await TestStore.CreateAsync(Provider);
        var text = File.ReadAllText(Fixture).ReplaceLineEndings("\r\n") + "SYR90097,2017-01-30,2017,1,,Battles,,,,,,,,,,,,,,,,Tadmur,34.5624,,1,,,,0,,1\r\n";
        var bytes = Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(text)).ToArray();

        var report = await new AcledImporter(db.Factory).ImportAsync(new MemoryStream(bytes), "excel.csv");

        Assert.Equal(6, report.Imported);
        Assert.Equal(["excel.csv:9: no longitude"], report.Errors.Select(e => e.ToString()));
        var deir = (await Queries(db).FindAsync(new ImportedEventQuery())).Single(e => e.EventId == "SYR90003");
        Assert.EndsWith("in the city.\r\nFatalities unknown, coded as 0.", deir.Notes);
        Assert.Equal(4L, deir.Line);
    }

    [Fact]
    public async Task Reimport_UpdatesOnlyChangedRows_NeverDuplicates()
    {
        await using var db = await TestStore.CreateAsync(Provider);
        var importer = new AcledImporter(db.Factory);
        await importer.ImportFileAsync(Fixture);
        var edited = File.ReadAllText(Fixture).Replace(",4,,1700000001", ",5,,1700000099", StringComparison.Ordinal);

        var again = await importer.ImportFileAsync(Fixture);
        var changed = await ImportTextAsync(db, edited, "syria-2017-01-revised.csv");

        Assert.Equal((0L, 0L, 6L), (again.Imported, again.Updated, again.Unchanged));
        Assert.Equal((0L, 1L, 5L), (changed.Imported, changed.Updated, changed.Unchanged));
        Assert.Equal(6, await Queries(db).CountAsync(new ImportedEventQuery()));
        var dumayr = (await Queries(db).FindAsync(new ImportedEventQuery())).Single(e => e.EventId == "SYR90001");
        Assert.Equal((5L, "syria-2017-01-revised.csv"), (dumayr.Fatalities, dumayr.ImportFile));
    }

    [Fact]
    public async Task FileWithoutTheRequiredColumns_IsRefusedWhole()
    {
        await using var db = await TestStore.CreateAsync(Provider);

        var error = await Assert.ThrowsAsync<ImportFileException>(() => ImportTextAsync(db, "event_id_cnty,event_date,event_type,lat,lon\nSYR1,2017-01-01,Battles,33,36\n", "short.csv"));
        var missing = await Assert.ThrowsAsync<ImportFileException>(() => new AcledImporter(db.Factory).ImportFileAsync(Path.Combine(Path.GetTempPath(), "mapdash-nowhere", "nowhere.csv")));

        Assert.Equal("short.csv: not an ACLED-format CSV: no latitude, longitude columns in the header (it needs event_date, event_type, latitude, longitude)", error.Message);
        Assert.StartsWith(Path.Combine(Path.GetTempPath(), "mapdash-nowhere", "nowhere.csv") + ": cannot be read", missing.Message);
    }

    [Fact]
    public async Task Find_FiltersByWindowBoxAndType_LikeTheEventQueries()
    {
        await using var db = await TestStore.CreateAsync(Provider);
        await new AcledImporter(db.Factory).ImportFileAsync(Fixture);
        var queries = Queries(db);

        var window = await queries.FindAsync(new ImportedEventQuery { From = new DateOnly(2017, 1, 29), To = new DateOnly(2017, 1, 29) });
        var damascusArea = await queries.FindAsync(new ImportedEventQuery { Bounds = new BoundingBox(36, 33, 37, 34) });
        var strikes = await queries.FindAsync(new ImportedEventQuery { Types = ["Explosions/Remote violence"] });
        var bySubType = await queries.CountAsync(new ImportedEventQuery { Types = ["Government regains territory"], To = new DateOnly(2017, 1, 30) });
        var nothing = await queries.CountAsync(new ImportedEventQuery { Dataset = "ucdp" });

        Assert.Equal(["SYR90003", "SYR90004"], window.Select(e => e.EventId));
        Assert.Equal(["SYR90001", "SYR90004"], damascusArea.Select(e => e.EventId));
        Assert.Equal(["SYR90003", "SYR90006"], strikes.Select(e => e.EventId));
        Assert.Equal(1, bySubType);
        Assert.Equal(0, nothing);
        Assert.Equal((new DateOnly(2017, 1, 27), new DateOnly(2017, 1, 30)), await queries.GetDateSpanAsync());
        Assert.Equal("SYR90005", (await queries.GetAsync(damascusArea[0].Id + 4))?.EventId);
        Assert.Null(await queries.GetAsync(999));
    }
}

/// <summary>ACLED imports on SQLite.</summary>
public sealed class AcledImporterSqliteTests : AcledImporterContract
{
    protected override StoreProvider Provider => StoreProvider.Sqlite;
}

/// <summary>ACLED imports on PostgreSQL.</summary>
public sealed class AcledImporterPostgresTests : AcledImporterContract
{
    protected override StoreProvider Provider => StoreProvider.Postgres;
}
