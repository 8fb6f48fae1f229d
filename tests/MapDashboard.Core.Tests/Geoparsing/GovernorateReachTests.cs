using MapDashboard.Core.Gazetteer;
using MapDashboard.Core.Geoparsing;

namespace MapDashboard.Core.Tests.Geoparsing;

/// <summary>Issue 22 (session 16): a governorate that is one city alone reaches a few km over its line, others 100 km.</summary>
public class GovernorateReachTests
{
    private static readonly GovernorateReach Reach = new(100, 30, GeoparsingWords.Default);

    private static Place Seat(string name, string admin1) => new("t:" + name, name, 33.5, 36.3, "P", "PPLA", "SY", admin1, null, 100_000, "test");

    [Theory]
    [InlineData("Damascus")]
    [InlineData("dimashq")]
    public void CityGovernorate_ReachesOnlyItsSuburbs(string admin1) => Assert.Equal(30, Reach.Of(Seat("Damascus", admin1)));

    [Theory]
    [InlineData("Hama")]
    [InlineData("Rif Dimashq")]
    [InlineData("Rural Damascus")]
    public void OtherGovernorate_KeepsTheWideReach(string admin1) => Assert.Equal(100, Reach.Of(Seat("X", admin1)));

    [Fact]
    public void NoGovernorate_KeepsTheWideReach() =>
        Assert.Equal(100, Reach.Of(new Place("t:x", "X", 33.5, 36.3, "P", "PPL", "SY", null, null, 0, "test")));
}
