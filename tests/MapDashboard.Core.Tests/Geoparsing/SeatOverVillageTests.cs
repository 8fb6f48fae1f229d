using MapDashboard.Core.Articles;
using MapDashboard.Core.Gazetteer;
using MapDashboard.Core.Geoparsing;
using MapDashboard.Core.Tests.Pipeline;

namespace MapDashboard.Core.Tests.Geoparsing;

/// <summary>
/// Session 26 (location): a name that is a sub-district seat and plain villages elsewhere, all listed without a
/// population (as OCHA lists them) and read alike, is the seat, whichever record the index lists first: the ranker's
/// seat-over-village principle (<c>PlaceRanker.Outweighs</c>) decides the tie, not the order of the records. Invented
/// places, sentences composed for these tests.
/// </summary>
public class SeatOverVillageTests
{
    private static Place Place(string id, string name, double lat, double lon, string admin1, string code) =>
        new(id, name, lat, lon, "P", code, "SY", admin1, null, 0, "ocha");

    private static readonly Place Seat = Place("t:mushrifah-seat", "Mushrifah", 35.90, 39.60, "Raqqa", "PPLA3");
    private static readonly Place Hama = new("t:hama", "Hama", 35.13, 36.76, "P", "PPLA", "SY", "Hama", null, 460_000, "geonames");

    // The villages first: the order the index lists records must not decide.
    private static readonly Geoparser Parser = TestPipeline.GeoparserOver(PlaceIndex.Build(
    [
        ("Mushrifah", Place("t:mushrifah-idlib", "Mushrifah", 35.80, 36.40, "Idlib", "PPL")),
        ("Mushrifah", Place("t:mushrifah-homs", "Mushrifah", 34.60, 37.20, "Homs", "PPL")),
        ("Mushrifah", Seat), ("Hama", Hama),
    ]));

    private static ResolvedPlace Mention(string text) =>
        Parser.Parse(new ArticleInput("composed.txt", text, ArticleFormat.PlainText)).Places.Single(p => p.OriginalText == "Mushrifah");

    [Theory]
    [InlineData("Tribal fighters clashed with the police in Mushrifah on Friday.")]
    [InlineData("Artillery pounded Mushrifah for a second day.")]
    [InlineData("Villagers fled the southern countryside of Mushrifah after the raid.")]
    public void SeatAndVillagesOfOneName_ReadAsTheSeat(string sentence) => Assert.Equal(Seat.Id, Mention(sentence).Place?.Id);

    [Fact]
    public void VillageTheTextLocates_StaysTheVillage() =>
        Assert.Equal("t:mushrifah-idlib", Mention("Artillery pounded Mushrifah in Idlib province for a second day.").Place?.Id ?? "unresolved");
}
