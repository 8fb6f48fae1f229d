namespace MapDashboard.Core.Tests.Events;

/// <summary>
/// Issue 22 (session 25): a governorate's seat named after a chain of containers ("the outskirts of A in the B district of
/// C") only says where A lies; the event is at A, not at the seat 20-150 km off. Places of <see cref="LocationFixture"/>:
/// Zuhur (Aleppo), Qasr Nuri, Suqaylabiyah, Jisr al-Shughur, Ariha and Al-Bab (district seats).
/// </summary>
public class AreaChainTests
{
    [Theory]
    [InlineData("Jets pounded the outskirts of Zuhur in the Al-Bab district of Aleppo.", "t:zuhur")]
    [InlineData("Regime helicopters bombed the outskirts of Qasr Nuri in the Qasr Nuri district of Homs.", "t:qasr-nuri")]
    [InlineData("Rebels shelled the outskirts of Suqaylabiyah in the Suqaylabiyah district of Hama.", "t:suqaylabiyah")]
    [InlineData("Militants attacked the outskirts of Jisr al-Shughur in the Jisr al-Shughur district of Idlib.", "t:jisr-shughur")]
    [InlineData("Insurgents raided the countryside of Ariha in the Ariha district of Idlib.", "t:ariha")]
    public void SeatAfterAChainOfContainers_IsNotTheEventsPlace(string sentence, string expected)
    {
        var e = LocationFixture.Code(sentence).First();
        Assert.Equal(expected, e.Location?.Id);
    }

    // Guard: a seat named first as a place of its own keeps its event.
    [Fact]
    public void SeatNamedFirst_KeepsItsEvent()
    {
        var e = LocationFixture.Code("Rebels shelled Hama city and the farms of Salamiyah.").First();
        Assert.Equal("t:hama-city", e.Location?.Id);
    }
}
