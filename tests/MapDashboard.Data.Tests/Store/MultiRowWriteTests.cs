using Dapper;
using MapDashboard.Core.Pipeline;
using MapDashboard.Data.Store;
using MapDashboard.Data.Tests.Contract;

namespace MapDashboard.Data.Tests.Store;

/// <summary>
/// Issue 18.4: a new article's rows go to PostgreSQL in multi-row statements, one per table, while SQLite writes them
/// one by one. Both stores, fed the same articles, must hold the same rows in the same order: events an article
/// reports twice, events another article stored first, actors, sources, control changes and band keys included.
/// </summary>
public sealed class MultiRowWriteTests
{
    private static readonly DateOnly Day = new(2019, 5, 2);

    private static StoredEvent Event(string place, string excerpt, double confidence = 0.7, ControlChangeReport? change = null) => new()
    {
        DateStart = Day, DatePrecision = "day", Type = "Battles", SubType = "Armed clash", Actor1 = "militia-a", Actor2 = "militia-b",
        AssocActors = ["militia-c", "militia-a"], PlaceId = "gn:" + place, PlaceName = place, Admin1 = "Hama", Lat = 35.1, Lon = 36.7, Precision = 1,
        Confidence = confidence, Excerpt = excerpt, ExcerptStart = 3, ExcerptEnd = 3 + excerpt.Length, ControlChange = change,
    };

    private static StoredArticle Article(string hash, string text, params StoredEvent[] events) => new()
    {
        ContentHash = hash, Source = hash + ".txt", Title = hash, Published = Day, PublishedPrecision = "day", OriginalText = text, CleanedText = text,
        OffsetMapJson = "[]", PipelineVersion = "1", Events = events,
        Mentions = [.. Enumerable.Range(0, 7).Select(i => new StoredMention($"Place {hash}{i}", i * 10, i * 10 + 7, i % 3 != 0, i % 3 != 0 ? $"gn:{i}" : null,
            i % 3 != 0 ? $"Place {i}" : null, i % 3 != 0 ? 35 + i / 10.0 : null, i % 3 != 0 ? 36.5 : null, "PPL", "SY", null, i % 3 != 0 ? 1 : 0, 0.5, "a reason", null))],
    };

    [Fact]
    public async Task PostgresMultiRowWrites_StoreWhatSqliteRowByRowWritesStores()
    {
        var change = new ControlChangeReport("gn:Kafr Zita", "Kafr Zita", 35.37, 36.6, Day, "saa", "rebels", "captured", 0.8);
        var articles = new[]
        {
            // The same event reported twice in one article (the second report's confidence wins), and a capture.
            Article("first", "Fighters clashed at Halfaya; the army captured Kafr Zita. Invented text for a test.",
                Event("Halfaya", "Fighters clashed at Halfaya."), Event("Halfaya", "Clashes went on at Halfaya.", 0.9),
                Event("Kafr Zita", "The army captured Kafr Zita.", 0.8, change)),
            // An event the first article stored already, and one of its own.
            Article("second", "Halfaya saw clashes again, and Suran was shelled. Another invented text.",
                Event("Halfaya", "Halfaya saw clashes again.", 0.6), Event("Suran", "Suran was shelled.")),
            Article("third", "A report without any event, only places. A third invented text."),
        };
        await using var sqlite = await TestStore.CreateAsync(StoreProvider.Sqlite);
        await using var postgres = await TestStore.CreateAsync(StoreProvider.Postgres);
        foreach (var db in new[] { sqlite, postgres })
        {
            var store = new EventStore(db.Factory);
            await store.InitializeAsync();
            Assert.All(await store.IngestBatchAsync(articles), r => Assert.Equal(IngestStatus.Added, r.Outcome?.Status));
            Assert.Equal(IngestStatus.Unchanged, (await store.IngestAsync(articles[1])).Status);
        }

        var want = await StoreRows.ReadAsync(sqlite);
        var got = await StoreRows.ReadAsync(postgres);
        Assert.Equal(want, got);
        Assert.Contains(want, r => r.StartsWith("e|1|0.9|0|", StringComparison.Ordinal)); // the second report of the first article's clash raised its confidence
        Assert.Contains(want, r => r.StartsWith("c|", StringComparison.Ordinal));
        Assert.Contains(want, r => r.StartsWith("b|", StringComparison.Ordinal));
    }

    [Fact]
    public async Task PostgresBatch_ABadArticleInTheMiddleFailsAlone_TheRestLandOnce_AndARerunAddsNothing()
    {
        // The third article's second event has no type (NOT NULL): its multi-row event insert fails after its mentions
        // and article row went in, so its savepoint must take all of those back while the articles around it land.
        var bad = Article("bad", "Invented text: a report whose second event lost its type.",
            Event("Kernaz", "Fighting near Kernaz was reported."), Event("Taybat al-Imam", "An attack on Taybat al-Imam.") with { Type = null! });
        var batch = new[]
        {
            Article("one", "Invented text: clashes at Halfaya in the morning.", Event("Halfaya", "Clashes at Halfaya.")),
            Article("two", "Invented text: Suran was shelled, and Halfaya again.", Event("Suran", "Suran was shelled."), Event("Halfaya", "Halfaya again.", 0.9)),
            bad,
            Article("four", "Invented text: a quiet day, only places named."),
            Article("five", "Invented text: Mhardeh reported shelling.", Event("Mhardeh", "Mhardeh reported shelling.")),
        };
        await using var batched = await TestStore.CreateAsync(StoreProvider.Postgres);
        await using var single = await TestStore.CreateAsync(StoreProvider.Postgres);
        var store = new EventStore(batched.Factory);
        await store.InitializeAsync();
        var oneAtATime = new EventStore(single.Factory);
        await oneAtATime.InitializeAsync();

        var landed = await store.IngestBatchAsync(batch);
        var again = await store.IngestBatchAsync(batch);
        foreach (var article in batch)
        {
            // The refused article fails here too, and uses up the ids it drew as it does in the batch.
            await Record.ExceptionAsync(() => oneAtATime.IngestAsync(article));
        }

        Assert.Equal([IngestStatus.Added, IngestStatus.Added, null, IngestStatus.Added, IngestStatus.Added], landed.Select(r => r.Outcome?.Status));
        Assert.NotNull(landed[2].Error);
        Assert.Equal([IngestStatus.Unchanged, IngestStatus.Unchanged, null, IngestStatus.Unchanged, IngestStatus.Unchanged], again.Select(r => r.Outcome?.Status));
        var rows = await StoreRows.ReadAsync(batched);
        Assert.DoesNotContain(rows, r => r.Contains("Kernaz", StringComparison.Ordinal) || r.Contains("Place bad", StringComparison.Ordinal));
        Assert.Equal(4, rows.Count(r => r.StartsWith("a|", StringComparison.Ordinal)));
        Assert.Equal(4 * 7, rows.Count(r => r.StartsWith("m|", StringComparison.Ordinal)));
        Assert.Equal(await StoreRows.ReadAsync(single), rows);
    }
}
