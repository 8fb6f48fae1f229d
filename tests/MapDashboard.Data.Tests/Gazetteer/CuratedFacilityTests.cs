using MapDashboard.Core.Gazetteer;
using MapDashboard.Data;
using MapDashboard.Data.Gazetteer;

namespace MapDashboard.Data.Tests.Gazetteer;

public sealed class CuratedFacilityTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "mapdash-facilities-" + Guid.NewGuid().ToString("N"));

    public CuratedFacilityTests() => Directory.CreateDirectory(_folder);

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private List<PlaceEntry> Read(string rows, List<SourceError> errors, FacilityNameForms? forms)
    {
        File.WriteAllText(Path.Combine(_folder, "facilities.tsv"), CuratedSupplementReader.Header + "\n" + rows);
        return CuratedSupplementReader.Read(_folder, errors, forms: forms);
    }

    [Fact]
    public void FacilityRow_TakesTheOtherFormsOfItsCategoryWord_ButNotItsBareName()
    {
        var forms = new FacilityNameForms([("OILF", "oil field"), ("OILF", "field"), ("DAM", "dam")]);
        var errors = new List<SourceError>();

        var entries = Read("wadi-oil\tWadi Nur oil field\tal-Wadi Nur oil field\tOILF\t35.1\t40.5\t\tSY\tDeir ez-Zor\t\thttps://example.org/ref\treference gives coordinates\n"
            + "nahr-dam\tNahr Dam\t\tDAM\t36.3\t38.2\t\tSY\tAleppo\t\thttps://example.org/ref\t\n", errors, forms);

        Assert.Empty(errors);
        var oil = entries.Single(e => e.Place.Id == "cur:wadi-oil");
        Assert.Equal("L", oil.Place.FeatureClass);
        var names = oil.Names.Select(n => n.Name).ToList();
        Assert.Contains("Wadi Nur field", names);
        Assert.Contains("al-Wadi Nur field", names);
        Assert.DoesNotContain("Wadi Nur", names);
        Assert.Equal("S", entries.Single(e => e.Place.Id == "cur:nahr-dam").Place.FeatureClass);
    }

    [Fact]
    public void WithoutForms_NamesStayAsWritten()
    {
        var errors = new List<SourceError>();

        var entry = Read("bab-crossing\tBab Nur crossing\t\tPSTB\t36.6\t36.9\t\tSY\tAleppo\t\thttps://example.org/ref\t\n", errors, null).Single();

        Assert.Equal(["Bab Nur crossing"], entry.Names.Select(n => n.Name));
    }

    [Fact]
    public void ShippedFacilityFiles_ReadWithoutErrors_EachRowCitingAReference()
    {
        var layout = GazetteerSources.FromRepository(RepositoryLayout.Discover()!);
        var errors = new List<SourceError>();

        var facilities = Directory.EnumerateFiles(layout.CuratedFolder, "facilities-*.tsv")
            .SelectMany(file => CuratedSupplementReader.Read(file, errors, forms: layout.FacilityForms())).ToList();

        Assert.Empty(errors);
        Assert.True(facilities.Count >= 100, $"{facilities.Count} facilities");
        Assert.All(facilities, f => Assert.StartsWith("http", f.Place.Source, StringComparison.Ordinal));
        Assert.Contains(facilities, f => f.Place.FeatureCode == "AIRB" && f.Names.Any(n => n.Name == "Kuweires military airport"));
    }

    [Fact]
    public void FacilityPoint_TakesTheDistrictOfTheNearestCommunity_OnlyWithinReachAndInItsGovernorate()
    {
        static PlaceEntry At(string id, double lat, double lon, string admin1, string? admin2, string code = "PPL") =>
            new(new Place(id, id, lat, lon, code == "PPL" ? "P" : "S", code, "SY", admin1, admin2, 0, "test", null, admin2 is null ? null : admin2 + " sub"), []);
        var communities = new[] { At("ocha:near", 35.10, 40.50, "Deir ez-Zor", "Mayadin"), At("ocha:far", 35.40, 40.10, "Deir ez-Zor", "Deir ez-Zor") };

        var filled = CuratedAdminFill.Fill([
            At("cur:field", 35.12, 40.45, "Deir ez-Zor", null, "OILF"),
            At("cur:lonely", 34.20, 39.00, "Homs", null, "DAM"),
            At("cur:other-governorate", 35.11, 40.49, "Homs", null, "DAM"),
        ], communities);

        Assert.Equal(("Mayadin", "Mayadin sub"), (filled[0].Place.Admin2, filled[0].Place.Admin3));
        Assert.Null(filled[1].Place.Admin2);
        Assert.Null(filled[2].Place.Admin2);
    }

    [Fact]
    public void OurAirportsAirBase_AnswersToTheOtherFormsOfItsCategoryWord()
    {
        var airports = Path.Combine(_folder, "airports.json");
        File.WriteAllText(airports, """
            [{"ident":"OS70","type":"medium_airport","name":"Al Qusayr Air Base","latitude_deg":"34.569","longitude_deg":"36.573","iso_country":"SY","iso_region":"SY-HI","keywords":""}]
            """);
        var forms = new FacilityNameForms([("AIRB", "air base"), ("AIRB", "airbase"), ("AIRB", "military airport")]);

        var entry = OurAirportsReader.Read(airports, new HashSet<string> { "SY" }, new Dictionary<string, string>(), [], forms).Single();

        Assert.Contains("Al Qusayr military airport", entry.Names.Select(n => n.Name));
        Assert.DoesNotContain("Al Qusayr", entry.Names.Select(n => n.Name));
    }
}
