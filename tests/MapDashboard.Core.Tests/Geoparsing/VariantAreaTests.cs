using MapDashboard.Core.Articles;
using MapDashboard.Core.Gazetteer;
using MapDashboard.Core.Geoparsing;
using MapDashboard.Core.Tests.Pipeline;

namespace MapDashboard.Core.Tests.Geoparsing;

/// <summary>
/// Session 26 (location): a name spelled otherwise than the gazetteer (other vowels, one consonant for two) is a place
/// the text presents as one when an area word follows it ("the X area", "the X front", "the X axis"), as after a
/// locative or with a settlement word. Invented places, sentences composed for these tests.
/// </summary>
public class VariantAreaTests
{
    private static Place Village(string id, string name, double lat, double lon, string admin1, long population = 0) =>
        new(id, name, lat, lon, "P", population >= 10_000 ? "PPLA" : "PPL", "SY", admin1, null, population, "ocha");

    private static readonly Place Kuwayrish = Village("t:kuwayrish", "Kuwayrish", 35.55, 36.95, "Hama");
    private static readonly Place TallSurah = Village("t:tall-surah", "Tall Surah", 36.45, 38.60, "Raqqa");
    private static readonly Place Hama = Village("t:hama", "Hama", 35.13, 36.76, "Hama", 460_000);

    private static readonly Geoparser Parser = TestPipeline.GeoparserOver(PlaceIndex.Build(
    [
        ("Kuwayrish", Kuwayrish), ("Tall Surah", TallSurah), ("Hama", Hama),
    ]));

    private static IReadOnlyList<ResolvedPlace> Places(string text) =>
        Parser.Parse(new ArticleInput("composed.txt", text, ArticleFormat.PlainText)).Places;

    [Theory]
    [InlineData("Government troops took the Kweirish area after two days of fighting.", "Kweirish", "t:kuwayrish")]
    [InlineData("Rebel artillery hit the Kuwairish front overnight.", "Kuwairish", "t:kuwayrish")]
    [InlineData("The militia pushed along the Tell Sirah axis towards the river.", "Tell Sirah", "t:tall-surah")]
    public void VariantBeforeAnAreaWord_IsReadAsThePlace(string sentence, string name, string id) =>
        Assert.Equal(id, Places(sentence).Single(p => p.OriginalText == name).Place?.Id);

    [Theory]
    [InlineData("Government troops took Kweirish after two days of fighting.", "Kweirish")]
    [InlineData("Kuwairish commanders met officers of the army.", "Kuwairish")]
    public void VariantWithoutAnAreaWord_IsNoMention(string sentence, string name) =>
        Assert.DoesNotContain(Places(sentence), p => p.OriginalText == name);
}
