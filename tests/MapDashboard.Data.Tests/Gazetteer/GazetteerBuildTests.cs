using MapDashboard.Core.Gazetteer;
using MapDashboard.Data.Gazetteer;

namespace MapDashboard.Data.Tests.Gazetteer;

public class GazetteerBuildTests
{
    private static async Task<(TempDatabase Db, GazetteerBuildReport Report, SqliteGazetteer Gazetteer)> BuildAsync()
    {
        var db = new TempDatabase("gazetteer.db");
        var sources = SampleSources.Write(Path.Combine(db.Folder, "sources"));
        var report = await new GazetteerBuilder().BuildAsync(db.Path, sources);
        return (db, report, new SqliteGazetteer(db.Path));
    }

    [Fact]
    public async Task Build_WritesEverySourceAndReportsBadLinesWithFileAndLine()
    {
        var (db, report, _) = await BuildAsync();
        using var _db = db;

        Assert.Equal(5, report.PlacesBySource["GeoNames cities500"]);
        Assert.Equal(1, report.PlacesBySource["Natural Earth countries"]);
        Assert.Equal(2, report.PlacesBySource["Natural Earth admin-1"]);
        Assert.Equal(1, report.PlacesBySource["OurAirports"]);
        Assert.Equal(1, report.PlacesBySource["curated supplement"]);
        Assert.Contains(report.Errors, e => e.File.EndsWith("cities500.txt") && e.Line == 6 && e.Message.Contains("19 tab-separated columns"));
        Assert.Contains(report.Errors, e => e.Line == 7 && e.Message.Contains("invalid coordinates"));
        Assert.Contains(report.Errors, e => e.File.EndsWith("test.tsv") && e.Line == 3 && e.Message.Contains("no source"));
        Assert.Contains(report.Errors, e => e.File.EndsWith("test.tsv") && e.Line == 4 && e.Message.Contains("unknown feature code"));
    }

    [Fact]
    public async Task Lookup_FindsByExactFoldedAndSkeletonKeys()
    {
        var (db, _, gazetteer) = await BuildAsync();
        using var _db = db;

        var exact = await gazetteer.FindCandidatesAsync("Tadef");
        var folded = await gazetteer.FindCandidatesAsync("al-Bab");
        var skeleton = await gazetteer.FindCandidatesAsync("Idlyb");

        Assert.Equal(("gn:163811", MatchKind.Exact), (exact[0].Place.Id, exact[0].Kind));
        Assert.Equal(("gn:174018", MatchKind.Exact), (folded[0].Place.Id, folded[0].Kind));
        Assert.Equal("Aleppo", folded[0].Place.Admin1);
        Assert.Contains(skeleton, c => c.Place.Id == "gn:169389" && c.Kind == MatchKind.Skeleton);
    }

    [Fact]
    public async Task Lookup_ProvinceAndAirbaseForms_FindTheAreaAndTheFacility()
    {
        var (db, _, gazetteer) = await BuildAsync();
        using var _db = db;

        Assert.Equal("ne1:SY-ID", (await gazetteer.FindCandidatesAsync("Idlib province"))[0].Place.Id);
        Assert.Equal("ne1:SY-ID", (await gazetteer.FindCandidatesAsync("Idlib Governorate"))[0].Place.Id);
        Assert.Equal("oa:OS57", (await gazetteer.FindCandidatesAsync("Abu al-Duhur Airbase"))[0].Place.Id);
        Assert.Equal("cur:tiyas-airbase", (await gazetteer.FindCandidatesAsync("Tiyas Airbase"))[0].Place.Id);
    }

    [Fact]
    public async Task AmbiguousName_ReturnsEveryCandidateWithRankingData()
    {
        var (db, _, gazetteer) = await BuildAsync();
        using var _db = db;

        var candidates = await gazetteer.FindCandidatesAsync("Palmyra");

        Assert.Equal(["gn:163808", "gn:4899581"], candidates.Select(c => c.Place.Id).Order());
        var tadmur = candidates.Single(c => c.Place.Id == "gn:163808").Place;
        Assert.Equal((51015L, "PPLA2", "SY"), (tadmur.Population, tadmur.FeatureCode, tadmur.CountryCode));
    }

