using MapDashboard.Data.Gazetteer;
using MapDashboard.Data.Gazetteer.Villages;

namespace MapDashboard.Data.Tests.Gazetteer;

/// <summary>`gazetteer import ocha|wof`: upsert by id into a built gazetteer, bad rows reported with file and line.</summary>
public class VillageImportTests
{
    private static async Task<TempDatabase> BuildAsync()
    {
        var db = new TempDatabase("gazetteer.db");
        await new GazetteerBuilder().BuildAsync(db.Path, VillageSampleSources.Write(Path.Combine(db.Folder, "sources")));
        return db;
    }

    [Fact]
    public async Task OchaCsvWithHdxColumns_AddsNewCommunities_UpdatesKnownOnesAndKeepsTheirSpellings()
    {
        using var db = await BuildAsync();
        var file = Path.Combine(db.Folder, "hdx.csv");
        File.WriteAllLines(file, [
            "admin1Name_en,admin1Pcode,admin2Name_en,admin3Name_en,admin4Name_en,admin4Name_ar,admin4Pcode,Latitude_y,Longitude_x",
            "Idleb,SY07,Ariha,Ehsem,\"Kafer Nasr, New\",كفر نصر,C9003,35.801,36.6",
            "Aleppo,SY02,Al Bab,Tadaf,Jubb Tin,جب تين,C9100,36.1,37.4",
            "Aleppo,SY02,Al Bab,Tadaf,,,C9101,36.1,37.4",
            "Aleppo,SY02,Al Bab,Tadaf,Far Off,,C9102,361,37.4",
        ]);
        var errors = new List<SourceError>();

        var (inserted, updated) = await new VillageImporter(db.Path).ImportOchaAsync(file, errors);

        Assert.Equal((1L, 1L), (inserted, updated));
        Assert.Equal([4L, 5L], errors.Select(e => e.Line));
        var gazetteer = new SqliteGazetteer(db.Path);
        var renamed = (await gazetteer.GetByIdAsync("ocha:C9003"))!;
        Assert.Equal(("Kafer Nasr, New", 35.801, "Ehsem"), (renamed.Name, renamed.Lat, renamed.Admin3));
        Assert.Equal("ocha:C9003", (await gazetteer.FindCandidatesAsync("Kfar Nasr"))[0].Place.Id);
        Assert.Equal("ocha:C9003", (await gazetteer.GetByIdAsync("wof:104"))?.Id);
        var added = (await gazetteer.FindCandidatesAsync("Jubb Tin"))[0].Place;
        Assert.Equal(("ocha:C9100", "Aleppo", "Al Bab", "Tadaf", "جب تين"), (added.Id, added.Admin1, added.Admin2, added.Admin3, added.NameAr));
    }

    [Fact]
    public async Task WofFile_UpsertsByGeoNamesId_AndAMergedIdAddsItsSpellingToTheVillage()
    {
        using var db = await BuildAsync();
        var file = Path.Combine(db.Folder, "wof_sy_more.tsv");
        File.WriteAllLines(file, [
            VillageSampleSources.WofHeader,
            "104\t0\tKefr Nasr\tKefr Nasr\t\tKafr Nasr al-Jadida\tlocality\tPPL\t35.809\t36.601\t0\t-1\tIdlib\t\tgeonames",
            "301\t7000001\tHawsh Jadid\tḨawsh Jadīd\tحوش جديد\t\tlocality\tPPL\t33.5\t36.4\t0\t-1\t\t\tgeonames",
            "302\tx\tBroken\t\t\t\tlocality\tPPL\t33.5\t36.4\t0\t-1\t\t\tgeonames",
        ]);
        var errors = new List<SourceError>();

        var (inserted, updated) = await new VillageImporter(db.Path).ImportWofAsync(file, errors);

        Assert.Equal((1L, 1L), (inserted, updated));
        Assert.Equal(4L, Assert.Single(errors).Line);
        var gazetteer = new SqliteGazetteer(db.Path);
        Assert.Equal("ocha:C9003", (await gazetteer.FindCandidatesAsync("Kafr Nasr al-Jadida"))[0].Place.Id);
        Assert.Equal(("Kafer Nasr", "Ehsem"), ((await gazetteer.GetByIdAsync("ocha:C9003"))!.Name, (await gazetteer.GetByIdAsync("ocha:C9003"))!.Admin3));
        var hawsh = (await gazetteer.GetByIdAsync("gn:7000001"))!;
        Assert.Equal(("SY", "حوش جديد"), (hawsh.CountryCode, hawsh.NameAr));
        Assert.Equal("gn:7000001", (await gazetteer.GetByIdAsync("wof:301"))?.Id);
    }

    [Fact]
    public async Task FileOfAnotherLayout_IsRefusedWithWhatItNeeds()
    {
        using var db = await BuildAsync();
        var file = Path.Combine(db.Folder, "places.csv");
        File.WriteAllLines(file, ["name,lat,lon", "X,1,2"]);

        var error = await Assert.ThrowsAsync<InvalidDataException>(() => new VillageImporter(db.Path).ImportOchaAsync(file, new List<SourceError>()));
        Assert.Contains("not an OCHA community list", error.Message);
        await Assert.ThrowsAsync<InvalidDataException>(() => new VillageImporter(db.Path).ImportWofAsync(file, new List<SourceError>(), "SY"));
    }
}
