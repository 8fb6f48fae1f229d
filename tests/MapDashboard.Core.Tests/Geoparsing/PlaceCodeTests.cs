using MapDashboard.Core.Gazetteer;
using MapDashboard.Core.Geoparsing;

namespace MapDashboard.Core.Tests.Geoparsing;

/// <summary>
/// A code of two or three capitals a gazetteer gives a place (an airport's, a unit's: "DAM", "HAM") reads the place only
/// where the text writes it in capitals: "the Tishrin Dam", "a ham radio" are no Damascus, no Hamburg. Invented places.
/// </summary>
public class PlaceCodeTests
{
    private static Place City(string id, string name, double lat, double lon) => new(id, name, lat, lon, "P", "PPLA", "SY", "Somewhere", null, 100_000, "test");

    private static readonly Place Capital = City("t:capital", "Qasrin", 33.5, 36.3);
    private static readonly Place Port = City("t:port", "Hamat", 35.1, 35.9);

    private static readonly PlaceIndex Index = PlaceIndex.Build([("Qasrin", Capital), ("DAM", Capital), ("Hamat", Port), ("HAM", Port), ("Ham", City("t:ham", "Ham", 34.0, 37.0))]);

    [Theory]
    [InlineData("Dam")]
    [InlineData("dam")]
    public void ACode_IsNoReadingOfTheWordWrittenInSmallLetters(string surface) =>
        Assert.DoesNotContain(Index.Candidates(surface), c => c.Place.Id == "t:capital");

    [Fact]
    public void ACode_WrittenInCapitals_ReadsItsPlace() =>
        Assert.Contains(Index.Candidates("DAM"), c => c.Place.Id == "t:capital");

    [Fact]
    public void APlaceNamedAsTheWordIsWritten_StaysWhenACodeIsLeftOut()
    {
        var candidates = Index.Candidates("Ham");
        Assert.Contains(candidates, c => c.Place.Id == "t:ham");
        Assert.DoesNotContain(candidates, c => c.Place.Id == "t:port");
    }
}
