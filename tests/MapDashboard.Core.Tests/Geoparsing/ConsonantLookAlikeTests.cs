using MapDashboard.Core.Articles;
using MapDashboard.Core.Gazetteer;
using MapDashboard.Core.Geoparsing;
using MapDashboard.Core.Tests.Pipeline;

namespace MapDashboard.Core.Tests.Geoparsing;

/// <summary>
/// A name spelled as written only far outside the area the report states, while one village inside it shares the
/// name's consonants: the look-alike is the place (<c>PlaceRanker.LookAlikeInArea</c>). With nothing contradicting the
/// reading spelled as written, it stays. Invented places, sentences composed for these tests.
/// </summary>
public class ConsonantLookAlikeTests
{
    private static Place Village(string id, string name, double lat, double lon, string admin1, string admin2, long population = 0, string code = "PPL") =>
        new(id, name, lat, lon, "P", code, "SY", admin1, admin2, population, "ocha");

    // Spelled "Tall Shamra" only in Hasakah; "Tell Shimri" (same consonants, folded otherwise) in the Ariha district of Idlib.
    private static readonly Place ShamraHasakah = Village("t:shamra-hasakah", "Tall Shamra", 36.60, 40.90, "Al-Hasakah", "Al-Hasakeh");
    private static readonly Place ShimriIdlib = Village("t:shimri-idlib", "Tell Shimri", 35.80, 36.62, "Idlib", "Ariha");
    private static readonly Place Ariha = Village("t:ariha", "Ariha", 35.81, 36.61, "Idlib", "Ariha", 40_000, "PPLA2");
    private static readonly Place Qamishli = Village("t:qamishli", "Qamishli", 37.05, 41.22, "Al-Hasakah", "Quamishli", 180_000, "PPLA2");
    private static readonly Place Hasakah = Village("t:hasakah", "Hasakah", 36.50, 40.75, "Al-Hasakah", "Al-Hasakeh", 190_000, "PPLA");
    // Two look-alikes in the Jisr district: nothing tells them apart.
    private static readonly Place KabirHama = Village("t:kabir-hama", "Kafr Rumman", 35.10, 36.70, "Hama", "Hama");
    private static readonly Place Jisr = Village("t:jisr", "Jisr al-Shughur", 35.81, 36.32, "Idlib", "Jisr-Ash-Shugur", 50_000, "PPLA2");

    private static readonly Geoparser Parser = TestPipeline.GeoparserOver(PlaceIndex.Build(
    [
        ("Tall Shamra", ShamraHasakah), ("Tell Shimri", ShimriIdlib), ("Ariha", Ariha), ("Qamishli", Qamishli), ("Hasakah", Hasakah),
        ("Kafr Rumman", KabirHama), ("Kfar Romana", Village("t:romana-jisr-1", "Kfar Romana", 35.85, 36.30, "Idlib", "Jisr-Ash-Shugur")),
        ("Kfar Rimmin", Village("t:rimmin-jisr-2", "Kfar Rimmin", 35.70, 36.40, "Idlib", "Jisr-Ash-Shugur")), ("Jisr al-Shughur", Jisr),
    ]));

    private static ResolvedPlace Mention(string text, string name) =>
        Parser.Parse(new ArticleInput("composed.txt", text, ArticleFormat.PlainText)).Places.First(p => p.OriginalText == name);

    [Fact]
    public void TheSkeletonsMeet_AndTheFoldsDoNot()
    {
        Assert.Equal(NameFolding.Skeleton("Tall Shamra"), NameFolding.Skeleton("Tell Shimri"));
        Assert.NotEqual(NameFolding.Fold("Tall Shamra"), NameFolding.Fold("Tell Shimri"));
    }

    [Theory]
    [InlineData("Government jets struck Tall Shamra in the Ariha district on Monday.")]
    [InlineData("Clashes raged in Tall Shamra and Ariha overnight.")]
    public void ReadingOutsideTheReportsArea_GivesWayToTheOneLookAlikeInside(string sentence) =>
        Assert.Equal(ShimriIdlib, Mention(sentence, "Tall Shamra").Place);

    [Theory]
    [InlineData("Government jets struck Tall Shamra on Monday.")]
    [InlineData("Clashes raged in Tall Shamra and Qamishli overnight.")]
    [InlineData("Kurdish forces shelled Tall Shamra in the Hasakah countryside.")]
    public void NothingContradictsTheReadingSpelledAsWritten_ItStays(string sentence) =>
        Assert.Equal(ShamraHasakah, Mention(sentence, "Tall Shamra").Place);

    [Fact]
    public void TwoLookAlikesInTheNamedDistrict_SettleNothing()
    {
        var place = Mention("Rebels shelled Kafr Rumman in the Jisr-Ash-Shugur district.", "Kafr Rumman");

        Assert.NotEqual("t:romana-jisr-1", place.Place?.Id);
        Assert.NotEqual("t:rimmin-jisr-2", place.Place?.Id);
    }
}
