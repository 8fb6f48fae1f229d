using MapDashboard.Core.Articles;
using MapDashboard.Core.Gazetteer;
using MapDashboard.Core.Geoparsing;
using MapDashboard.Core.Tests.Pipeline;

namespace MapDashboard.Core.Tests.Geoparsing;

/// <summary>
/// Session 27 (location): a governorate named as the region of a sentence, then a comma and a participle clause ("the
/// army advanced in northern Daraa, seizing A", "with rebels storming A"), locates the clause's places as "A in Daraa"
/// does: a reading of A far outside that governorate is a namesake elsewhere, not the place meant. Invented places,
/// sentences composed for these tests.
/// </summary>
public class ContainerParticipleTests
{
    private static Place Place(string id, string name, double lat, double lon, string code, string admin1, long population = 0) =>
        new(id, name, lat, lon, code.StartsWith("ADM", StringComparison.Ordinal) ? "A" : "P", code, "SY", admin1, null, population, "ocha");

    /// <summary>The one reading of the name, a village about 450 km from Daraa.</summary>
    private static readonly Place FarVillage = Place("t:tall-shuwayr-hasakah", "Tall Shuwayr", 36.85, 40.95, "PPL", "Al-Hasakah");

    private static readonly Geoparser Parser = TestPipeline.GeoparserOver(PlaceIndex.Build(
    [
        ("Tall Shuwayr", FarVillage),
        ("Daraa", Place("t:daraa-city", "Daraa", 32.62, 36.10, "PPLA", "Daraa", 98_000)),
        ("Daraa", Place("t:daraa-gov", "Daraa", 32.87, 36.17, "ADM1", "Daraa")),
    ]));

    private static ResolvedPlace Mention(string text) =>
        Parser.Parse(new ArticleInput("composed.txt", text, ArticleFormat.PlainText)).Places.First(p => p.OriginalText == "Tall Shuwayr");

    [Theory]
    [InlineData("Rebels pressed their offensive in the eastern Daraa countryside, capturing Tall Shuwayr by nightfall.")]
    [InlineData("Fighting flared in southern Daraa, with tribal fighters storming Tall Shuwayr.")]
    [InlineData("Jets pounded Daraa province, hitting Tall Shuwayr and a nearby farm.")]
    public void PlaceOfAParticipleClause_IsNotAReadingFarOutsideTheRegion(string sentence) =>
        Assert.NotEqual(FarVillage.Id, Mention(sentence).Place?.Id);

    [Fact]
    public void PlaceOfTheNextSentence_KeepsItsOnlyReading() =>
        Assert.Equal(FarVillage.Id, Mention("Rebels pressed their offensive in the eastern Daraa countryside. Tribal fighters later captured Tall Shuwayr.").Place?.Id);
}