    [Fact]
    public async Task SpatialQueries_UseTheRtree()
    {
        var (db, _, gazetteer) = await BuildAsync();
        using var _db = db;

        var nearest = await gazetteer.NearestAsync(36.36, 37.52, limit: 2);
        var box = await gazetteer.InBoundingBoxAsync(37.0, 36.0, 38.0, 36.6);

        Assert.Equal("gn:174018", nearest[0].Place.Id);
        Assert.InRange(nearest[0].DistanceKm, 0, 2);
        Assert.Equal(["gn:163811", "gn:174018"], box.Where(p => p.Id.StartsWith("gn:")).Select(p => p.Id).Order());
        Assert.Equal("gn:174018", (await gazetteer.AutocompleteAsync("al-Ba"))[0].Id);
        Assert.Null(await gazetteer.GetByIdAsync("gn:1"));
    }

    [Fact]
    public async Task UserLayer_SurvivesARebuild()
    {
        var (db, _, _) = await BuildAsync();
        using var _db = db;
        var csv = Path.Combine(db.Folder, "mine.csv");
        File.WriteAllText(csv, GazetteerImporter.CsvHeader + "\nHawsh Salihyah,Hawsh Salhiya,33.51,36.45,PPL,field report 2017\nbad,,x,y,PPL,src\n");
        var errors = new List<SourceError>();
        Assert.Equal(1, await new GazetteerImporter(db.Path).ImportCsvAsync(csv, errors));
        Assert.Contains(errors, e => e.Line == 3 && e.Message.Contains("invalid coordinates"));

        await new GazetteerBuilder().BuildAsync(db.Path, SampleSources.Write(Path.Combine(db.Folder, "sources")));

        var found = await new SqliteGazetteer(db.Path).FindCandidatesAsync("Hawsh Salhiya");
        Assert.StartsWith("user:", found[0].Place.Id);
    }

    [Fact]
    public async Task PlaceDroppedOnTheMap_JoinsTheUserLayer_WithItsNeighboursDivision_AndIsMatchedByName()
    {
        var (db, _, _) = await BuildAsync();
        using var _db = db;
        var importer = new GazetteerImporter(db.Path);

        // A few kilometres from al-Bab (the sample's gn:174018): its country and governorate are taken over.
        var place = await importer.AddUserPlaceAsync("Tuman", [], 36.40, 37.55, "PPL", "analyst's field report");

        Assert.StartsWith("user:tuman-", place.Id);
        var gazetteer = new SqliteGazetteer(db.Path);
        var stored = await gazetteer.GetByIdAsync(place.Id);
        var alBab = await gazetteer.GetByIdAsync("gn:174018");
        Assert.Equal((alBab!.CountryCode, alBab.Admin1), (stored!.CountryCode, stored.Admin1));
        Assert.Equal(place.Id, (await gazetteer.FindCandidatesAsync("Tuman"))[0].Place.Id);
        Assert.Contains(await gazetteer.LoadIndexEntriesAsync(["SY"], 100_000), e => e.Place.Id == place.Id);
        await Assert.ThrowsAsync<ArgumentException>(() => importer.AddUserPlaceAsync("Nowhere", [], 95, 0, "PPL", "x"));
    }

    [Fact]
    public async Task ImportGeoNames_UpsertsByIdFromPlainAndZippedFiles()
    {
        var (db, _, _) = await BuildAsync();
        using var _db = db;
        var plain = Path.Combine(db.Folder, "SY.txt");
        File.WriteAllLines(plain, [SampleSources.AlBab.Replace("130745", "140000"), "174019\tbroken"]);
        var zip = Path.Combine(db.Folder, "extra.zip");
        using (var archive = System.IO.Compression.ZipFile.Open(zip, System.IO.Compression.ZipArchiveMode.Create))
        using (var writer = new StreamWriter(archive.CreateEntry("extra.txt").Open()))
        {
            writer.WriteLine("8000001\tTest Village\tTest Village\t\t36.1\t37.1\tP\tPPL\tSY\t\t09\t\t\t\t600\t\t\tAsia/Damascus\t2020-01-01");
        }
        var errors = new List<SourceError>();

        var count = await new GazetteerImporter(db.Path).ImportGeoNamesAsync([plain, zip], errors);

        Assert.Equal(2, count);
        Assert.Contains(errors, e => e.File.EndsWith("SY.txt") && e.Line == 2);
        var gazetteer = new SqliteGazetteer(db.Path);
        Assert.Equal(140000, (await gazetteer.GetByIdAsync("gn:174018"))!.Population);
        Assert.Equal("Aleppo", (await gazetteer.GetByIdAsync("gn:8000001"))!.Admin1);
    }

    [Fact]
    public async Task MissingDatabase_GivesAClearError()
    {
        var error = Assert.Throws<FileNotFoundException>(() => new SqliteGazetteer("/nonexistent/gazetteer.db"));
        Assert.Contains("mapdash gazetteer build", error.Message);
        await Task.CompletedTask;
    }
}
