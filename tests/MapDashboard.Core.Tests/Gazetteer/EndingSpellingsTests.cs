using MapDashboard.Core.Gazetteer;
using MapDashboard.Core.Geoparsing;

namespace MapDashboard.Core.Tests.Gazetteer;

/// <summary>
/// Issue 22 (location, s17-spellings): the ta marbuta's two spellings (-eh/-e and -ah/-a) stay apart in the folded key
/// (distinct villages differ only so) and meet only through <see cref="EndingSpellings"/>, which the place index tries
/// when no name folds like the text's, as a close spelling that needs the text's support.
/// </summary>
public class EndingSpellingsTests
{
    [Fact]
    public void FoldingKeepsTheTwoEndingsApart()
    {
        Assert.NotEqual(NameFolding.Fold("Dweireh"), NameFolding.Fold("Dweirah"));
        Assert.Equal(NameFolding.Fold("Dweireh"), NameFolding.Fold("Dweire"));
    }

    [Theory]
    [InlineData("Dweireh", "dweira")]
    [InlineData("Kafr Nasrah", "kafr nasre")]
    [InlineData("Mazraat Sallamiyeh", "mazrat salamiya")]
    [InlineData("Es Salhiye", "salhiya")]
    public void OneWordEndingSpelledTheOtherWay(string name, string expected) =>
        Assert.Contains(expected, EndingSpellings.Variants(NameFolding.Fold(name)));

    [Theory]
    [InlineData("Ada")]
    [InlineData("Jarablus")]
    [InlineData("Rue")]
    [InlineData("Saue")]
    public void NoVariantForShortWordsOtherEndingsOrAVowelBefore(string name) =>
        Assert.Empty(EndingSpellings.Variants(NameFolding.Fold(name)));

    [Fact]
    public void BothWordsOfATwoWordNameVary()
    {
        var variants = EndingSpellings.Variants("tala hamide");
        Assert.Equal(["tala hamida", "tale hamida", "tale hamide"], variants.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void TheRecognizerReadsANameSpelledWithTheOtherEndingAsAGazetteerName()
    {
        var village = new Place("t:1", "Dweireh", 35.2, 37.1, "P", "PPL", "SY", "Hama", "Hama", 0, "test");
        var recognizer = new ToponymRecognizer(PlaceIndex.Build([("Dweireh", village)]).Lexicon);
        const string Text = "Rebels shelled Dweirah and Qarnah on Monday.";

        var mentions = recognizer.Recognize(Text, [(0, Text.Length)], []);

        Assert.Contains(mentions, m => m.Text == "Dweirah" && m.InGazetteer);
        Assert.DoesNotContain(mentions, m => m.Text == "Qarnah" && m.InGazetteer);
    }
}
