using Dapper;
using MapDashboard.Core.Duplicates;
using MapDashboard.Data.Store;
using MapDashboard.Data.Tests.Contract;

namespace MapDashboard.Data.Tests.Appearances;

/// <summary>
/// Issue #18: a band key that more than a cap of stored articles share is boilerplate and is left out of the candidate
/// count, so finding the candidates of a new article costs the same in a large store as in a small one; a copy is still
/// found through the rarer keys it shares with its original. Same tests on SQLite and PostgreSQL.
/// </summary>
public abstract class BandKeyCapContract
{
    protected abstract StoreProvider Provider { get; }

    // An invented outlet footer, written for this test: every article below ends with it.
    private const string Footer = """
        The Hill Country Courier is an independent weekly paper printed in the market town since the spring of its founding year.
        Readers who wish to correct a report can write to the duty editor at the front desk or leave a message with the night porter.
        Subscriptions are sold at the kiosk by the bus station and delivered by bicycle to the outlying farms every Thursday morning.
        """;

    // General English words the texts below are drawn from (no article, no place, no actor).
    private static readonly string[] Words = """
        river bridge market farmer winter harvest lorry school doctor water pump field orchard wheat barley bread oven council
        meeting road repair gravel ditch fence goat sheep cattle well rope bucket lamp oil candle stove kettle tea sugar salt
        flour basket shelf window door roof tile brick mortar ladder shovel cart wheel axle mule saddle blanket coat boot
        needle thread cloth dye loom wool cotton seed plough furrow drain pond reed duck goose hen egg cheese butter milk
        honey hive bee clover meadow hedge path gate stone wall chapel bell clock tower square fountain bench shade poplar
        willow cedar pine olive fig vine grape press barrel cellar wagon driver ledger clerk stamp letter parcel train
        """.Split((char[])[' ', '\n', '\r'], StringSplitOptions.RemoveEmptyEntries);

    private static string Prose(int seed, int count) => ProseArticles.Prose(Words, seed, count);

    private static StoredArticle Article(string hash, string text) => ProseArticles.Article(hash, text, "courier.example", "Notes", "Hill Country Courier");

    [Fact]
    public async Task KeysSharedByMoreThanTheCap_AreLeftOutOfTheCount()
    {
        await using var db = await TestStore.CreateAsync(Provider);
        var store = new EventStore(db.Factory);
        var ids = new List<long>();
        for (var i = 0; i < 8; i++)
        {
            ids.Add((await store.IngestAsync(Article($"a{i}", Prose(100 + i, 120)))).ArticleId);
        }
        await using var connection = await db.OpenAsync();
        // Band keys chosen by the test: 1001 shared by all eight articles, 2001-2003 only by the first, 3001 by the second and third.
        await connection.ExecuteAsync("DELETE FROM article_bands");
        var rows = ids.Select(id => (Key: 1001L, Id: id))
            .Concat(new[] { 2001L, 2002L, 2003L }.Select(k => (Key: k, Id: ids[0])))
            .Concat(new[] { ids[1], ids[2] }.Select(id => (Key: 3001L, Id: id)));
        foreach (var (key, id) in rows)
        {
            await connection.ExecuteAsync("INSERT INTO article_bands (band_key, article_id) VALUES (@key, @id)", new { key, id });
        }

        async Task<List<long>> Candidates(long[] keys, int cap) =>
            (await AppearanceStore.CandidatesAsync(connection, null, keys, cap, CancellationToken.None)).Select(c => c.Id).ToList();

        // Without the cap the common key alone would make every article a candidate, the first one best (it shares four keys).
        Assert.Equal(ids, await Candidates([1001], cap: 8));
        Assert.Equal(ids[0], (await Candidates([1001, 2001, 2002, 2003], cap: 8))[0]);
        // Shared by eight articles: over a cap of 7, left out.
        Assert.Empty(await Candidates([1001], cap: 7));
        Assert.Equal([ids[0]], await Candidates([1001, 2001, 2002, 2003], cap: 7));
        Assert.Equal([ids[1], ids[2]], await Candidates([1001, 3001, 9999], cap: 2));
        Assert.Empty(await Candidates([1001, 3001], cap: 1));
        // A key listed twice counts once.
        Assert.Equal([ids[0]], await Candidates([2001, 2001, 1001], cap: 5));
    }

    [Fact]
    public async Task ArticleWithBoilerplateKeysOverTheCap_StillFindsItsCopy()
    {
        const int cap = 3;
        await using var db = await TestStore.CreateAsync(Provider);
        var store = new EventStore(db.Factory);
        // Thirty independent notes under the same footer (the footer is about a third of each, so none repeats another) ...
        for (var i = 0; i < 30; i++)
        {
            Assert.Equal(IngestStatus.Added, (await store.IngestAsync(Article($"note{i}", Prose(200 + i, 110) + "\n" + Footer))).Status);
        }
        // ... and the original of the copy below, under the same footer.
        var originalText = Prose(999, 110) + "\n" + Footer;
        var original = await store.IngestAsync(Article("original", originalText));
        Assert.Equal(IngestStatus.Added, original.Status);

        var copyText = "Reprinted from the weekly edition.\n" + originalText;
        var shingles = TextShingles.Of(copyText);
        var keys = MinHashSignature.Of(shingles).BandKeys();
        await using var connection = await db.OpenAsync();
        var shared = (await connection.QueryAsync<(long Key, long Articles)>(
            $"SELECT band_key, COUNT(*) FROM article_bands WHERE {Provider.In("band_key", "keys")} GROUP BY band_key", new { keys = keys.Distinct().ToArray() }))
            .ToList();
        // The situation the cap is for: some of the copy's keys are boilerplate that more articles than the cap share ...
        Assert.Contains(shared, s => s.Articles > cap);

        var candidates = await AppearanceStore.CandidatesAsync(connection, null, keys, cap, CancellationToken.None);

        // ... and the original still comes first, through the keys only it shares with the copy; the detector confirms it.
        Assert.Equal(original.ArticleId, candidates[0].Id);
        var found = new NearDuplicateDetector().FindOriginal(shingles, candidates.Select(c => c.ShingleSet()).ToList());
        Assert.NotNull(found);
        Assert.Equal(original.ArticleId, candidates[found.Value.Index].Id);
        Assert.Equal(DuplicateKind.Copy, found.Value.Verdict.Kind);
        // End to end, with the store's own cap: stored as an appearance of the original.
        var copy = await store.IngestAsync(Article("copy", copyText));
        Assert.Equal((IngestStatus.Appearance, original.ArticleId), (copy.Status, copy.ArticleId));
    }
}

/// <summary>The band-key cap on SQLite.</summary>
public sealed class BandKeyCapSqliteTests : BandKeyCapContract
{
    protected override StoreProvider Provider => StoreProvider.Sqlite;
}

/// <summary>The band-key cap on PostgreSQL.</summary>
public sealed class BandKeyCapPostgresTests : BandKeyCapContract
{
    protected override StoreProvider Provider => StoreProvider.Postgres;
}
