using Dapper;
using MapDashboard.Core.Pipeline;
using MapDashboard.Data.Store;
using MapDashboard.Data.Tests.Contract;
using Microsoft.Data.Sqlite;

namespace MapDashboard.Data.Tests.Store;

/// <summary>
/// Issue 18: the SQLite writer skips the holders' read of a band key its filter of the store's keys says no article holds
/// (<see cref="BandKeyFilter"/>). The filter may say "maybe" of any key but never "absent" of a held one, or a copy of a
/// stored article would be stored as an article of its own: these tests hold it to that through its growth, the writer's
/// own inserts (in the same batch and the next), a rolled-back batch, and another connection's writes.
/// </summary>
public sealed class BandKeyFilterTests
{
    private static readonly DateOnly Day = new(2023, 5, 2);

    private static StoredArticle Article(string hash, string body) => new()
    {
        ContentHash = hash, Source = $"feed/{hash}.txt", Title = "Story " + hash, Outlet = "Feed", Published = Day, PublishedPrecision = "day",
        OriginalText = body, CleanedText = body, OffsetMapJson = "[]", PipelineVersion = "1", Mentions = [], Events = [],
    };

    /// <summary>A text of its own: 60 words no other seed shares.</summary>
    private static string Body(string seed) => $"The ferry company of {seed} cancelled crossings. "
        + string.Join(" ", Enumerable.Range(0, 60).Select(i => $"{seed}word{i}"));

    private static StoredArticle[] Originals(string prefix, int count) =>
        Enumerable.Range(0, count).Select(i => Article($"{prefix}{i}", Body($"{prefix}{i}"))).ToArray();

    private static StoredArticle CopyOf(StoredArticle original, string hash) => Article(hash, original.CleanedText);

    private const string Contents = """
        SELECT 'a' || id || ' ' || content_hash FROM articles
        UNION ALL SELECT 'p' || article_id || ' ' || content_hash || ' ' || kind FROM article_appearances
        UNION ALL SELECT 'b' || band_key || ' ' || article_id FROM article_bands
        ORDER BY 1
        """;

    [Fact]
    public void AKeyAdded_IsNeverSaidAbsent_EvenPastTheRoomItWasSizedFor_AndMostKeysNotAddedAre()
    {
        var random = new Random(28);
        var filter = new BandKeyFilter(1000);
        var added = new HashSet<long>();
        while (!filter.Full)
        {
            var key = random.NextInt64(long.MinValue, long.MaxValue);
            added.Add(key);
            filter.Add(key);
        }
        // At its fullest (10 bits a key, four probes) about 1.2 % of the keys not added are a "maybe".
        var others = Enumerable.Range(0, 100_000).Select(_ => random.NextInt64(long.MinValue, long.MaxValue)).Where(k => !added.Contains(k)).ToList();
        var maybes = others.Count(filter.MayHold);
        Assert.True(maybes < others.Count / 50, $"{maybes} of {others.Count} keys not added said maybe");
        foreach (var key in Enumerable.Range(0, 200_000).Select(_ => random.NextInt64(long.MinValue, long.MaxValue)))
        {
            added.Add(key);
            filter.Add(key);
        }
        Assert.All(added, key => Assert.True(filter.MayHold(key)));
        Assert.True(others.Count(filter.MayHold) > maybes); // past its room: more "maybe", still no "absent" for a key added
        // Small keys (not spread over 64 bits) are spread by the filter's own hash.
        var small = new BandKeyFilter(1000);
        for (var key = 1L; key <= 1000; key++)
        {
            small.Add(key);
        }
        Assert.Equal(1000, Enumerable.Range(1, 1000).Count(k => small.MayHold(k)));
        Assert.True(Enumerable.Range(1001, 100_000).Count(k => small.MayHold(k)) < 100);
    }

    [Fact]
    public async Task TheLoadedFilter_HoldsEveryKeyOfTheTable()
    {
        await using var db = await TestStore.CreateAsync(StoreProvider.Sqlite);
        var store = new EventStore(db.Factory);
        await store.IngestBatchAsync(Originals("load", 12));
        await using var connection = (SqliteConnection)await db.OpenAsync();
        await using var transaction = await connection.BeginTransactionAsync();
        using var commands = StoreCommands.For(connection, transaction);
        var keys = (await connection.QueryAsync<long>("SELECT band_key FROM article_bands", transaction: transaction)).ToList();
        Assert.True(keys.Count > 12 * 30, $"{keys.Count} band keys stored");

        var filter = BandKeyFilter.Load(commands);

        Assert.Equal(keys.Count, filter.Count);
        Assert.All(keys, key => Assert.True(filter.MayHold(key)));
        Assert.True(keys.Select(k => k ^ 0x5555_5555_5555_5555L).Count(filter.MayHold) < keys.Count / 20);
    }

    [Fact]
    public void OnlyAMemoKeptForARunOfTransactions_KeepsAFilter()
    {
        Assert.False(new WriterMemo().HasBandFilter);
        using var connection = new SqliteConnection("Data Source=:memory:");
        connection.Open();
        connection.Execute("CREATE TABLE article_bands (band_key INTEGER, article_id INTEGER)");
        using var transaction = connection.BeginTransaction();
        using var commands = StoreCommands.For(connection, transaction);
        Assert.Null(new WriterMemo().BandFilter(commands));
        var kept = new WriterMemo(keepsBandFilter: true);
        Assert.NotNull(kept.BandFilter(commands));
        kept.Forget(); // rows removed: the filter still holds every key held (and more)
        Assert.True(kept.HasBandFilter);
        kept.ForgetStore(); // another connection wrote: it may hold keys the filter never saw
        Assert.False(kept.HasBandFilter);
    }

