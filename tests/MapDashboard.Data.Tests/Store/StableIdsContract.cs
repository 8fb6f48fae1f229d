using Dapper;
using MapDashboard.Data.Store;
using MapDashboard.Data.Tests.Contract;

namespace MapDashboard.Data.Tests.Store;

/// <summary>
/// Issue 17.1: processing an article again keeps the ids of the events and mentions that still exist; a vanished one
/// leaves a tombstone; new rows never take a removed id. The same tests on SQLite and PostgreSQL.
/// </summary>
public abstract class StableIdsContract
{
    protected abstract StoreProvider Provider { get; }

    private static readonly DateOnly Day = new(2019, 4, 12);

    private static StoredEvent Strike(string place, double lat, double lon, int sentence, DateOnly? date = null) => new()
    {
        DateStart = date ?? Day, DatePrecision = "day", Type = "Explosions/Remote violence", SubType = "Shelling/artillery/missile attack",
        Actor1 = "army", Actor2 = null, PlaceId = "gn:" + place, PlaceName = place, Admin1 = "Idlib", Lat = lat, Lon = lon, Precision = 1,
        Confidence = 0.7, Excerpt = $"Artillery hit {place}.", ExcerptStart = sentence * 100, ExcerptEnd = sentence * 100 + 20,
    };

    private static StoredMention Mention(string place, int start) =>
        new(place, start, start + place.Length, true, "gn:" + place, place, 35.9, 36.6, "PPL", "SY", "Idlib", 1, 0.9, "unique name", null);

    private static StoredArticle Article(string hash, string pipeline, StoredEvent[] events, StoredMention[] mentions) => new()
    {
        ContentHash = hash, Source = $"{hash}.txt", Title = "Title " + hash, Published = Day, PublishedPrecision = "day", OriginalText = "text",
        CleanedText = "text", OffsetMapJson = "[]", PipelineVersion = pipeline, Mentions = mentions, Events = events,
    };

    private static readonly StoredEvent Kafrnabl = Strike("Kafrnabl", 35.61, 36.56, 1);
    private static readonly StoredEvent Hish = Strike("Hish", 35.55, 36.64, 2);
    private static readonly StoredEvent Maarzita = Strike("Maarzita", 35.51, 36.69, 3);

    private static StoredArticle Original(string pipeline = "1") =>
        Article("a", pipeline, [Kafrnabl, Hish], [Mention("Kafrnabl", 114), Mention("Hish", 214)]);

    private static async Task<Dictionary<string, long>> IdsAsync(TestStore db, string table, string column)
    {
        await using var connection = await db.OpenAsync();
        return (await connection.QueryAsync<(string Name, long Id)>($"SELECT {column}, id FROM {table}")).ToDictionary(r => r.Name, r => r.Id);
    }

    [Fact]
    public async Task Issue17_ReprocessedArticle_KeepsTheIdsOfEventsAndMentionsThatRemain()
    {
        await using var db = await TestStore.CreateAsync(Provider);
        var store = new EventStore(db.Factory);
        await store.IngestAsync(Original());
        await store.IngestAsync(Article("b", "1", [Maarzita], [Mention("Maarzita", 314)]));
        var events = await IdsAsync(db, "events", "place_name");
        var mentions = await IdsAsync(db, "place_mentions", "text");

        // A new pipeline dates Hish a day earlier (its merge key changes) and finds one more place: the old rows keep their ids.
        var outcome = await store.IngestAsync(Article("a", "2", [Kafrnabl, Hish with { DateStart = Day.AddDays(-1) }, Strike("Kansafra", 35.62, 36.5, 4)],
            [Mention("Kafrnabl", 114), Mention("Hish", 214), Mention("Kansafra", 414)]));

        Assert.Equal(IngestStatus.Reprocessed, outcome.Status);
        var after = await IdsAsync(db, "events", "place_name");
        var mentionsAfter = await IdsAsync(db, "place_mentions", "text");
        Assert.Equal(events["Kafrnabl"], after["Kafrnabl"]);
        Assert.Equal(events["Hish"], after["Hish"]);
        Assert.Equal(events["Maarzita"], after["Maarzita"]);
        Assert.True(after["Kansafra"] > events.Values.Max());
        Assert.Equal(mentions["Kafrnabl"], mentionsAfter["Kafrnabl"]);
        Assert.Equal(mentions["Hish"], mentionsAfter["Hish"]);
        Assert.True(mentionsAfter["Kansafra"] > mentions.Values.Max());
    }

