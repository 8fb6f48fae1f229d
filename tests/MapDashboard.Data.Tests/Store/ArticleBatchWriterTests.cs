using Dapper;
using MapDashboard.Core.Pipeline;
using MapDashboard.Data.Store;
using MapDashboard.Data.Tests.Contract;
using Microsoft.Data.Sqlite;
using SQLitePCL;

namespace MapDashboard.Data.Tests.Store;

/// <summary>
/// Issue 18: a SQLite batch is written without a savepoint per article, and only a batch in which the store refuses an
/// article is rolled back whole and written again under a savepoint per article (<see cref="ArticleBatchWriter"/>). The
/// refused article still fails alone, and the store holds what writing the articles one at a time stores, ids included.
/// </summary>
public sealed class ArticleBatchWriterTests
{
    private static readonly DateOnly Day = new(2023, 6, 14);

    private static StoredEvent Protest(string town, double lat, double lon) => new()
    {
        DateStart = Day, DatePrecision = "day", Type = "Protests", SubType = "Peaceful protest", Actor1 = "teachers of " + town, AssocActors = ["union"],
        PlaceId = "gn:" + town, PlaceName = town, Admin1 = "North", Lat = lat, Lon = lon, Precision = 1, Confidence = 0.7,
        Excerpt = $"Teachers marched through {town} demanding back pay.", ExcerptStart = 0, ExcerptEnd = 48,
    };

    private static StoredArticle Article(string hash, params StoredEvent[] events)
    {
        var text = $"Teachers in {hash} walked out. " + string.Join(" ", Enumerable.Range(0, 50).Select(i => $"{hash}t{i}"));
        return new StoredArticle
        {
            ContentHash = hash, Source = $"wire/{hash}.txt", Title = "Strike " + hash, Outlet = "Wire", Published = Day, PublishedPrecision = "day",
            OriginalText = text, CleanedText = text, OffsetMapJson = "[]", PipelineVersion = "1",
            Mentions = events.Select((e, i) => new StoredMention(e.PlaceName, i * 12, i * 12 + e.PlaceName.Length, true, e.PlaceId, e.PlaceName,
                e.Lat, e.Lon, "PPL", "YY", "North", 1, 0.8, "unique name", null)).ToArray(),
            Events = events,
        };
    }

    private static StoredArticle Good(string hash, int i) => Article(hash, Protest($"{hash}-town", 10 + i * 0.01, 20 + i * 0.01));

    /// <summary>A report the store refuses (an event without a type), after a first event it would take.</summary>
    private static StoredArticle Refused(string hash) =>
        Article(hash, Protest($"{hash}-first", 11, 21), Protest($"{hash}-second", 11.5, 21.5) with { Type = null! });

    private const string Rows = """
        SELECT 'a' || id || ' ' || content_hash FROM articles
        UNION ALL SELECT 'e' || id || ' ' || event_key || ' ' || confidence FROM events
        UNION ALL SELECT 'm' || id || ' ' || article_id || ' ' || text FROM place_mentions
        UNION ALL SELECT 's' || event_id || ' ' || article_id FROM event_sources
        UNION ALL SELECT 'x' || event_id || ' ' || actor_id || ' ' || role FROM event_actors
        UNION ALL SELECT 'r' || id || ' ' || min_lon || ' ' || min_lat FROM events_rtree
        UNION ALL SELECT 'g' || month || ' ' || cx || ' ' || cy || ' ' || type || ' ' || n || ' ' || any_id FROM event_grid
        UNION ALL SELECT 'b' || band_key || ' ' || article_id FROM article_bands
        ORDER BY 1
        """;

    /// <summary>The statements SQLite runs on the session's connection from now on (its legacy trace: each statement's SQL as run).</summary>
    private static async Task<List<string>> TraceAsync(SqliteBatchSession session)
    {
        var connection = (SqliteConnection)await session.ConnectionAsync(CancellationToken.None);
        var statements = new List<string>();
        raw.sqlite3_trace(connection.Handle, (_, sql) => statements.Add(sql.utf8_to_string()), null);
        return statements;
    }

