using MapDashboard.Data.Store;
using MapDashboard.Data.Tests.Contract;

namespace MapDashboard.Data.Tests.Store;

/// <summary>
/// Issue 18 (cold start): the time bar's span and months come from index searches and one index scan, not from scans of the
/// events' rows; the answers must stay those of the plain aggregates (MIN, MAX, GROUP BY month).
/// </summary>
public abstract class CorpusOverviewContract
{
    protected abstract StoreProvider Provider { get; }

    private static StoredEvent Event(string place, DateOnly? start, DateOnly? end = null, bool deleted = false) => new()
    {
        DateStart = start, DateEnd = end, DatePrecision = start is null ? "unknown" : "day", Type = "Battles", SubType = "Armed clash",
        Actor1 = "army", PlaceId = "gn:" + place, PlaceName = place, Lat = 35.1, Lon = 36.9, Precision = 1, Confidence = 0.6,
        Excerpt = $"Fighting went on at {place}.", ExcerptStart = 0, ExcerptEnd = 20, Deleted = deleted,
    };

    private static StoredArticle Article(string hash, params StoredEvent[] events) => new()
    {
        ContentHash = hash, Source = hash + ".txt", Title = hash, PublishedPrecision = null, OriginalText = "text", CleanedText = "text",
        OffsetMapJson = "[]", PipelineVersion = "1", Mentions = [], Events = events,
    };

    [Fact]
    public async Task Span_EndsWithTheLatestEnd_EvenOfAnEventThatStartedEarlier()
    {
        await using var db = await TestStore.CreateAsync(Provider);
        var store = new EventStore(db.Factory);
        await store.IngestAsync(Article("a",
            Event("Kafr Nabl", new DateOnly(2015, 3, 2), new DateOnly(2015, 9, 30)), // a siege: the latest end, not the latest start
            Event("Maarzaf", new DateOnly(2015, 6, 1)),
            Event("Tall Sukkar", new DateOnly(2015, 8, 14)),
            Event("Haish", new DateOnly(2014, 11, 5), deleted: true),
            Event("Jarjanaz", null)));
        var queries = new EventQueries(db.ReadOnlyFactory);

        Assert.Equal((new DateOnly(2015, 3, 2), new DateOnly(2015, 9, 30)), await queries.GetDateSpanAsync());
    }

    [Fact]
    public async Task Span_IsNull_WithoutADatedEvent()
    {
        await using var db = await TestStore.CreateAsync(Provider);
        await new EventStore(db.Factory).IngestAsync(Article("a", Event("Jarjanaz", null)));

        Assert.Null(await new EventQueries(db.ReadOnlyFactory).GetDateSpanAsync());
    }

    [Fact]
    public async Task Months_CountTheDatedEventsByTheMonthTheyStart_WithoutDeletedOrUndatedOnes()
    {
        await using var db = await TestStore.CreateAsync(Provider);
        var store = new EventStore(db.Factory);
        await store.IngestAsync(Article("a",
            Event("Kafr Nabl", new DateOnly(2015, 1, 31), new DateOnly(2015, 2, 3)),
            Event("Maarzaf", new DateOnly(2015, 1, 1)),
            Event("Tall Sukkar", new DateOnly(2015, 3, 1)),
            Event("Haish", new DateOnly(2015, 3, 20), deleted: true),
            Event("Jarjanaz", null)));
        await store.IngestAsync(Article("b", Event("Tall Sukkar", new DateOnly(2015, 3, 31)), Event("Kurin", new DateOnly(2016, 12, 31))));

        var months = await new EventQueries(db.ReadOnlyFactory).CountByMonthAsync();

        Assert.Equal([("2015-01", 2L), ("2015-03", 2L), ("2016-12", 1L)], months);
    }
}

public sealed class CorpusOverviewSqliteTests : CorpusOverviewContract
{
    protected override StoreProvider Provider => StoreProvider.Sqlite;
}

public sealed class CorpusOverviewPostgresTests : CorpusOverviewContract
{
    protected override StoreProvider Provider => StoreProvider.Postgres;
}
