using MapDashboard.Data.Gazetteer;

namespace MapDashboard.Data.Tests.Gazetteer;

/// <summary>The build's merge of OCHA communities, WOF localities and cities500 on the small sources of <see cref="VillageSampleSources"/>.</summary>
public class VillageBuildTests
{
    private static async Task<(TempDatabase Db, GazetteerBuildReport Report, SqliteGazetteer Gazetteer)> BuildAsync()
    {
        var db = new TempDatabase("gazetteer.db");
        var sources = VillageSampleSources.Write(Path.Combine(db.Folder, "sources"));
        var report = await new GazetteerBuilder().BuildAsync(db.Path, sources);
        return (db, report, new SqliteGazetteer(db.Path));
    }

    [Fact]
    public async Task SameVillageSpelledTwiceWithinTwoKilometres_IsOnePlaceWithEverySpelling()
    {
        var (db, report, gazetteer) = await BuildAsync();
        using var _db = db;

        var candidates = await gazetteer.FindCandidatesAsync("Kfar Nasr");
        var place = Assert.Single(candidates).Place;
        Assert.Equal("ocha:C9003", place.Id);
        Assert.Equal("Kafer Nasr", place.Name);
        Assert.Equal("ocha:C9003", (await gazetteer.GetByIdAsync("wof:104"))?.Id);
        Assert.Equal(("Idlib", "Ariha", "Ehsem", "كفر نصر"), (place.Admin1, place.Admin2, place.Admin3, place.NameAr));
        Assert.Equal(5, report.Villages!.JoinedByFold + report.Villages.JoinedByArabic + report.Villages.JoinedBySkeleton);
    }

    [Fact]
    public async Task SameNameFarApart_StaysDistinctPlaces()
    {
        var (db, report, gazetteer) = await BuildAsync();
        using var _db = db;

        var ids = (await gazetteer.FindCandidatesAsync("Tell Hamra")).Select(c => c.Place.Id).Order().ToList();

        Assert.Equal(["ocha:C9001", "ocha:C9002", "wof:103"], ids);
        Assert.Equal("ocha:C9001", (await gazetteer.GetByIdAsync("wof:101"))?.Id);
        Assert.Equal("ocha:C9002", (await gazetteer.GetByIdAsync("wof:102"))?.Id);
        // wof:103 and wof:105, and the three cities500 towns of the sample that no community list holds.
        Assert.Equal(5, report.Villages!.Unmatched);
    }

    [Fact]
    public async Task WofOnlyVillage_TakesTheAdminPathOfTheNearestCommunityOfItsGovernorate()
    {
        var (db, _, gazetteer) = await BuildAsync();
        using var _db = db;

        var qasr = (await gazetteer.GetByIdAsync("wof:105"))!;
        var farTall = (await gazetteer.GetByIdAsync("wof:103"))!;

        Assert.Equal(("SY", "Idlib", "Ariha", "Ehsem", "قصر جديد"), (qasr.CountryCode, qasr.Admin1, qasr.Admin2, qasr.Admin3, qasr.NameAr));
        Assert.Equal(("Aleppo", "Al Bab", "Tadaf"), (farTall.Admin1, farTall.Admin2, farTall.Admin3));
    }

    [Fact]
    public async Task Cities500Town_MergesWithItsCommunity_AndItsGeoNamesIdStillFindsIt()
    {
        var (db, report, gazetteer) = await BuildAsync();
        using var _db = db;

        var bab = (await gazetteer.GetByIdAsync("gn:174018"))!;
        var arabic = await gazetteer.FindCandidatesAsync("الباب");

        Assert.Equal(("ocha:C1202", "Al Bāb", "PPLA2", 130745L), (bab.Id, bab.Name, bab.FeatureCode, bab.Population));
        Assert.Equal((36.37051, 37.5157), (bab.Lat, bab.Lon));
        Assert.Equal("ocha:C1202", arabic[0].Place.Id);
        Assert.Equal(1, report.Villages!.WofJoinedCities500);
    }

    [Fact]
    public async Task BracketedDisambiguator_IsDroppedFromTheNameButKeptAsAnAlternate()
    {
        var (db, _, gazetteer) = await BuildAsync();
        using var _db = db;

        var plain = await gazetteer.FindCandidatesAsync("Deir Warda");
        var full = await gazetteer.FindCandidatesAsync("Deir Warda (Ariha)");

        Assert.Equal(("ocha:C9004", "Deir Warda"), (plain[0].Place.Id, plain[0].Place.Name));
        Assert.Equal("ocha:C9004", full[0].Place.Id);
        Assert.Equal("ocha:C9004", (await gazetteer.GetByIdAsync("wof:107"))?.Id);
    }

    [Fact]
    public async Task BadVillageRows_AreReportedWithFileAndLine_NeighboursLand()
    {
        var (db, report, gazetteer) = await BuildAsync();
        using var _db = db;

        Assert.Contains(report.Errors, e => e.File.EndsWith("ocha_syr_communities.tsv") && e.Line == 7 && e.Message.Contains("invalid coordinates"));
        Assert.Contains(report.Errors, e => e.File.EndsWith("wof_sy_localities.tsv") && e.Line == 9 && e.Message.Contains("invalid coordinates"));
        var lebanon = (await gazetteer.GetByIdAsync("wof:201"))!;
        Assert.Equal(("LB", "قرية جبل"), (lebanon.CountryCode, lebanon.NameAr));
        Assert.Equal(1, report.PlacesBySource["neighbours (WOF+GeoNames)"]);
    }
}
