using Dapper;
using MapDashboard.Core.Duplicates;
using MapDashboard.Core.Pipeline;
using MapDashboard.Data.Store;
using MapDashboard.Data.Tests.Appearances;
using MapDashboard.Data.Tests.Contract;

namespace MapDashboard.Data.Tests.Store;

/// <summary>
/// Issue 18.4: PostgreSQL writes a batch of articles with a few statements for the whole batch, deciding in memory what
/// each article comes to. Where the batch's articles bear on one another (a copy of an earlier article of the batch, the
/// same file twice, an event two of them report, captures of one place on several days), the store must hold what
/// SQLite holds after writing the same articles one at a time.
/// </summary>
public sealed class PostgresBatchWriteTests
{
    private static readonly DateOnly Day = new(2021, 3, 9);

    // General English words the texts below are drawn from (no place, no actor).
    private static readonly string[] Words = """
        kettle ladder orchard pencil harbour blanket lantern meadow saddle violin pepper ribbon canvas marble cellar
        thimble barrel compass anchor chimney garden window basket pillow feather hammer needle bucket mirror candle
        """.Split((char[])[' ', '\n', '\r'], StringSplitOptions.RemoveEmptyEntries);

    private static StoredEvent Event(string place, string excerpt, double confidence = 0.7, ControlChangeReport? change = null) => new()
    {
        DateStart = Day, DatePrecision = "day", Type = "Battles", SubType = "Armed clash", Actor1 = "side-a", Actor2 = "side-b",
        AssocActors = ["side-c"], PlaceId = "gn:" + place, PlaceName = place, Admin1 = "Idlib", Lat = 35.6, Lon = 36.6, Precision = 1,
        Confidence = confidence, Excerpt = excerpt, ExcerptStart = 0, ExcerptEnd = excerpt.Length, ControlChange = change,
    };

    private static ControlChangeReport Capture(DateOnly day, string side) => new("gn:Tall Rummana", "Tall Rummana", 35.6, 36.6, day, side, null, "captured", 0.8);

    private static async Task<EventStore> InitializedAsync(TestStore db)
    {
        var store = new EventStore(db.Factory);
        await store.InitializeAsync();
        return store;
    }

    private static StoredArticle Article(string hash, string text, params StoredEvent[] events) =>
        ProseArticles.Article(hash, text, "example.org", hash, "Example Outlet") with
        {
            Events = events,
            Mentions = [new StoredMention("Tall Rummana", 0, 12, true, "gn:Tall Rummana", "Tall Rummana", 35.6, 36.6, "PPL", "SY", null, 1, 0.9, "a reason", null)],
        };

    [Fact]
    public async Task ABatchWhoseArticlesBearOnOneAnother_StoresWhatOneAtATimeStores()
    {
        var first = ProseArticles.Prose(Words, 41, 160);
        var batch = new[]
        {
            Article("one", first, Event("Tall Rummana", "Fighting at Tall Rummana.", 0.6, Capture(Day, "side-a"))),
            // Reports the same clash (merged, higher confidence) and the other side's capture that day (contested).
            Article("two", ProseArticles.Prose(Words, 42, 150), Event("Tall Rummana", "Fighting at Tall Rummana.", 0.9, Capture(Day, "side-b"))),
            // A copy of the first, under another hash: an appearance of an article of the same batch.
            Article("copy", first + " Reprinted with the permission of the first paper."),
            Article("one", first, Event("Tall Rummana", "Fighting at Tall Rummana.", 0.6, Capture(Day, "side-a"))),
            Article("copy", first + " Reprinted with the permission of the first paper."),
            // Captures of the same place before and after that day: the periods chain around them.
            Article("three", ProseArticles.Prose(Words, 43, 150),
                Event("Kafr Nabl", "Shelling on Kafr Nabl.", 0.5, Capture(Day.AddDays(-4), "side-b")),
                Event("Maarzaf", "Shelling on Maarzaf.", 0.5, Capture(Day.AddDays(6), "side-a"))),
            Article("four", ProseArticles.Prose(Words, 44, 150), Event("Tall Rummana", "Fighting at Tall Rummana.", 0.4) with { Deleted = true }),
        };
        await using var sqlite = await TestStore.CreateAsync(StoreProvider.Sqlite);
        await using var postgres = await TestStore.CreateAsync(StoreProvider.Postgres);
        var oneAtATime = await InitializedAsync(sqlite);
        var batched = await InitializedAsync(postgres);

        var want = new List<IngestOutcome>();
        foreach (var article in batch)
        {
            want.Add(await oneAtATime.IngestAsync(article));
        }
        var got = await batched.IngestBatchAsync(batch);
        var again = await batched.IngestBatchAsync(batch);

        Assert.Equal(want, got.Select(r => r.Outcome));
        Assert.Equal([IngestStatus.Added, IngestStatus.Added, IngestStatus.Appearance, IngestStatus.Unchanged, IngestStatus.Unchanged,
            IngestStatus.Added, IngestStatus.Added], want.Select(o => o.Status));
        Assert.All(again, r => Assert.Equal(IngestStatus.Unchanged, r.Outcome?.Status));
        var rows = await StoreRows.ReadAsync(sqlite);
        Assert.Equal(rows, await StoreRows.ReadAsync(postgres));
        Assert.Contains(rows, r => r.StartsWith("p|gn:Tall Rummana|2021-03-09|2021-03-15|contested", StringComparison.Ordinal));
        Assert.Contains(rows, r => r.StartsWith("e|1|0.9|1|", StringComparison.Ordinal)); // merged: the highest confidence, the last report's deletion
    }

