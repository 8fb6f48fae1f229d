using MapDashboard.Data.Store;
using MapDashboard.Data.Tests.Contract;

namespace MapDashboard.Data.Tests.Store;

/// <summary>Issue 17.18: the undated panel links each event to the first article that reports it (its date field).</summary>
public abstract class FirstArticlesContract
{
    protected abstract StoreProvider Provider { get; }

    private static StoredEvent Undated(string place) => new()
    {
        DatePrecision = "unknown", Type = "Battles", SubType = "Armed clash", Actor1 = "army", PlaceId = "gn:" + place, PlaceName = place,
        Lat = 35.1, Lon = 36.9, Precision = 1, Confidence = 0.6, Excerpt = $"Clashes near {place}.", ExcerptStart = 0, ExcerptEnd = 20,
    };

    private static StoredArticle Article(string hash, params StoredEvent[] events) => new()
    {
        ContentHash = hash, Source = hash + ".txt", Title = hash, PublishedPrecision = null, OriginalText = "text", CleanedText = "text",
        OffsetMapJson = "[]", PipelineVersion = "1", Mentions = [], Events = events,
    };

    [Fact]
    public async Task Issue17_FirstArticles_NameTheLowestArticleOfEachEvent()
    {
        await using var db = await TestStore.CreateAsync(Provider);
        var store = new EventStore(db.Factory);
        var first = await store.IngestAsync(Article("x", Undated("Kurin"), Undated("Bsanqul")));
        var second = await store.IngestAsync(Article("y", Undated("Kurin")));
        var queries = new EventQueries(db.ReadOnlyFactory);
        var events = (await queries.FindAsync(new EventQuery { UndatedOnly = true })).ToDictionary(e => e.PlaceName, e => e.Id);

        var articles = await queries.FirstArticlesAsync([events["Kurin"], events["Bsanqul"], 999_999]);

        Assert.Equal(2, articles.Count);
        Assert.Equal(first.ArticleId, articles[events["Kurin"]]);
        Assert.Equal(first.ArticleId, articles[events["Bsanqul"]]);
        Assert.NotEqual(second.ArticleId, first.ArticleId);
    }
}

public sealed class FirstArticlesSqliteTests : FirstArticlesContract
{
    protected override StoreProvider Provider => StoreProvider.Sqlite;
}

public sealed class FirstArticlesPostgresTests : FirstArticlesContract
{
    protected override StoreProvider Provider => StoreProvider.Postgres;
}
