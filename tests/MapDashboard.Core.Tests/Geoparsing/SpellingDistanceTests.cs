using MapDashboard.Core.Geoparsing;

namespace MapDashboard.Core.Tests.Geoparsing;

public class SpellingDistanceTests
{
    [Theory]
    [InlineData("baza", "bza")]
    [InlineData("bza", "biza")]
    [InlineData("atira", "atire")]
    [InlineData("karkin", "karkin")]
    [InlineData("tal samn", "tal saman")]
    public void OneLetterApart_IsClose(string a, string b) => Assert.True(SpellingDistance.AtMostOne(a, b));

    [Theory]
    [InlineData("baza", "abad")]
    [InlineData("hawir", "hawayir")]
    [InlineData("halta", "hatla")]
    [InlineData("kat", "kataba")]
    public void TwoOrMoreApart_IsNotClose(string a, string b) => Assert.False(SpellingDistance.AtMostOne(a, b));
}
