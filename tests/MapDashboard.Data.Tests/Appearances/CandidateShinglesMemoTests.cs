using Dapper;
using MapDashboard.Data.Store;
using MapDashboard.Data.Tests.Contract;
using Microsoft.Data.Sqlite;

namespace MapDashboard.Data.Tests.Appearances;

/// <summary>
/// Issue #18: the SQLite writer keeps the stored shingles of the near-duplicate candidates it read
/// (<see cref="WriterMemo.TryShingles"/>) instead of walking each candidate row's texts again; whatever changes a stored
/// article's shingles forgets them, so the verdicts and appearance rows are those of a writer that reads them every time.
/// </summary>
public sealed class CandidateShinglesMemoTests
{
    // General English words (no article, no place, no actor).
    private static readonly string[] Words = """
        river stone bridge lantern market bread baker window shutter chimney roof tile brick mortar ladder paint brush
        canvas easel pencil paper ink letter stamp parcel string knot sail mast harbour rope anchor gull tide shell sand
        """.Split((char[])[' ', '\n', '\r'], StringSplitOptions.RemoveEmptyEntries);

    [Fact]
    public async Task ACandidatesStoredShingles_AreReadOnce_ThenKeptUntilTheMemoForgets()
    {
        await using var db = await TestStore.CreateAsync(StoreProvider.Sqlite);
        var store = new EventStore(db.Factory);
        var text = ProseArticles.Prose(Words, 3, 150);
        var stored = await store.IngestAsync(ProseArticles.Article("orig", text, "town.example", "Town notes", "Town Weekly"));
        var keys = TextFingerprint.Of(text).Signature.BandKeys();
        await using var connection = (SqliteConnection)await db.OpenAsync();
        await using var transaction = await connection.BeginTransactionAsync();
        using var commands = StoreCommands.For(connection, transaction);

        var first = Assert.Single(SqliteBandCommands.Candidates(commands, keys, AppearanceStore.MaxArticlesPerBandKey));
        Assert.Equal(stored.ArticleId, first.Id);
        Assert.Equal(1, commands.Memo.ShinglesKept);
        // The row changed behind the memo's back (only a reprocessing does so, and it forgets): the kept shingles are used,
        // so the row was not read again.
        var other = TextFingerprint.Of(ProseArticles.Prose(Words, 4, 150)).ShinglesBlob();
        await connection.ExecuteAsync("UPDATE articles SET shingles = @other WHERE id = @id", new { other, id = stored.ArticleId }, transaction);
        var second = Assert.Single(SqliteBandCommands.Candidates(commands, keys, AppearanceStore.MaxArticlesPerBandKey));
        Assert.Equal(first.Shingles, second.Shingles);
        Assert.Equal(first.Shared, second.Shared);

        commands.Memo.Forget();
        Assert.Equal(0, commands.Memo.ShinglesKept);
        var third = Assert.Single(SqliteBandCommands.Candidates(commands, keys, AppearanceStore.MaxArticlesPerBandKey));
        Assert.Equal(other, third.Shingles);
    }

    [Fact]
    public void TheKeptShingles_DropTheLeastRecentlyUsed_PastTheCapacity()
    {
        var memo = new WriterMemo();
        for (var id = 0L; id < WriterMemo.ShinglesCapacity; id++)
        {
            memo.RememberShingles(id, BitConverter.GetBytes(id));
        }
        Assert.True(memo.TryShingles(0, out _)); // used again: now the most recent
        memo.RememberShingles(WriterMemo.ShinglesCapacity, [1, 2, 3, 4, 5, 6, 7, 8]);

        Assert.Equal(WriterMemo.ShinglesCapacity, memo.ShinglesKept);
        Assert.True(memo.TryShingles(0, out var kept));
        Assert.Equal(BitConverter.GetBytes(0L), kept);
        Assert.False(memo.TryShingles(1, out _)); // the least recently used went
        Assert.True(memo.TryShingles(WriterMemo.ShinglesCapacity, out _));
    }

    [Fact]
    public async Task AnArticleProcessedAgainInTheSession_IsComparedByItsNewShingles()
    {
        // Batch 1: an article and a copy of it (an appearance: the article's shingles are kept). Batch 2, on the same
        // session: the article again from a newer pipeline with a longer text (its shingles replaced), then another copy
        // of the first text, compared with the new shingles (an excerpt of it, not the exact copy the kept ones would say).
        var text = ProseArticles.Prose(Words, 8, 160);
        var longer = text + " " + ProseArticles.Prose(Words, 9, 220);
        var batch1 = new[]
        {
            ProseArticles.Article("orig", text, "port.example", "Harbour log", "Port Daily"),
            ProseArticles.Article("copy1", "Printed again.\n" + text, "other.example", "Harbour log", "Other Daily"),
        };
        var batch2 = new[]
        {
            ProseArticles.Article("orig", longer, "port.example", "Harbour log", "Port Daily") with { PipelineVersion = "2" },
            ProseArticles.Article("copy2", "From the wire.\n" + text, "third.example", "Harbour log", "Third Daily"),
        };
        await using var batched = await TestStore.CreateAsync(StoreProvider.Sqlite);
        await using var single = await TestStore.CreateAsync(StoreProvider.Sqlite);
        var store = new EventStore(batched.Factory);
        var oneAtATime = new EventStore(single.Factory);
        var outcomes = new List<IngestStatus?>();
        await using (var session = store.OpenBatchSession()!)
        {
            outcomes.AddRange((await store.IngestBatchAsync(batch1, session)).Select(r => r.Outcome?.Status));
            outcomes.AddRange((await store.IngestBatchAsync(batch2, session)).Select(r => r.Outcome?.Status));
        }
        foreach (var article in batch1.Concat(batch2))
        {
            await oneAtATime.IngestAsync(article);
        }

        Assert.Equal([IngestStatus.Added, IngestStatus.Appearance, IngestStatus.Reprocessed, IngestStatus.Appearance], outcomes);
        const string Appearances = "SELECT content_hash || ' ' || article_id || ' ' || kind || ' ' || round(jaccard, 6) || ' ' || round(containment, 6) FROM article_appearances ORDER BY content_hash";
        await using var got = await batched.OpenAsync();
        await using var want = await single.OpenAsync();
        var expected = (await want.QueryAsync<string>(Appearances)).ToList();
        Assert.Equal(2, expected.Count);
        Assert.NotEqual(expected[0].Split(' ')[2..], expected[1].Split(' ')[2..]); // the second copy was compared with the longer text
        Assert.Equal(expected, (await got.QueryAsync<string>(Appearances)).ToList());
    }
}
