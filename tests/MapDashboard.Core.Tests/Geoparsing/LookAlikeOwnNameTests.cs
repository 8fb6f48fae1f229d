using MapDashboard.Core.Articles;
using MapDashboard.Core.Gazetteer;
using MapDashboard.Core.Geoparsing;
using MapDashboard.Core.Tests.Pipeline;

namespace MapDashboard.Core.Tests.Geoparsing;

/// <summary>
/// Session 27 (location): a consonant look-alike is taken over the reading spelled as written when the text names its
/// sub-district (<c>PlaceRanker.LookAlikeInArea</c>); the report repeating the name itself ("A and the A farms") names
/// the place, not a sub-district that shares its consonants, so it does not make the look-alike "the one place in the
/// area the report names". Invented places, sentences composed for these tests.
/// </summary>
public class LookAlikeOwnNameTests
{
    /// <summary>Spelled "Dallam" only in Hasakah.</summary>
    private static readonly Place Written = new("t:dallam-hasakah", "Dallam", 36.70, 40.80, "P", "PPL", "SY", "Al-Hasakah", "Al-Hasakeh", 0, "ocha");

    /// <summary>The seat of the Dillim sub-district in Daraa, 500 km off: the same consonants, another spelling.</summary>
    private static readonly Place LookAlike = new("t:dillim-seat", "Dillim", 32.80, 36.20, "P", "PPLA3", "SY", "Daraa", "Izra'", 0, "ocha", Admin3: "Dillim");

    private static readonly Geoparser Parser = TestPipeline.GeoparserOver(PlaceIndex.Build([("Dallam", Written), ("Dillim", LookAlike)]));

    private static ResolvedPlace Mention(string text) =>
        Parser.Parse(new ArticleInput("composed.txt", text, ArticleFormat.PlainText)).Places.First(p => p.OriginalText == "Dallam");

    [Fact]
    public void TheSkeletonsMeet_AndTheFoldsDoNot()
    {
        Assert.Equal(NameFolding.Skeleton("Dallam"), NameFolding.Skeleton("Dillim"));
        Assert.NotEqual(NameFolding.Fold("Dallam"), NameFolding.Fold("Dillim"));
    }

    [Theory]
    [InlineData("Government forces seized Dallam and the Dallam farms on Friday.")]
    [InlineData("Jets hit Dallam and the nearby Dallam bridge.")]
    [InlineData("Rebels overran Dallam after a week of shelling on the Dallam hills.")]
    public void TheNameRepeated_NamesNoSubDistrictOfALookAlike(string sentence) =>
        Assert.NotEqual(LookAlike.Id, Mention(sentence).Place?.Id);

    [Fact]
    public void TheSubDistrictNamedByItsOwnWord_StillHoldsTheLookAlike() =>
        Assert.Equal(LookAlike.Id, Mention("Government forces seized Dallam in the Dillim sub-district.").Place?.Id);
}
