using MapDashboard.Core.Events;
using MapDashboard.Core.Gazetteer;
using MapDashboard.Core.Geoparsing;
using MapDashboard.Core.Tests.Events;
using MapDashboard.Core.Tests.Pipeline;
using static MapDashboard.Core.Tests.Events.TestPlaces;

namespace MapDashboard.Core.Tests.Geoparsing;

/// <summary>
/// Session 29 (location): "countryside" written as two words or hyphenated ("the northern country side of X", "the X
/// country-side") is the same region as "countryside": X's countryside (the seat's point, precision 2), not the city
/// itself at precision 1. Invented places, sentences composed for these tests.
/// </summary>
public class CountrySideTests
{
    private static readonly Geoparser Parser = TestPipeline.GeoparserOver(PlaceIndex.Build(
    [
        ("Qarn", P("t:qarn-city", "Qarn", 34.90, 38.30, "Qarn", "PPLA", 200_000)),
        ("Qarn", P("t:qarn-gov", "Qarn", 34.80, 38.60, "Qarn", "ADM1")),
    ]));

    private static readonly EventCoder Coder = TestPipeline.Coder();

    private static (string? Id, int Precision) FirstEvent(string text)
    {
        var e = BatteryFiles.Code(Parser, Coder, text, new DateOnly(2019, 5, 2)).First();
        return (e.Location?.Id, e.Precision);
    }

    [Theory]
    [InlineData("Rebels attacked army posts in the northern country side of Qarn.")]
    [InlineData("Jets bombed several farms in the Qarn country-side on Friday.")]
    [InlineData("Insurgents ambushed a supply convoy in the Qarn eastern country side.")]
    public void CountrysideWrittenApart_IsTheRegionNotTheCity(string sentence) =>
        Assert.Equal(("t:qarn-city", 2), FirstEvent(sentence));

    [Fact]
    public void CountryAndSideInOtherSenses_LeaveTheCity() =>
        Assert.Equal(("t:qarn-city", 1), FirstEvent("A shell hit the side of a country house in Qarn on Monday."));
}