    private static async Task<List<string>> OneAtATimeAsync(IEnumerable<StoredArticle[]> batches)
    {
        await using var db = await TestStore.CreateAsync(StoreProvider.Sqlite);
        var store = new EventStore(db.Factory);
        foreach (var article in batches.SelectMany(b => b))
        {
            await Record.ExceptionAsync(() => store.IngestAsync(article));
        }
        await using var connection = await db.OpenAsync();
        return (await connection.QueryAsync<string>(Rows)).ToList();
    }

    [Fact]
    public async Task ABatchTheStoreTakesWhole_RunsNoSavepoint_AndStoresWhatOneAtATimeStores()
    {
        await using var db = await TestStore.CreateAsync(StoreProvider.Sqlite);
        var store = new EventStore(db.Factory);
        await using var session = store.OpenBatchSession()!;
        var batches = new[] { new[] { Good("ash", 0), Good("birch", 1), Good("cedar", 2) }, [Good("elm", 3), Good("fir", 4)] };
        await store.IngestBatchAsync(batches[0], session);
        var statements = await TraceAsync(session);

        var results = await store.IngestBatchAsync(batches[1], session);

        Assert.All(results, r => Assert.Equal(IngestStatus.Added, r.Outcome?.Status));
        Assert.Contains(statements, s => s.StartsWith("INSERT INTO events", StringComparison.Ordinal));
        Assert.DoesNotContain(statements, s => s.Contains("SAVEPOINT", StringComparison.OrdinalIgnoreCase));
        Assert.Equal(0, session.RolledBack);
        await using var connection = await db.OpenAsync();
        Assert.Equal(await OneAtATimeAsync(batches), (await connection.QueryAsync<string>(Rows)).ToList());
    }

    [Fact]
    public async Task ARefusedArticle_RollsTheBatchBackWhole_ThenItFailsAloneUnderSavepoints_AndTheStoreIsWhatOneAtATimeStores()
    {
        await using var db = await TestStore.CreateAsync(StoreProvider.Sqlite);
        var store = new EventStore(db.Factory);
        await using var session = store.OpenBatchSession()!;
        var batches = new[]
        {
            new[] { Good("oak", 0), Good("pine", 1) },
            [Good("quince", 2), Refused("rowan"), Good("spruce", 3), Good("oak", 0)],
            [Good("teak", 4), Good("walnut", 5)],
        };
        await store.IngestBatchAsync(batches[0], session);
        var statements = await TraceAsync(session);

        var results = await store.IngestBatchAsync(batches[1], session);

        Assert.Equal([IngestStatus.Added, null, IngestStatus.Added, IngestStatus.Unchanged], results.Select(r => r.Outcome?.Status));
        Assert.Contains("NOT NULL", results[1].Error);
        Assert.All(results.Where(r => r.Outcome is not null), r => Assert.Null(r.Error));
        Assert.Equal(1, session.RolledBack);
        Assert.Contains(statements, s => s.StartsWith("ROLLBACK", StringComparison.OrdinalIgnoreCase));
        Assert.Contains(statements, s => s.StartsWith("ROLLBACK TO", StringComparison.OrdinalIgnoreCase));

        // The memo learnt nothing from the rolled-back rows: the next batch numbers its rows as one at a time does.
        await store.IngestBatchAsync(batches[2], session);
        Assert.Equal(1, session.Opened);
        await using var connection = await db.OpenAsync();
        var stored = (await connection.QueryAsync<string>(Rows)).ToList();
        Assert.Equal(await OneAtATimeAsync(batches), stored);
        Assert.DoesNotContain(stored, r => r.Contains("rowan", StringComparison.Ordinal));
    }
}
