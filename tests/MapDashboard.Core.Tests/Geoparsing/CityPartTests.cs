using static MapDashboard.Core.Tests.Geoparsing.ResolutionFixture;

namespace MapDashboard.Core.Tests.Geoparsing;

/// <summary>
/// Issue #21 point 5 with a direction: a compass word before the bare name of a city of districts names a part of the
/// city; with a region cue as well ("countryside", "province", "rural"), or before a smaller city's name, the governorate.
/// Sentences composed for these tests (the held-out ones are in <see cref="CityPartHeldOutTests"/>).
/// </summary>
public class CityPartTests
{
    [Theory]
    [InlineData("Rebel fighters withdrew from western Aleppo on Tuesday.", "western")]
    [InlineData("Snipers were still active in southern Aleppo, a resident said.", "southern")]
    public void CompassWordBeforeALargeCity_MeansThePartOfTheCity(string sentence, string direction)
    {
        var place = Mention(Parse(sentence), "Aleppo");

        Assert.Equal(AleppoCity, place.Place);
        Assert.Equal(2, place.Precision);
        Assert.Contains($"'{direction}' part of it", place.Reason);
    }

    [Theory]
    [InlineData("Artillery pounded the eastern Aleppo countryside for hours.")]
    [InlineData("Militants shelled villages in northern Aleppo province.")]
    [InlineData("Airstrikes hit rural eastern Aleppo before dawn.")]
    public void CompassWordWithARegionCue_StaysTheGovernorate(string sentence)
    {
        var place = Mention(Parse(sentence), "Aleppo");

        Assert.Equal(AleppoGov, place.Place);
        Assert.Equal(3, place.Precision);
    }

    [Fact]
    public void CompassWordBeforeASmallerCity_MeansThePartOfTheGovernorate()
    {
        Assert.Equal(HamaGov, Mention(Parse("The army pushed deeper into southern Hama."), "Hama").Place);
    }

    [Fact]
    public void BareLargeCity_IsStillTheCityAtItsPoint()
    {
        var place = Mention(Parse("Rockets fell on Aleppo overnight."), "Aleppo");

        Assert.Equal((AleppoCity, 1), (place.Place, place.Precision));
    }
}
