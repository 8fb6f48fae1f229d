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
    public void TheFirstPhrasesAreKept_UpToTheCapacity_AndTheOthersFoldedEachTime()
    {
        var cache = new AdminFoldCache(capacity: 50);
        const string first = "Kafr Nabl";
        Assert.Equal(NameFolding.FoldAndSkeleton(first), cache.Keys(first.AsSpan(), null));
        for (var i = 0; i < 200; i++)
        {
            var phrase = $"Tall Hamid {i}";
            Assert.Equal(NameFolding.FoldAndSkeleton(phrase), cache.Keys(phrase, phrase));
            Assert.Equal(NameFolding.FoldAndSkeleton(phrase), cache.Keys(("In " + phrase).AsSpan(3), null));
            Assert.InRange(cache.Count, 1, 50);
        }
        Assert.True(cache.Holds(first));
        Assert.False(cache.Holds("Tall Hamid 150"));
    }
}