    /// <summary>
    /// The batch plan's re-read path: an article of the batch takes a band key over the cap, so the later articles that hold
    /// it are looked up again after the articles before them are written (a fault on that path fails this test). Whether
    /// counting the key anyway would change an outcome depends on the cut at the best 20 candidates, which this small
    /// batch does not reach: here it checks that the path runs and ends where one-at-a-time writes end.
    /// </summary>
    [Fact]
    public async Task ABandKeyTheBatchTakesOverTheCap_IsReadAgain_AndTheStoreHoldsWhatOneAtATimeStores()
    {
        const int cap = AppearanceStore.MaxArticlesPerBandKey;
        var originalText = ProseArticles.Prose(Words, 61, 160);
        // One band key of the batch's first article, which exactly the cap of stored articles already hold: the first
        // article takes it over the cap, so the later articles that hold it must be looked up again within the batch.
        var key = MinHashSignature.Of(TextShingles.Of(originalText)).BandKeys()[0];
        var stored = Enumerable.Range(0, cap).Select(i => Article($"stored{i}", ProseArticles.Prose(Words, 1000 + i, 120))).ToArray();
        var batch = new[]
        {
            Article("original", originalText),
            Article("copy", "Reprinted from the weekly edition. " + originalText),
            Article("stored-copy", stored[7].CleanedText + " Reprinted with permission."),
            Article("other", ProseArticles.Prose(Words, 62, 150)),
        };
        await using var sqlite = await TestStore.CreateAsync(StoreProvider.Sqlite);
        await using var postgres = await TestStore.CreateAsync(StoreProvider.Postgres);
        var oneAtATime = await InitializedAsync(sqlite);
        var batched = await InitializedAsync(postgres);
        foreach (var (db, store) in new[] { (sqlite, oneAtATime), (postgres, batched) })
        {
            foreach (var article in stored)
            {
                Assert.Equal(IngestStatus.Added, (await store.IngestAsync(article)).Status);
            }
            await using var connection = await db.OpenAsync();
            await connection.ExecuteAsync("DELETE FROM article_bands WHERE band_key = @key", new { key });
            await connection.ExecuteAsync("INSERT INTO article_bands (band_key, article_id) SELECT @key, id FROM articles", new { key });
            Assert.Equal(cap, await connection.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM article_bands WHERE band_key = @key", new { key }));
        }

        var want = new List<IngestOutcome>();
        foreach (var article in batch)
        {
            want.Add(await oneAtATime.IngestAsync(article));
        }
        var got = await batched.IngestBatchAsync(batch);

        Assert.Equal(want, got.Select(r => r.Outcome));
        Assert.Equal([IngestStatus.Added, IngestStatus.Appearance, IngestStatus.Appearance, IngestStatus.Added], want.Select(o => o.Status));
        Assert.Equal(await StoreRows.ReadAsync(sqlite), await StoreRows.ReadAsync(postgres));
    }
}
