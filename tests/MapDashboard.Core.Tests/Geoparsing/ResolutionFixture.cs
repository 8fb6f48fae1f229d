using MapDashboard.Core.Articles;
using MapDashboard.Core.Gazetteer;
using MapDashboard.Core.Geoparsing;

using MapDashboard.Core.Tests.Pipeline;

namespace MapDashboard.Core.Tests.Geoparsing;

/// <summary>
/// A small hand-made village gazetteer with OCHA-style admin paths: same-named villages in different governorates,
/// districts and sub-districts, governorates with their same-named cities, and far-away namesakes.
/// </summary>
internal static class ResolutionFixture
{
    private static Place Village(string id, string name, double lat, double lon, string admin1, string admin2, string admin3) =>
        new(id, name, lat, lon, "P", "PPL", "SY", admin1, admin2, 0, "ocha", Admin3: admin3);

    private static Place City(string id, string name, double lat, double lon, string admin1, long population) =>
        new(id, name, lat, lon, "P", "PPLA", "SY", admin1, null, population, "geonames");

    private static Place Governorate(string id, string name, double lat, double lon) =>
        new(id, name, lat, lon, "A", "ADM1", "SY", name, null, 0, "naturalearth");

    public static readonly Place AinZarqaIdleb = Village("ocha:T101", "Ain Zarqa", 36.11, 36.47, "Idleb", "Harim", "Salqin");
    public static readonly Place AinZarqaHasakeh = Village("ocha:T102", "Ain Zarqa", 36.83, 40.55, "Al-Hasakeh", "Ras Al Ain", "Darbasiyah");
    public static readonly Place MazraatSalimHama = Village("ocha:T103", "Mazraat Salim", 35.05, 37.12, "Hama", "Salamiyeh", "Saan");
    public static readonly Place MazraatSalimHoms = Village("ocha:T104", "Mazraat Salim", 34.62, 38.31, "Homs", "Tadmor", "Tadmor");
    public static readonly Place KafrHamraAleppo = Village("ocha:T105", "Kafr Hamra", 36.29, 37.09, "Aleppo", "Jebel Saman", "Haritan");
    public static readonly Place KafrHamraIdleb = Village("ocha:T106", "Kafr Hamra", 35.71, 36.58, "Idleb", "Ariha", "Ariha");
    public static readonly Place Salqin = Village("ocha:T107", "Salqin", 36.14, 36.45, "Idleb", "Harim", "Salqin");
    public static readonly Place Afrin = City("gn:T201", "Afrin", 36.51, 36.87, "Aleppo", 36000);
    public static readonly Place Manbij = City("gn:T202", "Manbij", 36.53, 37.95, "Aleppo", 99000);

    public static readonly Place AleppoCity = City("gn:T301", "Aleppo", 36.20, 37.16, "Aleppo", 1600000);
    public static readonly Place IdlibCity = City("gn:T302", "Idlib", 35.93, 36.63, "Idlib", 128000);
    public static readonly Place HamaCity = City("gn:T303", "Hama", 35.13, 36.76, "Hama", 460000);
    public static readonly Place RaqqaCity = City("gn:T304", "Raqqa", 35.95, 39.01, "Ar Raqqa", 177000);
    public static readonly Place DeirEzzorCity = City("gn:T305", "Deir ez-Zor", 35.34, 40.14, "Deir ez-Zor", 242000);
    public static readonly Place AleppoGov = Governorate("ne1:T-HL", "Aleppo", 36.1, 37.6);
    public static readonly Place IdlibGov = Governorate("ne1:T-ID", "Idlib", 35.85, 36.68);
    public static readonly Place HamaGov = Governorate("ne1:T-HM", "Hama", 35.2, 36.9);
    public static readonly Place RaqqaGov = Governorate("ne1:T-RA", "Raqqa", 35.8, 38.7);
    public static readonly Place DeirEzzorGov = Governorate("ne1:T-DY", "Deir ez-Zor", 35.0, 40.3);
    public static readonly Place HasakehGov = Governorate("ne1:T-HA", "Al-Hasakah", 36.5, 40.9);
    public static readonly Place HomsGov = Governorate("ne1:T-HI", "Homs", 34.6, 37.9);
    public static readonly Place Syria = new("ne0:T-SY", "Syria", 34.8, 38.5, "A", "PCLI", "SY", null, null, 0, "naturalearth");

    public static readonly Place KafrSafraWestBank = new("gn:T401", "Kafr Safra", 32.2, 35.2, "P", "PPL", "PS", "West Bank", null, 2500, "geonames");
    public static readonly Place BurjWestBank = new("gn:T402", "Al Burj", 31.4, 34.9, "P", "PPL", "PS", "West Bank", null, 2400, "geonames");
    public static readonly Place AinChad = new("gn:T403", "Ain", 12.1, 15.0, "P", "PPL", "TD", "Chari", null, 3000, "geonames");
    public static readonly Place TallAlgeria = new("gn:T404", "Tall", 35.3, 1.2, "P", "PPL", "DZ", "Tiaret", null, 1500, "geonames");

    public static readonly PlaceIndex Villages = PlaceIndex.Build(
    [
        ("Ain Zarqa", AinZarqaIdleb), ("Ain Zarqa", AinZarqaHasakeh), ("Mazraat Salim", MazraatSalimHama), ("Mazraat Salim", MazraatSalimHoms),
        ("Kafr Hamra", KafrHamraAleppo), ("Kafr Hamra", KafrHamraIdleb), ("Salqin", Salqin), ("Afrin", Afrin), ("Manbij", Manbij),
        ("Aleppo", AleppoCity), ("Idlib", IdlibCity), ("Hama", HamaCity), ("Raqqa", RaqqaCity), ("Deir ez-Zor", DeirEzzorCity), ("Deir Ezzor", DeirEzzorCity),
        ("Aleppo", AleppoGov), ("Idlib", IdlibGov), ("Idleb", IdlibGov), ("Hama", HamaGov), ("Raqqa", RaqqaGov), ("Deir ez-Zor", DeirEzzorGov),
        ("Deir Ezzor", DeirEzzorGov), ("Al-Hasakah", HasakehGov), ("Homs", HomsGov), ("Syria", Syria),
        ("Kafr Safra", KafrSafraWestBank), ("Al Burj", BurjWestBank), ("Burj", BurjWestBank), ("Ain", AinChad), ("Tall", TallAlgeria),
    ]);

    public static readonly Geoparser Parser = TestPipeline.GeoparserOver(Villages);

    public static GeoparseResult Parse(string text) => Parser.Parse(new ArticleInput("composed.txt", text, ArticleFormat.PlainText));

    public static ResolvedPlace Mention(GeoparseResult result, string text) => result.Places.Single(p => p.OriginalText == text);
}
