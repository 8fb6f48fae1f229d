namespace MapDashboard.Core.Tests.Events;

/// <summary>
/// Issue 22 (session 25): a name the report calls a part of a city ("the A neighbourhood", "the quarter of A", "the A
/// district") whose only reading is a village far from every city the report names is no village elsewhere: it is drawn
/// near the report's city (precision 2), or not drawn when the report names no city. Places of
/// <see cref="LocationFixture"/>: Karm Tuffah (Latakia), Sahat Nur (north-east Aleppo, 38 km from Al-Bab), Dahiyat Warda (28 km
/// from Idlib), Jubb Nakhl (Hasakah), Harat Sultan
/// (Deir ez-Zor), Karm Lawz (5 km from Hama), Bab Hadid (a section of Aleppo, PPLX), Al-Bab (a district seat).
/// </summary>
public class CityPartElsewhereTests
{
    [Theory]
    [InlineData("Artillery struck the Dahiyat Warda neighbourhood. Government troops were massing outside Idlib city.", "t:idlib-city")]
    [InlineData("Two policemen died when a bomb went off in the quarter of Harat Sultan. Homs city's police chief blamed Islamic State cells.", "t:homs-city")]
    [InlineData("Rebels clashed with soldiers in the Sahat Nur district. The army's command in Al-Bab denied any losses.", "t:al-bab")]
    public void CityPartReadFarFromTheReportsCity_IsDrawnNearTheCity(string sentence, string city)
    {
        var e = LocationFixture.Code(sentence).First();
        Assert.Equal((city, 2), (e.Location?.Id, e.Precision));
    }

    [Theory]
    [InlineData("Masked men kidnapped a pharmacist in the Sahat Nur neighbourhood.")]
    [InlineData("A drone crashed on a school in the Harat Sultan quarter.")]
    [InlineData("Unknown gunmen killed a teacher in the Karm Tuffah district on Friday.")]
    public void CityPartWithNoCityNamed_IsNotDrawn(string sentence)
    {
        var e = LocationFixture.Code(sentence).First();
        Assert.Null(e.Location);
    }

    // Guards (negative cases): a reading near the report's city, a section the gazetteer knows, a district named by its
    // seat, and a village not called a city part keep their point.
    [Theory]
    [InlineData("A shell landed in the Karm Lawz neighbourhood; Hama city was quiet otherwise.", "t:karm-lawz")]
    [InlineData("A sniper killed an old man in the Bab Hadid quarter.", "t:bab-hadid")]
    [InlineData("The army took Karm Tuffah at dawn. Jets struck Raqqa city later that day.", "t:karm-tuffah")]
    public void CityPartNearItsCityOrNoCityPart_IsKept(string sentence, string expected)
    {
        var e = LocationFixture.Code(sentence).First();
        Assert.Equal(expected, e.Location?.Id);
    }

    // Named with its governorate ("the A district in Idlib"): the governorate's 100 km reach does not make A a
    // part of its city; a reading more than 10 km from the seat is drawn near the seat.
    [Theory]
    [InlineData("Mortars fell on the Umm Jarad district in Idlib overnight.", "t:idlib-city")]
    [InlineData("Rebel rockets hit the Tall Ward district in Hama.", "t:hama-city")]
    [InlineData("Clashes flared in the Jubb Qamar district in Hama.", "t:hama-city")]
    public void CityPartLocatedByItsGovernorateOnly_IsDrawnNearTheSeat(string sentence, string city)
    {
        var e = LocationFixture.Code(sentence).First();
        Assert.Equal((city, 2), (e.Location?.Id, e.Precision));
    }

    [Fact]
    public void CityPartLocatedByItsGovernorate_NearTheSeat_IsKept()
    {
        var e = LocationFixture.Code("Gunmen killed two men in the Karm Lawz district in Hama.").First();
        Assert.Equal("t:karm-lawz", e.Location?.Id);
    }

    [Fact]
    public void DistrictNamedByItsSeat_IsTheSeat()
    {
        var e = LocationFixture.Code("Turkish drones struck positions in the Al-Bab district. Fighting also flared in Aleppo city.").First();
        Assert.Equal("t:al-bab", e.Location?.Id);
    }
}
