using Dapper;
using MapDashboard.Data.Store;

namespace MapDashboard.Data.Tests.Store;

public class EventStoreTests
{
    private static readonly DateOnly Jan30 = new(2017, 1, 30);

    private static StoredEvent Capture(string place, double lat, double lon, DateOnly? date, string excerpt = "The Tiger Forces have liberated al-Brije.") => new()
    {
        DateStart = date, DatePrecision = date is null ? "unknown" : "day", Type = "Battles", SubType = "Government regains territory",
        Actor1 = "tiger-forces", Actor2 = "isis", AssocActors = ["saa"], PlaceId = "gn:" + place, PlaceName = place, Admin1 = "Aleppo",
        Lat = lat, Lon = lon, Precision = 2, Confidence = 0.8, Excerpt = excerpt, ExcerptStart = 10, ExcerptEnd = 10 + excerpt.Length,
        ControlChange = new StoredControlChange("gn:" + place, place, lat, lon, date, "saa", "isis", "liberated", 0.9),
    };

    private static StoredArticle Article(string hash, string pipeline = "1", params StoredEvent[] events) => new()
    {
        ContentHash = hash, Source = $"seeds/{hash}.txt", Title = "Title " + hash, Outlet = "South Front", Published = Jan30,
        PublishedPrecision = "day", OriginalText = "original", CleanedText = "cleaned", OffsetMapJson = "[]", PipelineVersion = pipeline,
        Mentions = [new StoredMention("al-Bab", 0, 6, true, "gn:al-Bab", "Al Bab", 36.37, 37.52, "PPLA2", "SY", "Aleppo", 1, 0.95, "unique name", null)],
        Events = events,
    };

    private static async Task<(EventStore Store, EventQueries Queries)> OpenAsync(TempDatabase db)
    {
        var store = new EventStore(db.Factory);
        await store.InitializeAsync();
        return (store, new EventQueries(db.Factory));
    }

    [Fact]
    public async Task SameContentTwice_ChangesNothing()
    {
        using var db = new TempDatabase();
        var (store, queries) = await OpenAsync(db);
        var article = Article("a", "1", Capture("al-Bab", 36.37, 37.52, Jan30));

        var first = await store.IngestAsync(article);
        var second = await store.IngestAsync(article);

        Assert.Equal(IngestStatus.Added, first.Status);
        Assert.Equal(IngestStatus.Unchanged, second.Status);
        Assert.Equal(1, await queries.CountAsync(new EventQuery()));
    }

    [Fact]
    public async Task SameEventFromTwoArticles_MergesIntoOneEventWithTwoSources()
    {
        using var db = new TempDatabase();
        var (store, queries) = await OpenAsync(db);

        await store.IngestAsync(Article("a", "1", Capture("al-Bab", 36.37, 37.52, Jan30)));
        await store.IngestAsync(Article("b", "1", Capture("al-Bab", 36.37, 37.52, Jan30, "Government troops took al-Bab.")));

        var events = await queries.FindAsync(new EventQuery());
        var single = Assert.Single(events);
        Assert.Equal(2, single.SourceCount);
        var detail = await queries.GetAsync(single.Id);
        Assert.NotNull(detail);
        Assert.Equal(2, detail.Sources.Count);
        Assert.Equal(["saa"], detail.AssocActors);
    }

    [Fact]
    public async Task NewPipelineVersion_ReplacesDerivedRows()
    {
        using var db = new TempDatabase();
        var (store, queries) = await OpenAsync(db);
        await store.IngestAsync(Article("a", "1", Capture("al-Bab", 36.37, 37.52, Jan30)));

        var outcome = await store.IngestAsync(Article("a", "2", Capture("Tadef", 36.35, 37.53, Jan30)));

        Assert.Equal(IngestStatus.Reprocessed, outcome.Status);
        var single = Assert.Single(await queries.FindAsync(new EventQuery()));
        Assert.Equal("Tadef", single.PlaceName);
        await using var connection = await db.Factory.OpenAsync();
        Assert.Equal(1L, await connection.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM control_changes"));
        Assert.Equal(1L, await connection.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM events_rtree"));
    }

    [Fact]
    public async Task FailureMidArticle_LeavesNothingHalfWritten()
    {
        using var db = new TempDatabase();
        var (store, queries) = await OpenAsync(db);
        var broken = Capture("al-Bab", 36.37, 37.52, Jan30) with { Type = null! };

        await Assert.ThrowsAnyAsync<Exception>(() => store.IngestAsync(Article("a", "1", Capture("Tuman", 36.3, 37.6, Jan30), broken)));

        await using var connection = await db.Factory.OpenAsync();
        Assert.Equal(0L, await connection.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM articles"));
        Assert.Equal(0L, await connection.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM place_mentions"));
        Assert.Equal(0, await queries.CountAsync(new EventQuery()));
    }

    [Fact]
    public async Task WindowAndBoundingBox_SelectOverlappingEvents()
    {
        using var db = new TempDatabase();
        var (store, queries) = await OpenAsync(db);
        await store.IngestAsync(Article("a", "1",
            Capture("al-Bab", 36.37, 37.52, Jan30),
            Capture("Salqin", 36.14, 36.45, new DateOnly(2020, 6, 13)),
            Capture("Nowhere", 36.0, 37.0, null)));

        var jan = await queries.FindAsync(new EventQuery { From = new(2017, 1, 1), To = new(2017, 1, 31) });
        var westOf37 = await queries.FindAsync(new EventQuery { Bounds = new BoundingBox(35.5, 35.5, 37.1, 36.5) });
        var undated = await queries.FindAsync(new EventQuery { UndatedOnly = true });

        Assert.Equal(["al-Bab"], jan.Select(e => e.PlaceName));
        Assert.Equal(["Nowhere", "Salqin"], westOf37.Select(e => e.PlaceName).Order());
        Assert.Equal(["Nowhere"], undated.Select(e => e.PlaceName));
        Assert.Equal((Jan30, new DateOnly(2020, 6, 13)), await queries.GetDateSpanAsync());
    }

    [Fact]
    public async Task ActorAndTypeFilters_AreBoundParameters()
    {
        using var db = new TempDatabase();
        var (store, queries) = await OpenAsync(db);
        await store.IngestAsync(Article("a", "1", Capture("al-Bab", 36.37, 37.52, Jan30)));

        Assert.Single(await queries.FindAsync(new EventQuery { Actors = ["saa"], Types = ["Battles"] }));
        Assert.Empty(await queries.FindAsync(new EventQuery { Actors = ["x' OR '1'='1"] }));
        Assert.Empty(await queries.FindAsync(new EventQuery { Types = ["Battles') OR 1=1 --"] }));
    }

    [Fact]
    public async Task InvalidBoundingBox_IsRejectedWithMessage()
    {
        using var db = new TempDatabase();
        var (_, queries) = await OpenAsync(db);

        var error = await Assert.ThrowsAsync<ArgumentException>(() => queries.FindAsync(new EventQuery { Bounds = new BoundingBox(40, 30, 35, 36) }));

        Assert.Contains("not a valid lon/lat rectangle", error.Message);
    }
}
