using MapDashboard.Core.Articles;
using MapDashboard.Core.Gazetteer;
using MapDashboard.Core.Geoparsing;
using MapDashboard.Core.Tests.Pipeline;

namespace MapDashboard.Core.Tests.Geoparsing;

/// <summary>Known sentences from the seeds through the whole pipeline, over a small index of real gazetteer entries.</summary>
public class GeoparserTests
{
    private static Place P(string id, string name, double lat, double lon, string code, string? cc, string? admin1, long population, string cls = "P") =>
        new(id, name, lat, lon, cls, code, cc, admin1, null, population, id.StartsWith("gn:") ? "geonames" : "curated");

    private static readonly Place AlBab = P("gn:174018", "Al Bāb", 36.37051, 37.5157, "PPLA2", "SY", "Aleppo", 130745);
    private static readonly Place Tadif = P("gn:163811", "Tādif", 36.34814, 37.5309, "PPLA3", "SY", "Aleppo", 34670);
    private static readonly Place AleppoCity = P("gn:170063", "Aleppo", 36.20124, 37.16117, "PPLA", "SY", "Aleppo", 1602264);
    private static readonly Place AleppoGov = P("ne1:SY-HL", "Aleppo", 36.1054, 37.601, "ADM1", "SY", "Aleppo", 0, "A");
    private static readonly Place IdlibCity = P("gn:169389", "Idlib", 35.93062, 36.63393, "PPLA", "SY", "Idlib", 128840);
    private static readonly Place IdlibGov = P("ne1:SY-ID", "Idlib", 35.8528, 36.6829, "ADM1", "SY", "Idlib", 0, "A");
    private static readonly Place Syria = P("ne0:SY", "Syria", 34.8, 38.5, "PCLI", "SY", null, 0, "A");
    private static readonly Place Thumane = P("gn:3183881", "Thumanë", 41.5475, 19.6778, "PPLA3", "AL", "Durrës", 0);
    private static readonly Place Oran = P("gn:2485926", "Oran", 35.6991, -0.6359, "PPLA", "DZ", "Oran", 645984);
    private static readonly Place Tiyas = P("cur:tiyas-airbase", "Tiyas Military Airbase", 34.5225, 37.62972, "AIRB", "SY", "Homs", 0, "S");
    private static readonly Place QudsCity = P("gn:281184", "Jerusalem", 31.76904, 35.21633, "PPLC", "IL", "Jerusalem", 801000);

    private static readonly Geoparser Parser = TestPipeline.GeoparserOver(PlaceIndex.Build(
    [
        ("al-Bab", AlBab), ("Al Bāb", AlBab), ("Tadef", Tadif), ("Tādif", Tadif), ("Aleppo", AleppoCity), ("Aleppo", AleppoGov),
        ("Aleppo countryside", AleppoGov), ("Idlib", IdlibCity), ("Idlib", IdlibGov), ("Idlib province", IdlibGov), ("Syria", Syria),
        ("Tuman", Thumane), ("Aran", Oran), ("Tiyas Airbase", Tiyas), ("al-Quds", QudsCity), ("Jerusalem", QudsCity),
    ]));

    private static GeoparseResult Parse(string text) => Parser.Parse(new ArticleInput("test.txt", text, ArticleFormat.PlainText));

    private static ResolvedPlace Mention(GeoparseResult result, string text) => result.Places.Single(p => p.OriginalText == text);

    [Fact]
    public void LiberatedVillages_AreAllReportedAndAnchoredNearAlBab()
    {
        var result = Parse("The Syrian army’s Tiger Forces have liberated al-Brije, Sheikh Dan, Mushayrifa and Tuman in the eastern Aleppo countryside near the ISIS stronghold of al-Bab.");

        Assert.Equal(["al-Brije", "Sheikh Dan", "Mushayrifa", "Tuman", "Aleppo", "al-Bab"], result.Places.Select(p => p.OriginalText));
        foreach (var village in new[] { "al-Brije", "Sheikh Dan", "Mushayrifa", "Tuman" })
        {
            var place = Mention(result, village);
            Assert.False(place.Resolved);
            Assert.Equal(AlBab, place.Anchor);
            Assert.Equal(2, place.Precision);
        }
        var region = Mention(result, "Aleppo");
        Assert.Equal(AleppoGov, region.Place);
        Assert.Equal(3, region.Precision);
        Assert.Equal("eastern", region.Mention.Direction);
    }

    [Fact]
    public void AmbiguousAran_FarNamesakeIsNotTaken()
    {
        var result = Parse("Now, government forces are aiming to take control of Aran and Tadef, targeting ISIS terrorists there with artillery.");

        Assert.False(Mention(result, "Aran").Resolved);
        Assert.Equal(Tadif, Mention(result, "Aran").Anchor);
        Assert.Equal(Tadif, Mention(result, "Tadef").Place);
    }

    [Fact]
    public void GroupAndPersonNames_ContainingPlaceNames_AreNotPlaces()
    {
        var result = Parse("Jaish al-Islam (Idlib branch) and Liwa al-Quds met Abu Mohammed al-Jolani while Brigadier General Suheil al-Hassan stayed in Aleppo.");

        Assert.Equal(["Aleppo"], result.Places.Select(p => p.OriginalText));
    }

    [Fact]
    public void ProvinceAndDirection_ResolveToTheGovernorate()
    {
        var result = Parse("Pro-Assad forces advanced into southern Idlib. Rebels hold Idlib province. Fighting reached the city of Idlib.");

        var places = result.Places.ToList();
        Assert.Equal([IdlibGov, IdlibGov, IdlibCity], places.Select(p => p.Place));
        Assert.Equal([3, 3, 1], places.Select(p => p.Precision));
    }

    [Fact]
    public void AirbaseCue_PicksTheFacility()
    {
        var result = Parse("West of Palmyra, the army continues pressure on ISIS militants near the Tiyas Airbase.");

        var tiyas = Mention(result, "Tiyas Airbase");
        Assert.Equal(Tiyas, tiyas.Place);
        Assert.Equal(2, tiyas.Precision);
        Assert.Contains("air base", tiyas.Reason);
    }

    [Fact]
    public void Demonyms_AcronymsAndSentenceStarts_AreNotPlaces()
    {
        var result = Parse("Turkish forces and the SAA clashed. Clashes are ongoing in Syria.");

        Assert.Equal(["Syria"], result.Places.Select(p => p.OriginalText));
        Assert.True(Mention(result, "Syria").Place!.IsCountry);
    }
}
