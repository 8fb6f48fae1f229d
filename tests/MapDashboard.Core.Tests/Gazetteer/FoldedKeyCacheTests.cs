using MapDashboard.Core.Gazetteer;

namespace MapDashboard.Core.Tests.Gazetteer;

public class FoldedKeyCacheTests
{
    [Theory]
    [InlineData("Tell Abyad")]
    [InlineData("Kafr Nabudah")]
    [InlineData("Ain al-Arab")]
    [InlineData("Qasr Ibn Wardan")]
    [InlineData("al-Bukamal")]
    [InlineData("دير حافر")]
    public void FoldAndSkeleton_KeptKeys_AreTheFoldingsOwn_FirstAndAgain(string name)
    {
        // FoldAndSkeleton is not kept: it folds each time, so it is the reference for the kept Fold and Skeleton.
        var expected = NameFolding.FoldAndSkeleton(name);
        Assert.Equal(expected.Fold, NameFolding.Fold(name));
        Assert.Equal(expected.Skeleton, NameFolding.Skeleton(name));
        Assert.Equal(expected.Fold, NameFolding.Fold(name));
        Assert.Equal(expected.Skeleton, NameFolding.Skeleton(name));
    }

    [Fact]
    public void Of_WorksOutAKeyOnce_ThenKeepsIt()
    {
        var calls = 0;
        var cache = new FoldedKeyCache(name => { calls++; return name.ToUpperInvariant(); });
        Assert.Equal("MARE'", cache.Of("Mare'"));
        Assert.Equal("MARE'", cache.Of("Mare'"));
        Assert.Equal("SARAQIB", cache.Of("Saraqib"));
        Assert.Equal(2, calls);
    }

    [Fact]
    public void Of_PastCapacity_StillAnswers_ByWorkingItOut()
    {
        var calls = 0;
        var cache = new FoldedKeyCache(name => { calls++; return name + "!"; });
        for (var i = 0; i < FoldedKeyCache.Capacity; i++)
        {
            cache.Of("n" + i);
        }
        Assert.Equal("late!", cache.Of("late"));
        Assert.Equal("late!", cache.Of("late"));
        Assert.Equal(FoldedKeyCache.Capacity + 2, calls);
    }
}
