using MapDashboard.Core.Gazetteer;
using MapDashboard.Core.Geoparsing;

namespace MapDashboard.Core.Tests.Geoparsing;

/// <summary>
/// A hill's consonants are in the lexicon as a populated place's are, and marked as a hill's: "Tall Binasra" has the
/// consonants of the hill "Tell Banasrah"; a village's consonants are not a hill's.
/// </summary>
public class HillSkeletonTests
{
    private static readonly ToponymLexicon Lexicon = ToponymLexicon.Build(["Tell Banasrah", "Tall Nasr"], NameFolding.Fold,
        skeletonNames: ["Tall Nasr"], skeleton: NameFolding.Skeleton, hillNames: ["Tell Banasrah"]);

    [Theory]
    [InlineData("Tall Binasra")]
    [InlineData("Tal Banasra")]
    public void HillSpelledOtherwise_HasAHillsConsonants(string text)
    {
        Assert.True(Lexicon.ContainsHillSkeleton(text));
        Assert.True(Lexicon.ContainsSkeleton(text));
    }

    [Theory]
    [InlineData("Tal Nassr")]
    [InlineData("Tall Binasra Kabir")]
    [InlineData("Banasra")]
    public void VillageOrOtherName_HasNoHillsConsonants(string text) => Assert.False(Lexicon.ContainsHillSkeleton(text));
}
