using Dapper;
using MapDashboard.Data.Store;
using MapDashboard.Data.Tests.Appearances;
using MapDashboard.Data.Tests.Contract;
using Microsoft.Data.Sqlite;
using SQLitePCL;

namespace MapDashboard.Data.Tests.Store;

/// <summary>
/// Issue 18: what the SQLite writer's statements and batch settings cost. The near-duplicate candidates, read on the
/// batch's prepared statements, are the candidate query's; a batch keeps its savepoints' journal in memory and hands
/// its connection back with the defaults.
/// </summary>
public sealed class SqliteWriterStatementTests
{
    [Fact]
    public async Task TheSqliteCandidateQuery_FindsWhatTheParameterisedQueryFinds()
    {
        await using var db = await TestStore.CreateAsync(StoreProvider.Sqlite);
        var store = new EventStore(db.Factory);
        var ids = new List<long>();
        for (var i = 0; i < 6; i++)
        {
            ids.Add((await store.IngestAsync(ProseArticles.Article($"n{i}", ProseArticles.Prose(Words, 300 + i, 90), "almanac.example", "Notes", "Valley Almanac")))
                .ArticleId);
        }
        await using var connection = (SqliteConnection)await db.OpenAsync();
        // Band keys chosen by the test: 7001 held by all six articles, 7002 by the first three, 7003 by the second only.
        await connection.ExecuteAsync("DELETE FROM article_bands");
        foreach (var (key, id) in ids.Select(id => (7001L, id)).Concat(ids.Take(3).Select(id => (7002L, id))).Append((7003L, ids[1])))
        {
            await connection.ExecuteAsync("INSERT INTO article_bands (band_key, article_id) VALUES (@key, @id)", new { key, id });
        }
        await using var transaction = await connection.BeginTransactionAsync();
        using var commands = StoreCommands.For(connection, transaction);

        foreach (var (keys, cap) in new (long[], int)[] { ([7001, 7002, 7003], 100), ([7001, 7002, 7003], 5), ([7001, 7002], 3), ([7002, 7002, 9999], 2), ([7001], 1) })
        {
            var expected = (await AppearanceStore.CandidatesAsync(connection, transaction, keys, cap, CancellationToken.None)).Select(c => (c.Id, c.Shared)).ToList();
            var prepared = SqliteBandCommands.Candidates(commands, keys, cap).Select(c => (c.Id, c.Shared)).ToList();
            Assert.Equal(expected, prepared);
        }
        // The cases above include a key over the cap that is left out, and a ranking by the keys shared.
        Assert.Equal([(ids[1], 2L), (ids[0], 1L), (ids[2], 1L)], SqliteBandCommands.Candidates(commands, [7001, 7002, 7003], 5).Select(c => (c.Id, c.Shared)));
    }

    [Fact]
    public async Task TheBatchSettings_KeepTemporaryStorageInMemory()
    {
        await using var db = await TestStore.CreateAsync(StoreProvider.Sqlite);
        await using var connection = await db.OpenAsync();
        Assert.Equal(0L, await connection.ExecuteScalarAsync<long>("PRAGMA temp_store"));

        await connection.ExecuteAsync(SqliteBatchSession.BatchSettings);

        Assert.Equal(2L, await connection.ExecuteScalarAsync<long>("PRAGMA temp_store"));
        Assert.Equal(-131072L, await connection.ExecuteScalarAsync<long>("PRAGMA cache_size"));
    }

    [Fact]
    public async Task ABatch_HandsItsConnectionBackWithTheDefaultTemporaryStorage()
    {
        await using var db = await TestStore.CreateAsync(StoreProvider.Sqlite);
        var store = new EventStore(db.Factory);

        var results = await store.IngestBatchAsync([
            ProseArticles.Article("m1", ProseArticles.Prose(Words, 11, 80), "almanac.example", "Notes", "Valley Almanac"),
            ProseArticles.Article("m2", ProseArticles.Prose(Words, 12, 80), "almanac.example", "Notes", "Valley Almanac"),
        ]);

        Assert.All(results, r => Assert.Equal(IngestStatus.Added, r.Outcome!.Status));
        await using var connection = await db.OpenAsync();
        Assert.Equal(0L, await connection.ExecuteScalarAsync<long>("PRAGMA temp_store"));
    }

    [Fact]
    public async Task StringPairs_OnSqlite_ReadTheRowsOnOnePreparedCommandForTheTransaction()
    {
        await using var db = await TestStore.CreateAsync(StoreProvider.Sqlite);
        await using var connection = await db.OpenAsync();
        await connection.ExecuteAsync("CREATE TABLE pairs (a TEXT, b TEXT, n INTEGER)");
        await connection.ExecuteAsync("INSERT INTO pairs VALUES ('north', '2024-03-01', 1), (NULL, '2024-03-02', 1), ('south', NULL, 2)");
        await using var transaction = await connection.BeginTransactionAsync();
        using var commands = StoreCommands.For(connection, transaction);
        const string sql = "SELECT a, b FROM pairs WHERE n = @n ORDER BY b";

        var first = await commands.StringPairsAsync(sql, new { n = 1 }, CancellationToken.None);
        var second = await commands.StringPairsAsync(sql, new { n = 2 }, CancellationToken.None);

        Assert.Equal([("north", "2024-03-01"), (null, "2024-03-02")], first);
        Assert.Equal([("south", (string?)null)], second);
        Assert.Equal(1, commands.Prepared);
    }

    // General English words the texts above are drawn from (no article, no place, no actor).
    private static readonly string[] Words = """
        almanac furrow sickle scythe haystack windmill millstone granary sack flour loaf crust oven baker apron ladle
        pantry larder crock brine pickle jar lid shelf cupboard drawer spoon fork plate bowl jug pitcher basin towel
        """.Split((char[])[' ', '\n', '\r'], StringSplitOptions.RemoveEmptyEntries);
}
