namespace MapDashboard.Core.Tests.Events;

/// <summary>
/// Session 19: a known part of a city named with its city ("the A neighbourhood of B") is one event at A; the city only
/// says where A is. Sentences written for these tests, over the invented places of <see cref="LocationFixture"/>.
/// </summary>
public class CityPartEventTests
{
    private static List<string?> Places(string text) => LocationFixture.Code(text).Select(e => e.Location?.Id).ToList();

    [Fact]
    public void NeighbourhoodOfACity_IsOneEventAtTheNeighbourhood() =>
        Assert.Equal(["t:bustan-warda"], Places("Shells fell on the Bustan Warda neighbourhood of Hama, wounding two children."));

    [Fact]
    public void QuarterInACityNamedAsSuch_IsOneEventAtTheQuarter() =>
        Assert.Equal(["t:bustan-warda"], Places("Rebels shelled the Bustan Warda quarter in Hama city overnight."));

    [Fact]
    public void QuarterOfTheCapital_IsOneEventAtTheQuarter() =>
        Assert.Equal(["t:damascus"], Places("Mortar rounds struck the Harat Nur quarter of the capital on Monday.").Distinct());

    [Fact]
    public void ANeighbourhoodAndItsCityJoinedByAnd_AreTwoPlaces() =>
        Assert.Equal(["t:bustan-warda", "t:hama-city"], Places("Government jets bombed Bustan Warda and Hama on Friday."));
}
