using Dapper;
using MapDashboard.Core.Pipeline;
using MapDashboard.Data.Store;
using MapDashboard.Data.Tests.Contract;
using Microsoft.Data.Sqlite;
using SQLitePCL;

namespace MapDashboard.Data.Tests.Store;

/// <summary>
/// Issue 18: a run of SQLite batches writes on one connection (<see cref="SqliteBatchSession"/>), which keeps its page
/// cache and what the writer learnt (<see cref="WriterMemo"/>) from one batch to the next, and gives the store the
/// writer gave with a connection per batch: the memo is forgotten when another connection wrote in between, a batch that
/// did not go through drops the connection, and the connection goes back to the pool with the default settings.
/// </summary>
public sealed class SqliteBatchSessionTests
{
    private static readonly DateOnly Day = new(2022, 3, 9);

    private static StoredEvent Flood(string place, double lat, double lon) => new()
    {
        DateStart = Day, DatePrecision = "day", Type = "Riots", SubType = "Mob violence", Actor1 = "rioters-" + place, AssocActors = [],
        PlaceId = "gn:" + place, PlaceName = place, Admin1 = "East", Lat = lat, Lon = lon, Precision = 1, Confidence = 0.6,
        Excerpt = $"A crowd set fire to stalls in {place} on Wednesday.", ExcerptStart = 3, ExcerptEnd = 50,
    };

    private static StoredArticle Article(string hash, int textLength = 0, params StoredEvent[] events)
    {
        var text = $"The market of {hash} burned. " + new string('x', textLength) + string.Join(" ", Enumerable.Range(0, 40).Select(i => $"{hash}w{i}"));
        return new StoredArticle
        {
            ContentHash = hash, Source = $"desk/{hash}.txt", Title = "Report " + hash, Outlet = "Desk", Published = Day, PublishedPrecision = "day",
            OriginalText = text, CleanedText = text, OffsetMapJson = "[]", PipelineVersion = "1",
            Mentions = events.Select((e, i) => new StoredMention(e.PlaceName, i * 10, i * 10 + e.PlaceName.Length, true, e.PlaceId, e.PlaceName,
                e.Lat, e.Lon, "PPL", "XX", "East", 1, 0.9, "unique name", null)).ToArray(),
            Events = events,
        };
    }

    private static StoredArticle[] Batch(string prefix, int count, int textLength = 0) => Enumerable.Range(0, count)
        .Select(i => Article($"{prefix}{i}", textLength, Flood($"{prefix}-place{i}", 5 + i * 0.01, 40 + i * 0.01))).ToArray();

    private const string Numbering = """
        SELECT 'e' || id || ' ' || event_key FROM events
        UNION ALL SELECT 'm' || id || ' ' || article_id || ' ' || text FROM place_mentions
        UNION ALL SELECT 'b' || band_key || ' ' || article_id FROM article_bands
        ORDER BY 1
        """;

    private static long CacheUsed(SqliteConnection connection)
    {
        raw.sqlite3_db_status(connection.Handle, raw.SQLITE_DBSTATUS_CACHE_USED, out var used, out _, 0);
        return used;
    }

