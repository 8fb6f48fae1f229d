using MapDashboard.Core.Articles;
using MapDashboard.Core.Gazetteer;
using MapDashboard.Core.Geoparsing;
using MapDashboard.Core.Tests.Pipeline;

namespace MapDashboard.Core.Tests.Geoparsing;

/// <summary>
/// Session 26 (location): "the A district" means the district a seat named A heads, not a village of that name next to
/// the city the report names; the seat then stands for the district (precision 2). Invented places, sentences composed
/// for these tests.
/// </summary>
public class DistrictSeatTests
{
    private static Place Place(string id, string name, double lat, double lon, string code, long population = 0) =>
        new(id, name, lat, lon, "P", code, "SY", "Hama", null, population, "ocha");

    private static readonly Place Seat = Place("t:bir-hamad-seat", "Bir Hamad", 35.45, 36.95, "PPLA2");
    private static readonly Place Village = Place("t:bir-hamad-village", "Bir Hamad", 35.16, 36.80, "PPL");

    private static readonly Geoparser Parser = TestPipeline.GeoparserOver(PlaceIndex.Build(
    [
        ("Bir Hamad", Village), ("Bir Hamad", Seat), ("Hama", Place("t:hama", "Hama", 35.13, 36.76, "PPLA", 460_000)),
    ]));

    private static ResolvedPlace Mention(string text) =>
        Parser.Parse(new ArticleInput("composed.txt", text, ArticleFormat.PlainText)).Places.First(p => p.OriginalText == "Bir Hamad");

    [Theory]
    [InlineData("Shelling hit the Bir Hamad district of Hama on Sunday.")]
    [InlineData("Fighting spread across the Bir Hamad district as Hama city was shelled.")]
    [InlineData("Activists reported arrests in the Bir Hamad district of Hama province.")]
    public void NameCalledADistrict_IsTheSeatsDistrict(string sentence)
    {
        var place = Mention(sentence);

        Assert.Equal(Seat.Id, place.Place?.Id);
        Assert.Equal(2, place.Precision);
    }

    [Fact]
    public void NameWithoutTheDistrictWord_StaysTheVillageNearTheCity() =>
        Assert.Equal(Village.Id, Mention("Shelling hit Bir Hamad near Hama city on Sunday.").Place?.Id);
}
