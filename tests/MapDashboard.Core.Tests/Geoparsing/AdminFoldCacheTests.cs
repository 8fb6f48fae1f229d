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
        // Read from a span of a longer text, as the admin context reads its phrases.
        var text = "In " + phrase + " today";
        Assert.Equal(expected, AdminFoldCache.FoldAndSkeleton(text.AsSpan(3, phrase.Length)));
    }

    [Fact]
    public void ALongRunOfNewPhrases_KeepsAtMostTwoGenerations_AndThePhrasesStillInUse()
    {
        var cache = new AdminFoldCache(capacity: 50);
        const string repeated = "Kafr Nabl";
        for (var i = 0; i < 1000; i++)
        {
            var phrase = $"Tall Hamid {i}";
            Assert.Equal(NameFolding.FoldAndSkeleton(phrase), cache.Keys(phrase, null));
            Assert.Equal(NameFolding.FoldAndSkeleton(repeated), cache.Keys(repeated.AsSpan(), null));
            Assert.InRange(cache.Count, 1, 100);
        }
        // The phrase asked for all along is still kept; one asked for once long ago is not (it is folded again when met).
        Assert.True(cache.Holds(repeated));
        Assert.False(cache.Holds("Tall Hamid 3"));
        Assert.Equal(NameFolding.FoldAndSkeleton("Tall Hamid 3"), cache.Keys("Tall Hamid 3", "Tall Hamid 3"));
    }
}
