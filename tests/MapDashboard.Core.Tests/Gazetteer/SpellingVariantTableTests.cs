using MapDashboard.Core.Gazetteer;

namespace MapDashboard.Core.Tests.Gazetteer;

/// <summary>
/// Issue #21 point 6: the spellings humanitarian lists and news use for the same places must meet in the folded key or
/// the consonant skeleton, through the general rules of transliteration.tsv (not a list of place pairs).
/// </summary>
public class SpellingVariantTableTests
{
    public static TheoryData<string, string> IssuePairs => new()
    {
        { "Idleb", "Idlib" },
        { "Ftireh", "Fattirah" },
        { "Orm Eljoz", "Urum al-Jawz" },
        { "Quamishli", "Qamishli" },
        { "Qamishli", "Al Qamishli" },
        { "Maaret", "Ma'arrat" },
        { "Ma'arrat", "Maarat" },
        { "Kafr", "Kafer" },
        { "Kafer", "Kfar" },
        { "Tal", "Tell" },
        { "Tell", "Tall" },
        { "Deir-ez-Zor", "Deir Ezzor" },
        { "Deir Ezzor", "Dayr az Zawr" },
        { "As-Sweida", "Suwayda" },
        { "Suwayda", "Sweida" },
        { "Dar'a", "Daraa" },
        { "Daraa", "Deraa" },
        { "Ras Al Ain", "Ras al-Ayn" },
        { "Tal Abiad", "Tell Abyad" },
        { "Menbij", "Manbij" },
        { "Azaz", "A'zaz" },
        { "Toman", "Tuman" },
        { "Arran", "Aran" },
        { "Farkya", "Farkia" },
        { "Tal Silmo", "Tell Salmo" },
    };

    [Theory]
    [MemberData(nameof(IssuePairs))]
    public void IssuePair_MeetsOnTheFoldedKeyOrTheSkeleton(string a, string b) =>
        Assert.True(NameFolding.Fold(a) == NameFolding.Fold(b) || NameFolding.Skeleton(a) == NameFolding.Skeleton(b),
            $"'{a}' ({NameFolding.Fold(a)} / {NameFolding.Skeleton(a)}) and '{b}' ({NameFolding.Fold(b)} / {NameFolding.Skeleton(b)}) do not meet");

    /// <summary>Pairs that differ only by a rule of the table meet on the folded key itself, not only on the looser skeleton.</summary>
    [Theory]
    [InlineData("Tal Hamis", "Tell Hamis")]
    [InlineData("Kfar Nubl", "Kafr Nubl")]
    [InlineData("Maaret Misrin", "Maarat Misrin")]
    [InlineData("Ein Elhur", "Ayn al-Hur")]
    [InlineData("Orm Eljoz", "Urm al-Joz")]
    [InlineData("Sheikh Maqsoud", "Shaykh Maqsud")]
    [InlineData("Tall Alkhadra", "Tall al-Khadra")]
    [InlineData("Bir Alsaad", "Bir al Saad")]
    [InlineData("Kafr Almanar", "Kafr el-Manar")]
    public void RuleOfTheTable_MakesTheFoldedKeysEqual(string a, string b) => Assert.Equal(NameFolding.Fold(a), NameFolding.Fold(b));

    /// <summary>Different places must not be folded together by the rules.</summary>
    [Theory]
    [InlineData("Tall Abyad", "Tall Aswad")]
    [InlineData("Kafr Nubl", "Kafr Nabudah")]
    [InlineData("Aran", "Oran")]
    [InlineData("Wadi Allan", "Wadi Lan")]
    public void DifferentNames_StayApartOnTheFoldedKey(string a, string b) => Assert.NotEqual(NameFolding.Fold(a), NameFolding.Fold(b));

    [Theory]
    [InlineData("الباب", "الْبَاب")]
    [InlineData("إدلب", "ادلب")]
    [InlineData("حماة", "حماه")]
    public void ArabicSpellingsOfOneName_ShareTheFoldedKey(string a, string b) => Assert.Equal(NameFolding.Fold(a), NameFolding.Fold(b));

    [Fact]
    public void EveryRule_SaysWhereItComesFrom()
    {
        var rules = TransliterationRules.Default.All;

        Assert.True(rules.Count > 50);
        Assert.All(rules, r => Assert.False(string.IsNullOrWhiteSpace(r.Source)));
        Assert.Contains(rules, r => r.Kind == "word" && r.From == "tal" && r.To == "tall");
    }

    [Fact]
    public void MalformedRow_IsRefusedWithItsLine() =>
        Assert.Contains(":3:", Assert.Throws<FormatException>(() => TransliterationRules.Parse("kind\tfrom\tto\tsource\nword\ttel\ttall\tx\nverb\ta\tb\tc\n")).Message);
}