    [Fact]
    public async Task Issue17_VanishedEvent_LeavesATombstone_AndComingBackGetsItsIdBack()
    {
        await using var db = await TestStore.CreateAsync(Provider);
        var store = new EventStore(db.Factory);
        var removed = new RemovedRecordQueries(db.ReadOnlyFactory);
        await store.IngestAsync(Original());
        var before = await IdsAsync(db, "events", "place_name");
        var mentionsBefore = await IdsAsync(db, "place_mentions", "text");

        await store.IngestAsync(Article("a", "1", [Kafrnabl], [Mention("Kafrnabl", 114)]), reprocess: true, new RemovalCause("correction", 7));
        var gone = await removed.FindEventAsync(before["Hish"]);
        var goneMention = await removed.FindMentionAsync(mentionsBefore["Hish"]);
        var live = await removed.FindEventAsync(before["Kafrnabl"]);

        Assert.NotNull(gone);
        Assert.Equal("correction", gone.Cause);
        Assert.Equal(7, gone.CorrectionId);
        Assert.Contains("removed by a correction", gone.Describe());
        Assert.NotNull(goneMention);
        Assert.Null(live);

        // Undone: the event and the mention come back under their old ids, and their tombstones go.
        await store.IngestAsync(Original(), reprocess: true, new RemovalCause("undo", 7));
        var restored = await IdsAsync(db, "events", "place_name");
        Assert.Equal(before["Hish"], restored["Hish"]);
        Assert.Equal(mentionsBefore["Hish"], (await IdsAsync(db, "place_mentions", "text"))["Hish"]);
        Assert.Null(await removed.FindEventAsync(before["Hish"]));
        Assert.Null(await removed.FindMentionAsync(mentionsBefore["Hish"]));
    }

    [Fact]
    public async Task Issue17_NewRows_NeverTakeTheIdOfARemovedOne()
    {
        await using var db = await TestStore.CreateAsync(Provider);
        var store = new EventStore(db.Factory);
        await store.IngestAsync(Original());
        var before = await IdsAsync(db, "events", "place_name");
        var mentionsBefore = await IdsAsync(db, "place_mentions", "text");
        // Hish, the newest event and mention, vanishes: SQLite would number the next row after the highest remaining id.
        await store.IngestAsync(Article("a", "2", [Kafrnabl], [Mention("Kafrnabl", 114)]));

        await store.IngestAsync(Article("b", "1", [Maarzita], [Mention("Maarzita", 314)]));

        var after = await IdsAsync(db, "events", "place_name");
        Assert.True(after["Maarzita"] > before["Hish"]);
        Assert.True((await IdsAsync(db, "place_mentions", "text"))["Maarzita"] > mentionsBefore["Hish"]);
        Assert.Equal("reprocessing", (await new RemovedRecordQueries(db.ReadOnlyFactory).FindEventAsync(before["Hish"]))?.Cause);
    }

    [Fact]
    public async Task Issue17_EventAnotherArticleStillReports_IsNotTombstoned()
    {
        await using var db = await TestStore.CreateAsync(Provider);
        var store = new EventStore(db.Factory);
        await store.IngestAsync(Original());
        await store.IngestAsync(Article("b", "1", [Hish with { Excerpt = "Shells fell on Hish." }], []));
        var before = await IdsAsync(db, "events", "place_name");

        await store.IngestAsync(Article("a", "2", [Kafrnabl], [Mention("Kafrnabl", 114)]));

        Assert.Equal(before["Hish"], (await IdsAsync(db, "events", "place_name"))["Hish"]);
        Assert.Null(await new RemovedRecordQueries(db.ReadOnlyFactory).FindEventAsync(before["Hish"]));
    }
}

/// <summary>Issue 17.1 on SQLite.</summary>
public sealed class StableIdsSqliteTests : StableIdsContract
{
    protected override StoreProvider Provider => StoreProvider.Sqlite;
}

/// <summary>Issue 17.1 on PostgreSQL.</summary>
public sealed class StableIdsPostgresTests : StableIdsContract
{
    protected override StoreProvider Provider => StoreProvider.Postgres;
}