    [Fact]
    public async Task ARunOfBatches_KeepsOneConnectionAndItsPageCacheBetweenThem_AndHandsItBackWithTheDefaults()
    {
        await using var db = await TestStore.CreateAsync(StoreProvider.Sqlite);
        var store = new EventStore(db.Factory);
        await using (var session = store.OpenBatchSession()!)
        {
            // 40 articles of about 60 KB each: the batch touches more pages than SQLite's default cache of 2 MB holds.
            await store.IngestBatchAsync(Batch("a", 40, 60_000), session);
            var connection = (SqliteConnection)await session.ConnectionAsync(CancellationToken.None);
            Assert.True(CacheUsed(connection) > 2_500_000, $"cache used between the batches: {CacheUsed(connection)} bytes");
            Assert.Equal(-131072L, await connection.ExecuteScalarAsync<long>("PRAGMA cache_size"));

            await store.IngestBatchAsync(Batch("b", 5), session);
            raw.sqlite3_db_status(connection.Handle, raw.SQLITE_DBSTATUS_CACHE_MISS, out _, out _, 1);
            await using (var reading = await connection.BeginTransactionAsync())
            {
                await connection.ExecuteScalarAsync<long>("SELECT SUM(length(original_text) + length(cleaned_text)) FROM articles", transaction: reading);
            }
            raw.sqlite3_db_status(connection.Handle, raw.SQLITE_DBSTATUS_CACHE_MISS, out var misses, out _, 0);
            Assert.Equal(0, misses);
            await store.IngestBatchAsync(Batch("c", 5), session);
            Assert.Same(connection, await session.ConnectionAsync(CancellationToken.None));
            Assert.Equal(1, session.Opened);
        }
        await using var pooled = await db.OpenAsync();
        Assert.Equal(-2000L, await pooled.ExecuteScalarAsync<long>("PRAGMA cache_size"));
        Assert.Equal("0", (await pooled.ExecuteScalarAsync<long>("PRAGMA temp_store")).ToString(System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(50L, await pooled.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM articles"));
    }

    [Fact]
    public async Task ABatchThatThrows_DropsTheSessionsConnection_AndTheNextBatchOpensAnother()
    {
        await using var db = await TestStore.CreateAsync(StoreProvider.Sqlite);
        var store = new EventStore(db.Factory);
        await using var session = store.OpenBatchSession()!;
        await store.IngestBatchAsync(Batch("a", 3), session);

        // An article the writer cannot handle at all (not a refusal by the database): the whole batch throws.
        var broken = Article("broken") with { CleanedText = null! };
        await Assert.ThrowsAnyAsync<Exception>(() => store.IngestBatchAsync([.. Batch("b", 2), broken], session));
        await using (var pooled = await db.OpenAsync())
        {
            Assert.Equal(-2000L, await pooled.ExecuteScalarAsync<long>("PRAGMA cache_size"));
        }

        await store.IngestBatchAsync(Batch("c", 3), session);
        Assert.Equal(2, session.Opened);
        await using var connection = await db.OpenAsync();
        Assert.Equal(6L, await connection.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM articles"));
    }

    [Fact]
    public async Task TheMemo_OutlivesTheSessionsTransactions_UntilAnotherConnectionCommits()
    {
        await using var db = await TestStore.CreateAsync(StoreProvider.Sqlite);
        var store = new EventStore(db.Factory);
        await using var session = store.OpenBatchSession()!;
        await store.IngestBatchAsync(Batch("a", 3), session);
        var connection = await session.ConnectionAsync(CancellationToken.None);

        await using (var transaction = await connection.BeginTransactionAsync())
        {
            var memo = await session.MemoAsync(transaction, CancellationToken.None);
            Assert.Equal(await connection.ExecuteScalarAsync<long>("SELECT MAX(id) + 1 FROM events", transaction: transaction),
                memo.NextId(RemovedRecordSql.EventKind));
        }

        await using (var other = await db.OpenAsync())
        {
            await other.ExecuteAsync("UPDATE articles SET title = 'retitled' WHERE id = 1");
        }
        await using (var transaction = await connection.BeginTransactionAsync())
        {
            Assert.Null((await session.MemoAsync(transaction, CancellationToken.None)).NextId(RemovedRecordSql.EventKind));
        }
    }

    [Fact]
    public async Task Batches_OnASession_NumberRowsAsAConnectionPerBatch_WhenAnotherConnectionRemovesRowsBetweenThem()
    {
        await using var viaSession = await TestStore.CreateAsync(StoreProvider.Sqlite);
        await using var perBatch = await TestStore.CreateAsync(StoreProvider.Sqlite);
        var store = new EventStore(viaSession.Factory);
        var reference = new EventStore(perBatch.Factory);
        await using var session = store.OpenBatchSession()!;
        // The highest event, its point and its mention removed by another connection between two batches: the next
        // batch's ids must be found again (one lower), not follow on from what the session's memo held.
        const string removeLast = """
            DELETE FROM events_rtree WHERE id = (SELECT MAX(id) FROM events);
            DELETE FROM event_sources WHERE event_id = (SELECT MAX(id) FROM events);
            DELETE FROM events WHERE id = (SELECT MAX(id) FROM events);
            DELETE FROM place_mentions WHERE id = (SELECT MAX(id) FROM place_mentions);
            """;

        foreach (var (prefix, removes) in new[] { ("a", true), ("b", false), ("c", true), ("d", false) })
        {
            var batch = Batch(prefix, 4);
            await store.IngestBatchAsync(batch, session);
            await reference.IngestBatchAsync(batch);
            if (removes)
            {
                await using var a = await viaSession.OpenAsync();
                await a.ExecuteAsync(removeLast);
                await using var b = await perBatch.OpenAsync();
                await b.ExecuteAsync(removeLast);
            }
        }

        await using var got = await viaSession.OpenAsync();
        await using var want = await perBatch.OpenAsync();
        Assert.Equal((await want.QueryAsync<string>(Numbering)).ToList(), (await got.QueryAsync<string>(Numbering)).ToList());
        Assert.Equal(1, session.Opened);
    }
}
