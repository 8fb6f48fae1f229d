using Dapper;
using MapDashboard.Core.Duplicates;
using MapDashboard.Data.Store;
using MapDashboard.Data.Tests.Contract;

namespace MapDashboard.Data.Tests.Appearances;

/// <summary>
/// Issue #18: an article's shingles are stored with it (migration 0034), so the near-duplicate check compares a new
/// article with stored ones without shingling their texts again; an article stored before (no stored shingles) is still
/// compared, from its text. Same tests on SQLite and PostgreSQL.
/// </summary>
public abstract class StoredShinglesContract
{
    protected abstract StoreProvider Provider { get; }

    // General English words the texts below are drawn from (no article, no place, no actor).
    private static readonly string[] Words = """
        harbour crane ferry ticket cabin deck rope anchor gull tide pier lantern net trawler crate salt ice market stall
        scale ledger clerk barrow cart wheel cobble lane chapel bell square bench fountain pigeon baker oven loaf flour sack
        """.Split((char[])[' ', '\n', '\r'], StringSplitOptions.RemoveEmptyEntries);

    private static string Prose(int seed, int count) => ProseArticles.Prose(Words, seed, count);

    private static StoredArticle Article(string hash, string text) => ProseArticles.Article(hash, text, "harbour.example", "Harbour notes", "Harbour Gazette");

    [Fact]
    public async Task StoredShingles_AreTheTextsShingles()
    {
        await using var db = await TestStore.CreateAsync(Provider);
        var store = new EventStore(db.Factory);
        var text = Prose(7, 150);
        var added = await store.IngestAsync(Article("h1", text));
        await using var connection = await db.OpenAsync();
        var blob = await connection.ExecuteScalarAsync<byte[]>("SELECT shingles FROM articles WHERE id = @id", new { id = added.ArticleId });
        Assert.NotNull(blob);
        Assert.True(TextShingles.Of(text).SetEquals(TextFingerprint.ShinglesOf(blob)));
        // Made on a worker or when written, the same blob.
        Assert.Equal(TextFingerprint.Of(text).ShinglesBlob(), blob);
    }

    [Fact]
    public async Task ArticleStoredWithoutShingles_IsStillFoundAsTheOriginalOfACopy()
    {
        await using var db = await TestStore.CreateAsync(Provider);
        var store = new EventStore(db.Factory);
        var originalText = Prose(11, 160);
        var original = await store.IngestAsync(Article("original", originalText));
        await using (var connection = await db.OpenAsync())
        {
            // As a store upgraded from before migration 0034 holds it.
            await connection.ExecuteAsync("UPDATE articles SET shingles = NULL");
        }
        var copy = await store.IngestAsync(Article("copy", "Printed again from the morning edition.\n" + originalText));
        Assert.Equal((IngestStatus.Appearance, original.ArticleId), (copy.Status, copy.ArticleId));
    }

    [Fact]
    public void ABlobThatIsNotWholeHashes_IsRefused() =>
        Assert.Throws<FormatException>(() => TextFingerprint.ShinglesOf(new byte[12]));
}

/// <summary>Stored shingles on SQLite.</summary>
public sealed class StoredShinglesSqliteTests : StoredShinglesContract
{
    protected override StoreProvider Provider => StoreProvider.Sqlite;
}

/// <summary>Stored shingles on PostgreSQL (skipped without MAPDASH_TEST_POSTGRES).</summary>
public sealed class StoredShinglesPostgresTests : StoredShinglesContract
{
    protected override StoreProvider Provider => StoreProvider.Postgres;
}
