using MapDashboard.Core.Articles;
using MapDashboard.Core.Gazetteer;
using MapDashboard.Core.Geoparsing;
using MapDashboard.Core.Tests.Pipeline;

namespace MapDashboard.Core.Tests.Geoparsing;

/// <summary>
/// Spelling variants the folding does not join (other vowels: "Sbeikhan" for Sabikhan) are found by their consonant
/// skeleton where the text presents them as places; a skeleton shared by many places is a coincidence unless another
/// place of the article lies next to one of them. Invented places, sentences composed for these tests.
/// </summary>
public class LookAlikeSpellingTests
{
    private static Place Village(string id, string name, double lat, double lon, string admin1, long population = 0) =>
        new(id, name, lat, lon, "P", population >= 10_000 ? "PPLA3" : "PPL", "SY", admin1, null, population, "ocha");

    private static readonly Place Sabikhan = Village("t:sabikhan", "Sabikhan", 35.20, 40.30, "Deir ez-Zor");
    private static readonly Place GhurabTown = Village("t:ghurab", "Ghurab", 33.90, 36.60, "Rif Dimashq", 40_000);
    private static readonly Place Garaba = Village("t:garaba", "Garaba", 36.10, 38.80, "Raqqa");
    private static readonly Place TallNasr = Village("t:tall-nasr", "Tall Nasr", 36.13, 38.84, "Raqqa");

    private static readonly Geoparser Parser = TestPipeline.GeoparserOver(PlaceIndex.Build(
    [
        ("Sabikhan", Sabikhan), ("Ghurab", GhurabTown), ("Garaba", Garaba), ("Gurba", Village("t:gurba", "Gurba", 34.90, 37.50, "Homs")),
        ("Ghribah", Village("t:ghribah", "Ghribah", 36.60, 37.00, "Aleppo")), ("Tall Nasr", TallNasr), ("Hama", Village("t:hama", "Hama", 35.13, 36.76, "Hama", 460_000)),
    ]));

    private static ResolvedPlace Mention(string text, string name) =>
        Parser.Parse(new ArticleInput("composed.txt", text, ArticleFormat.PlainText)).Places.Single(p => p.OriginalText == name);

    [Theory]
    [InlineData("Fighters repelled an assault on Sbeikhan village before dawn.")]
    [InlineData("The army captured the villages of Sbeikhan and Tall Nasr.")]
    public void VariantPresentedAsAPlace_IsFoundByItsConsonants(string sentence) =>
        Assert.Equal(Sabikhan, Mention(sentence, "Sbeikhan").Place);

    [Fact]
    public void VariantNotPresentedAsAPlace_IsNotAMention()
    {
        var result = Parser.Parse(new ArticleInput("composed.txt", "Sbeikhan commanders met officers in Hama.", ArticleFormat.PlainText));

        Assert.DoesNotContain(result.Places, p => p.OriginalText == "Sbeikhan");
    }

    [Fact]
    public void ConsonantsSharedByManyPlaces_DoNotPickTheLargestTown()
    {
        var place = Mention("Kurdish forces captured Gerab village on Monday.", "Gerab");

        Assert.Null(place.Place);
    }

    [Fact]
    public void ConsonantsSharedByManyPlaces_PickTheOneNextToAnotherPlaceOfTheReport()
    {
        var place = Mention("Kurdish forces captured Gerab village and Tall Nasr on Monday.", "Gerab");

        Assert.Equal(Garaba, place.Place);
    }
}