    [Fact]
    public async Task CopiesInTheSameBatchAndTheNext_AreAppearances_AsWithoutASession()
    {
        await using var viaSession = await TestStore.CreateAsync(StoreProvider.Sqlite);
        await using var reference = await TestStore.CreateAsync(StoreProvider.Sqlite);
        var store = new EventStore(viaSession.Factory);
        var plain = new EventStore(reference.Factory);
        var first = Originals("f", 4);
        // The filter is loaded at the batch's first article, before any of its keys are stored: the copies of this batch's
        // articles are found only if the writer adds the keys it inserts.
        StoredArticle[] batch1 = [.. first, CopyOf(first[1], "f1copy"), CopyOf(first[3], "f3copy")];
        StoredArticle[] batch2 = [.. Originals("g", 2), CopyOf(first[0], "f0copy"), CopyOf(first[2], "f2copy")];

        await using (var session = store.OpenBatchSession()!)
        {
            var results1 = await store.IngestBatchAsync(batch1, session);
            var results2 = await store.IngestBatchAsync(batch2, session);
            Assert.Equal([IngestStatus.Added, IngestStatus.Added, IngestStatus.Added, IngestStatus.Added, IngestStatus.Appearance, IngestStatus.Appearance,
                IngestStatus.Added, IngestStatus.Added, IngestStatus.Appearance, IngestStatus.Appearance],
                results1.Concat(results2).Select(r => r.Outcome?.Status));
        }
        foreach (var article in batch1.Concat(batch2))
        {
            await plain.IngestAsync(article);
        }
        await AssertSameContents(viaSession, reference);
    }

    [Fact]
    public async Task AnotherConnectionsArticles_BetweenTwoBatches_AreFoundByTheNext()
    {
        await using var viaSession = await TestStore.CreateAsync(StoreProvider.Sqlite);
        await using var reference = await TestStore.CreateAsync(StoreProvider.Sqlite);
        var store = new EventStore(viaSession.Factory);
        var other = new EventStore(viaSession.Factory); // its own connections, as another process's would be
        var plain = new EventStore(reference.Factory);
        var elsewhere = Originals("o", 3);

        await using var session = store.OpenBatchSession()!;
        await store.IngestBatchAsync(Originals("s", 3), session); // the session's filter loaded, without the "o" keys
        await other.IngestBatchAsync(elsewhere);
        var results = await store.IngestBatchAsync([CopyOf(elsewhere[0], "o0copy"), CopyOf(elsewhere[2], "o2copy"), .. Originals("t", 1)], session);

        Assert.Equal([IngestStatus.Appearance, IngestStatus.Appearance, IngestStatus.Added], results.Select(r => r.Outcome?.Status));
        Assert.Equal(1, session.Opened);
        await plain.IngestBatchAsync(Originals("s", 3));
        await plain.IngestBatchAsync(elsewhere);
        await plain.IngestBatchAsync([CopyOf(elsewhere[0], "o0copy"), CopyOf(elsewhere[2], "o2copy"), .. Originals("t", 1)]);
        await AssertSameContents(viaSession, reference);
    }

    [Fact]
    public async Task ABatchRolledBackForARefusedArticle_LeavesTheFilterSaying_MaybeOrTheTruth()
    {
        await using var viaSession = await TestStore.CreateAsync(StoreProvider.Sqlite);
        await using var reference = await TestStore.CreateAsync(StoreProvider.Sqlite);
        var store = new EventStore(viaSession.Factory);
        var plain = new EventStore(reference.Factory);
        var first = Originals("r", 3);
        var refused = Article("refused", Body("refused")) with
        {
            Events = [new StoredEvent
            {
                DateStart = Day, DatePrecision = "day", Type = null!, SubType = "Looting", Actor1 = "crew", AssocActors = [], PlaceId = "gn:x", PlaceName = "Quayside",
                Admin1 = "West", Lat = 1, Lon = 2, Precision = 1, Confidence = 0.5, Excerpt = "Quayside", ExcerptStart = 0, ExcerptEnd = 8,
            }],
        };
        StoredArticle[] batch1 = [first[0], first[1], refused, CopyOf(first[0], "r0copy")];
        StoredArticle[] batch2 = [CopyOf(first[1], "r1copy"), first[2], CopyOf(first[2], "r2copy")];

        await using (var session = store.OpenBatchSession()!)
        {
            var results1 = await store.IngestBatchAsync(batch1, session);
            Assert.Equal(1, session.RolledBack);
            Assert.Equal([IngestStatus.Added, IngestStatus.Added, null, IngestStatus.Appearance], results1.Select(r => r.Outcome?.Status));
            var results2 = await store.IngestBatchAsync(batch2, session);
            Assert.Equal([IngestStatus.Appearance, IngestStatus.Added, IngestStatus.Appearance], results2.Select(r => r.Outcome?.Status));
        }
        foreach (var article in batch1.Concat(batch2))
        {
            await Record.ExceptionAsync(() => plain.IngestAsync(article));
        }
        await AssertSameContents(viaSession, reference);
    }

    private static async Task AssertSameContents(TestStore got, TestStore want)
    {
        await using var a = await got.OpenAsync();
        await using var b = await want.OpenAsync();
        Assert.Equal((await b.QueryAsync<string>(Contents)).ToList(), (await a.QueryAsync<string>(Contents)).ToList());
    }
}
