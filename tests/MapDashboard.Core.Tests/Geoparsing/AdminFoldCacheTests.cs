using MapDashboard.Core.Gazetteer;
using MapDashboard.Core.Geoparsing;

namespace MapDashboard.Core.Tests.Geoparsing;

public class AdminFoldCacheTests
{
    [Theory]
    [InlineData("Deir ez-Zor")]
    [InlineData("Ma'arrat al-Nu'man")]
    [InlineData("Idleb")]
    [InlineData("Sakawiyeh")]
    [InlineData("Tal Elshur")]
    [InlineData("Free Syrian Army")]
    public void Keys_AreTheFoldingsOwn_FirstAndAgain(string phrase)
    {
        var expected = NameFolding.FoldAndSkeleton(phrase);
        Assert.Equal(expected, AdminFoldCache.FoldAndSkeleton(phrase));
        Assert.Equal(expected, AdminFoldCache.FoldAndSkeleton(phrase));
    }
}
