using Dapper;
using MapDashboard.Core.Pipeline;
using MapDashboard.Data.Store;
using MapDashboard.Data.Tests.Contract;
using Microsoft.Data.Sqlite;

namespace MapDashboard.Data.Tests.Store;

/// <summary>
/// Issue 18: what the SQLite writer keeps for the rest of a transaction (<see cref="WriterMemo"/>) must give the store
/// the writer gave without it: the near-duplicate candidates read in one pass, with the band keys found over the cap
/// remembered, are the candidate query's rows; the next event and mention ids kept by the writer are the ids the insert's
/// own look-up would have found, through a refused article (rolled back), an article processed again (rows removed,
/// tombstones written) and the transaction's end.
/// </summary>
public sealed class WriterMemoTests
{
    private static readonly DateOnly Day = new(2021, 6, 14);

    private static StoredEvent Clash(string place, double lat, double lon, string actor = "militia-a") => new()
    {
        DateStart = Day, DatePrecision = "day", Type = "Battles", SubType = "Armed clash", Actor1 = actor, Actor2 = "militia-b",
        AssocActors = [], PlaceId = "gn:" + place, PlaceName = place, Admin1 = "North", Lat = lat, Lon = lon, Precision = 1, Confidence = 0.7,
        Excerpt = $"Fighters clashed near {place} on Monday.", ExcerptStart = 5, ExcerptEnd = 40,
    };

    private static StoredArticle Article(string hash, string pipeline, params StoredEvent[] events) => new()
    {
        ContentHash = hash, Source = $"wire/{hash}.txt", Title = "Report " + hash, Outlet = "Wire", Published = Day, PublishedPrecision = "day",
        OriginalText = "original " + hash, CleanedText = "cleaned " + hash, OffsetMapJson = "[]", PipelineVersion = pipeline,
        Mentions = events.Select((e, i) => new StoredMention(e.PlaceName, i * 10, i * 10 + e.PlaceName.Length, true, e.PlaceId, e.PlaceName,
            e.Lat, e.Lon, "PPL", "XX", "North", 1, 0.9, "unique name", null)).ToArray(),
        Events = events,
    };

    private const string Numbering = """
        SELECT 'e' || id || ' ' || event_key FROM events
        UNION ALL SELECT 'm' || id || ' ' || article_id || ' ' || text FROM place_mentions
        UNION ALL SELECT 't' || kind || id || ' ' || match_key FROM removed_records
        ORDER BY 1
        """;

    [Fact]
    public async Task ABatch_NumbersEventsAndMentionsAsArticlesOneAtATime_ThroughARefusalAndAReprocessing()
    {
        // Stored first: an article with two events, processed again first in the batch by a newer pipeline with one new
        // event instead (the old ones removed: the new one takes the lowest free id, the other leaves a tombstone above
        // it, which the next article's id must pass).
        var old = Article("old", "1", Clash("Harbor Town", 10.1, 20.1), Clash("Mill Creek", 10.2, 20.2));
        var broken = Article("bad", "1", Clash("Stone Bridge", 10.3, 20.3), Clash("Cedar Ford", 10.4, 20.4) with { Type = null! });
        var batch = new[]
        {
            Article("old", "2", Clash("Lighthouse Point", 10.7, 20.7)),
            Article("a", "1", Clash("North Gate", 10.5, 20.5), Clash("Salt Flats", 10.6, 20.6)),
            Article("b", "1", Clash("Fisher Quay", 10.8, 20.8)),
            broken,
            Article("c", "1", Clash("Orchard Hill", 10.9, 20.9), Clash("North Gate", 10.5, 20.5)),
            Article("d", "1", Clash("Windmill Lane", 11.0, 21.0)),
        };
        await using var batched = await TestStore.CreateAsync(StoreProvider.Sqlite);
        await using var single = await TestStore.CreateAsync(StoreProvider.Sqlite);
        var store = new EventStore(batched.Factory);
        var oneAtATime = new EventStore(single.Factory);
        await store.IngestAsync(old);
        await oneAtATime.IngestAsync(old);

        var results = await store.IngestBatchAsync(batch);
        foreach (var article in batch)
        {
            await Record.ExceptionAsync(() => oneAtATime.IngestAsync(article));
        }

        Assert.Equal([IngestStatus.Reprocessed, IngestStatus.Added, IngestStatus.Added, null, IngestStatus.Added, IngestStatus.Added],
            results.Select(r => r.Outcome?.Status));
        await using var got = await batched.OpenAsync();
        await using var want = await single.OpenAsync();
        var expected = (await want.QueryAsync<string>(Numbering)).ToList();
        Assert.Contains(expected, r => r.StartsWith("tevent", StringComparison.Ordinal)); // the case of a tombstone is there
        Assert.Equal(expected, (await got.QueryAsync<string>(Numbering)).ToList());
        // And the next batch goes on from there as the insert's own look-up would.
        await store.IngestBatchAsync([Article("e", "1", Clash("Quarry Road", 11.1, 21.1)), Article("f", "1", Clash("Reed Marsh", 11.2, 21.2))]);
        await oneAtATime.IngestAsync(Article("e", "1", Clash("Quarry Road", 11.1, 21.1)));
        await oneAtATime.IngestAsync(Article("f", "1", Clash("Reed Marsh", 11.2, 21.2)));
        Assert.Equal((await want.QueryAsync<string>(Numbering)).ToList(), (await got.QueryAsync<string>(Numbering)).ToList());
    }

