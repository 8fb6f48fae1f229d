using Dapper;
using MapDashboard.Data.Store;

namespace MapDashboard.Data.Tests.Store;

/// <summary>
/// Issue 18: migration 0036 keeps article_bands as a WITHOUT ROWID table (its primary key is the table): a store
/// migrated from the rowid table keeps every band key, its primary key and its index by article, and the cascade.
/// </summary>
public sealed class ArticleBandsMigrationTests
{
    private const long BandsWithoutRowid = 36;

    [Fact]
    public async Task AStoreWithBandKeys_KeepsThemAll_InATableWithoutRowid()
    {
        using var db = new TempDatabase();
        await using var connection = await db.Factory.OpenAsync();
        var all = new SchemaMigrator();
        await new SchemaMigrator(all.Migrations.Where(m => m.Version < BandsWithoutRowid)).MigrateAsync(connection);
        Assert.Equal(0, await connection.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM pragma_table_list WHERE name = 'article_bands' AND wr = 1"));
        foreach (var id in new[] { 1, 2, 3 })
        {
            await connection.ExecuteAsync("""
                INSERT INTO articles (id, content_hash, source, original_text, cleaned_text, offset_map, pipeline_version, ingested_at)
                VALUES (@id, 'hash' || @id, 'file' || @id, 'text', 'text', '[]', 'v1', '2026-12-07')
                """, new { id });
        }
        (long Key, long Article)[] keys = [(-9_000_000_000_000L, 2L), (5L, 1L), (5L, 3L), (77L, 2L), (long.MaxValue, 1L), (77L, 3L)];
        foreach (var (key, article) in keys)
        {
            await connection.ExecuteAsync("INSERT INTO article_bands (band_key, article_id) VALUES (@key, @article)", new { key, article });
        }

        Assert.Contains(BandsWithoutRowid, await all.MigrateAsync(connection));

        Assert.Equal(1, await connection.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM pragma_table_list WHERE name = 'article_bands' AND wr = 1"));
        var rows = (await connection.QueryAsync<(long, long)>("SELECT band_key, article_id FROM article_bands ORDER BY band_key, article_id")).ToList();
        Assert.Equal(keys.OrderBy(k => k.Key).ThenBy(k => k.Article).Select(k => (k.Key, k.Article)).ToList(), rows);
        Assert.Equal(1, await connection.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM pragma_index_list('article_bands') WHERE name = 'ix_article_bands_article'"));
        Assert.Equal(0, await connection.ExecuteAsync("INSERT INTO article_bands (band_key, article_id) VALUES (5, 1) ON CONFLICT DO NOTHING"));
        await connection.ExecuteAsync("DELETE FROM articles WHERE id = 3");
        Assert.Equal(4, await connection.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM article_bands"));
        Assert.Equal(0, await connection.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM article_bands WHERE article_id = 3"));
    }
}
