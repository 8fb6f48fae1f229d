using MapDashboard.Core.Gazetteer;
using MapDashboard.Core.Geoparsing;

namespace MapDashboard.Core.Tests.Geoparsing;

/// <summary>
/// The lexicon keeps two-consonant skeletons apart from the ones the recognizer trusts after a locative alone, and a
/// name written qualifier last gets OCHA's English order.
/// </summary>
public class ShortNameAndQualifierTests
{
    private static readonly ToponymLexicon Lexicon = ToponymLexicon.Build(["Hweisis", "Tall Nasr"], NameFolding.Fold,
        skeletonNames: ["Hweisis", "Tall Nasr"], skeleton: NameFolding.Skeleton);

    [Fact]
    public void TwoConsonantSkeleton_IsShortNotOrdinary()
    {
        Assert.True(Lexicon.ContainsShortSkeleton("Hwisis"));
        Assert.False(Lexicon.ContainsSkeleton("Hwisis"));
        Assert.True(Lexicon.ContainsSkeleton("Tal Nassr"));
        Assert.False(Lexicon.ContainsShortSkeleton("Tal Nassr"));
        Assert.False(Lexicon.ContainsShortSkeleton("Hamas"));
    }

    [Theory]
    [InlineData("Mawalih Kabir", "Big Mawalih")]
    [InlineData("Mawalih al-Kbir", "Big Mawalih")]
    [InlineData("Khashab al-Tahtani", "Lower Khashab")]
    [InlineData("Sawda Gharbiyah", "Western Sawda")]
    [InlineData("Ruzz Sghira", "Little Ruzz")]
    public void QualifierLast_GivesTheEnglishOrder(string surface, string english) =>
        Assert.Contains(NameFolding.Fold(english), NameQualifier.OtherForms(surface).Select(NameFolding.Fold));

    [Theory]
    [InlineData("Mawalih")]
    [InlineData("Kabir")]
    [InlineData("Tall Kabir Nasr")]
    public void NoQualifierLast_GivesNothing(string surface) =>
        Assert.Empty(NameQualifier.TrailingForms(surface));
}