    [Fact]
    public async Task TheWriter_KeepsTheNextIdsAfterItsFirstRows()
    {
        await using var db = await TestStore.CreateAsync(StoreProvider.Sqlite);
        await new EventStore(db.Factory).IngestAsync(Article("first", "1", Clash("Harbor Town", 10.1, 20.1)));
        await using var connection = (SqliteConnection)await db.OpenAsync();
        await using var transaction = await connection.BeginTransactionAsync();
        using var commands = StoreCommands.For(connection, transaction);
        Assert.Null(commands.Memo.NextId(RemovedRecordSql.EventKind));

        await ArticleRowWriter.WriteAsync(commands, Article("second", "1", Clash("Mill Creek", 10.2, 20.2), Clash("Salt Flats", 10.6, 20.6)),
            reprocess: false, RemovalCause.Reprocessing, CancellationToken.None);

        Assert.Equal(await connection.ExecuteScalarAsync<long>("SELECT MAX(id) + 1 FROM events", transaction: transaction),
            commands.Memo.NextId(RemovedRecordSql.EventKind));
        Assert.Equal(await connection.ExecuteScalarAsync<long>("SELECT MAX(id) + 1 FROM place_mentions", transaction: transaction),
            commands.Memo.NextId(RemovedRecordSql.MentionKind));
        commands.Memo.Forget();
        Assert.Null(commands.Memo.NextId(RemovedRecordSql.MentionKind));
    }

    [Fact]
    public async Task TheOnePassCandidates_AreTheCandidateQuerysRows_OverManyKeySetsInOneTransaction()
    {
        await using var db = await TestStore.CreateAsync(StoreProvider.Sqlite);
        var store = new EventStore(db.Factory);
        var ids = new List<long>();
        for (var i = 0; i < 30; i++)
        {
            ids.Add((await store.IngestAsync(Article($"s{i}", "1"))).ArticleId);
        }
        await using var connection = (SqliteConnection)await db.OpenAsync();
        await connection.ExecuteAsync("DELETE FROM article_bands");
        // Keys 1..40, each held by a random number of the 30 articles (0 to all): some over any cap tried below.
        var random = new Random(18);
        foreach (var key in Enumerable.Range(1, 40))
        {
            var holders = random.Next(0, 31);
            foreach (var id in ids.OrderBy(_ => random.Next()).Take(holders))
            {
                await connection.ExecuteAsync("INSERT INTO article_bands (band_key, article_id) VALUES (@key, @id)", new { key = (long)key, id });
            }
        }
        await using var transaction = await connection.BeginTransactionAsync();
        using var commands = StoreCommands.For(connection, transaction);

        var overCap = 0;
        for (var run = 0; run < 60; run++)
        {
            var cap = run < 40 ? 12 : random.Next(1, 32);
            var keys = Enumerable.Range(0, random.Next(1, 25)).Select(_ => (long)random.Next(1, 45)).ToArray(); // 41..44 held by none
            var expected = await AppearanceStore.CandidatesAsync(connection, transaction, keys, cap, CancellationToken.None);
            var found = SqliteBandCommands.Candidates(commands, keys, cap);
            Assert.Equal(expected.Select(c => (c.Id, c.Shared)), found.Select(c => (c.Id, c.Shared)));
            Assert.Equal(expected.Select(c => c.Shingles is null ? "" : Convert.ToHexString(c.Shingles)),
                found.Select(c => c.Shingles is null ? "" : Convert.ToHexString(c.Shingles)));
            Assert.Equal(expected.Select(c => c.CleanedText), found.Select(c => c.CleanedText));
            overCap = Math.Max(overCap, commands.Memo.CommonKeyCount);
        }
        Assert.True(overCap > 0, "some keys were over the cap, and remembered");
    }

    [Fact]
    public async Task AKeyOverTheCap_IsRememberedForTheTransactionOnly()
    {
        await using var db = await TestStore.CreateAsync(StoreProvider.Sqlite);
        var store = new EventStore(db.Factory);
        var ids = new List<long>();
        for (var i = 0; i < 4; i++)
        {
            ids.Add((await store.IngestAsync(Article($"k{i}", "1"))).ArticleId);
        }
        await using var connection = (SqliteConnection)await db.OpenAsync();
        await connection.ExecuteAsync("DELETE FROM article_bands");
        foreach (var (key, id) in ids.Select(id => (501L, id)).Append((502L, ids[2])))
        {
            await connection.ExecuteAsync("INSERT INTO article_bands (band_key, article_id) VALUES (@key, @id)", new { key, id });
        }
        await using (var transaction = await connection.BeginTransactionAsync())
        {
            using var commands = StoreCommands.For(connection, transaction);
            Assert.Equal([ids[2]], SqliteBandCommands.Candidates(commands, [501, 502], cap: 3).Select(c => c.Id));
            Assert.True(commands.Memo.IsCommon(501, 3));
            Assert.False(commands.Memo.IsCommon(502, 3));
            Assert.False(commands.Memo.IsCommon(501, 4)); // known for the cap it was found over only
            commands.Memo.Forget();
            Assert.False(commands.Memo.IsCommon(501, 3));
        }
        // Rows removed (here by hand, between transactions): the next transaction reads the key again, now under the cap.
        await connection.ExecuteAsync("DELETE FROM article_bands WHERE band_key = 501 AND article_id <> @id", new { id = ids[0] });
        await using (var transaction = await connection.BeginTransactionAsync())
        {
            using var commands = StoreCommands.For(connection, transaction);
            Assert.Equal([ids[0], ids[2]], SqliteBandCommands.Candidates(commands, [501, 502], cap: 3).Select(c => c.Id));
        }
    }
}
