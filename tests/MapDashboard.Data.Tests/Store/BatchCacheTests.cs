using Dapper;
using MapDashboard.Data.Store;
using MapDashboard.Data.Tests.Contract;

namespace MapDashboard.Data.Tests.Store;

/// <summary>
/// A SQLite batch enlarges its connection's page cache for the batch; the connection must go back to the pool with the
/// default cache even when the batch throws, or every later user of the pooled connection keeps the batch cache.
/// </summary>
public sealed class BatchCacheTests
{
    private static StoredArticle Article(string hash, string? text) => new()
    {
        ContentHash = hash, Source = $"https://wire.example/{hash}", OriginalText = text ?? "", CleanedText = text!, OffsetMapJson = "[]",
        PipelineVersion = "1",
    };

    private static async Task<long[]> PooledCacheSizesAsync(TestStore db)
    {
        // Every idle connection of the pool (a few opened at once take them all).
        var connections = new List<System.Data.Common.DbConnection>();
        try
        {
            for (var i = 0; i < 4; i++)
            {
                connections.Add(await db.OpenAsync());
            }
            var sizes = new List<long>();
            foreach (var connection in connections)
            {
                sizes.Add(await connection.ExecuteScalarAsync<long>("PRAGMA cache_size"));
            }
            return [.. sizes];
        }
        finally
        {
            foreach (var connection in connections)
            {
                await connection.DisposeAsync();
            }
        }
    }

    [Fact]
    public async Task BatchThatThrows_ReturnsItsConnectionWithTheDefaultCache()
    {
        await using var db = await TestStore.CreateAsync(StoreProvider.Sqlite);
        var store = new EventStore(db.Factory);
        var good = Article("good", "Workers cleared the fallen trees from the mountain road on Monday and the buses ran again by the evening.");

        // An article the writer cannot handle at all (not a refusal by the database): the whole batch throws.
        await Assert.ThrowsAnyAsync<Exception>(() => store.IngestBatchAsync([good, Article("broken", null)]));

        Assert.All(await PooledCacheSizesAsync(db), size => Assert.Equal(-2000, size));
        await using var connection = await db.OpenAsync();
        Assert.Equal(0L, await connection.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM articles"));
    }

    [Fact]
    public async Task BatchThatGoesThrough_ReturnsItsConnectionWithTheDefaultCache()
    {
        await using var db = await TestStore.CreateAsync(StoreProvider.Sqlite);
        var store = new EventStore(db.Factory);

        var results = await store.IngestBatchAsync([
            Article("one", "The ferry to the island resumed its morning crossings after the storm passed, the harbour master said."),
            Article("two", "A new well was dug at the edge of the village and the council promised a pump before the summer."),
        ]);

        Assert.All(results, r => Assert.Equal(IngestStatus.Added, r.Outcome!.Status));
        Assert.All(await PooledCacheSizesAsync(db), size => Assert.Equal(-2000, size));
    }
}
