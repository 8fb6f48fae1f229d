using MapDashboard.Core.Duplicates;
using MapDashboard.Data.Store;

namespace MapDashboard.Data.Tests.Store;

public class ShingleCacheTests
{
    private const string Report = "Shelling hit the northern market of the town on Monday morning, wounding several traders, residents said.";
    private const string Edited = "Shelling hit the southern market of the town on Monday evening, wounding several traders, residents said.";

    [Fact]
    public void AKeptEntry_ServesOnlyTheExactTextItWasMadeFrom()
    {
        var cache = new ShingleCache();
        var made = TextShingles.Of(Report);
        cache.Remember(7, Report, made);

        Assert.Same(made, cache.Of(7, Report));
        // The same id with another text (processed again, or another store's article): the shingles of that text.
        var other = cache.Of(7, Edited);
        Assert.NotSame(made, other);
        Assert.True(TextShingles.Of(Edited).SetEquals(other));
        Assert.Same(other, cache.Of(7, Edited));
    }

    [Fact]
    public void TheOldestEntriesGo_WhenTheCacheIsFull()
    {
        var cache = new ShingleCache();
        var first = TextShingles.Of(Report);
        cache.Remember(1, Report, first);
        for (var id = 2; id <= ShingleCache.Capacity + 1; id++)
        {
            cache.Remember(id, Report, TextShingles.Of(Report));
        }
        var again = cache.Of(1, Report);
        Assert.NotSame(first, again);
        Assert.True(first.SetEquals(again));
    }
}
