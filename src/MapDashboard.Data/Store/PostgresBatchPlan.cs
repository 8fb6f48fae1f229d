using MapDashboard.Core.Duplicates;

namespace MapDashboard.Data.Store;

/// <summary>
/// Decides, in memory, what writing each of a run of articles one after the other would do (leave it, record it as an
/// appearance, add it), from what the store held before the run (<see cref="PostgresBatchLookup"/>) and the run's own
/// earlier articles. The plan stops before the first article it cannot decide exactly that way; that one is written on
/// its own (<see cref="ArticleRowWriter"/>) once the articles before it are.
/// </summary>
internal sealed class PostgresBatchPlan
{
    /// <summary>What one article of the run comes to.</summary>
    /// <param name="Article">The article.</param>
    /// <param name="Status">Added, Unchanged or Appearance.</param>
    /// <param name="StoredId">The stored article it is (Unchanged) or repeats (Appearance), when stored before the run.</param>
    /// <param name="Added">The index (among <see cref="AddedArticles"/>) of the article of the run it is or repeats, otherwise.</param>
    /// <param name="Verdict">An appearance's verdict.</param>
    /// <param name="Fingerprint">The article's shingles and MinHash signature.</param>
    public sealed record Entry(StoredArticle Article, IngestStatus Status, long? StoredId, int? Added, DuplicateVerdict? Verdict, TextFingerprint Fingerprint);

    private readonly Dictionary<string, (long? StoredId, int? Added)> _hashes = new(StringComparer.Ordinal);
    private readonly Dictionary<string, (long? StoredId, int? Added)> _copies = new(StringComparer.Ordinal);
    private readonly Dictionary<long, int> _addedHolders = [];
    private readonly List<HashSet<long>> _addedKeys = [];

    /// <summary>The articles planned, in order.</summary>
    public List<Entry> Entries { get; } = [];

    /// <summary>The articles the run adds, in order.</summary>
    public List<Entry> AddedArticles { get; } = [];

    /// <summary>Plans as many of <paramref name="articles"/>, from the first, as can be decided exactly.</summary>
    public static PostgresBatchPlan Of(IReadOnlyList<StoredArticle> articles, IReadOnlyList<PostgresBatchLookup> lookups)
    {
        var plan = new PostgresBatchPlan();
        for (var i = 0; i < articles.Count && plan.TryAdd(articles[i], lookups[i]); i++)
        {
        }
        return plan;
    }

    private bool TryAdd(StoredArticle article, PostgresBatchLookup lookup)
    {
        // Corrections to record, or a stored article to process again: the row-by-row writer's work.
        if (article.StatedWhenAdded is not null || article.AppliedCorrections.Count > 0
            || lookup.Existing is { } other && other.PipelineVersion != article.PipelineVersion)
        {
            return false;
        }
        if (lookup.Existing is { } stored)
        {
            Entries.Add(new Entry(article, IngestStatus.Unchanged, stored.Id, null, null, lookup.Fingerprint));
            return true;
        }
        if (_hashes.TryGetValue(article.ContentHash, out var same) || _copies.TryGetValue(article.ContentHash, out same))
        {
            Entries.Add(new Entry(article, IngestStatus.Unchanged, same.StoredId, same.Added, null, lookup.Fingerprint));
            return true;
        }
        if (lookup.CopiedTo is { } copied)
        {
            Entries.Add(new Entry(article, IngestStatus.Unchanged, copied, null, null, lookup.Fingerprint));
            return true;
        }
        if (!TryFindOriginal(lookup, out var original))
        {
            return false;
        }
        if (original is { } found)
        {
            Entries.Add(new Entry(article, IngestStatus.Appearance, found.StoredId, found.Added, found.Verdict, lookup.Fingerprint));
            _copies[article.ContentHash] = (found.StoredId, found.Added);
            return true;
        }
        var entry = new Entry(article, IngestStatus.Added, null, AddedArticles.Count, null, lookup.Fingerprint);
        _hashes[article.ContentHash] = (null, AddedArticles.Count);
        Entries.Add(entry);
        AddedArticles.Add(entry);
        _addedKeys.Add([.. lookup.Keys]);
        foreach (var key in lookup.Keys)
        {
            _addedHolders[key] = _addedHolders.GetValueOrDefault(key) + 1;
        }
        return true;
    }

    /// <summary>
    /// The near-duplicate check as <see cref="AppearanceStore.TryStoreAsAppearanceAsync"/> makes it once the run's earlier
    /// articles are stored: their band keys count towards a key's holders, and they are candidates too (after every stored
    /// one of the same rank: their ids are higher). False when a key the run's articles hold crosses the cap, which changes
    /// the stored candidates' ranks (then the article is checked after the run is written).
    /// </summary>
    private bool TryFindOriginal(PostgresBatchLookup lookup, out (long? StoredId, int? Added, DuplicateVerdict Verdict)? original)
    {
        original = null;
        if (lookup.Keys.Length == 0)
        {
            return true;
        }
        var rareShared = new List<long>();
        foreach (var key in lookup.Keys)
        {
            if (_addedHolders.TryGetValue(key, out var added))
            {
                var stored = lookup.StoredHolders[key];
                if (stored <= AppearanceStore.MaxArticlesPerBandKey && stored + added > AppearanceStore.MaxArticlesPerBandKey)
                {
                    return false;
                }
                if (stored <= AppearanceStore.MaxArticlesPerBandKey)
                {
                    rareShared.Add(key);
                }
            }
        }
        var ranked = lookup.Candidates.Select(c => (c.Shared, StoredId: (long?)c.Id, Added: (int?)null, Shingles: (Func<IReadOnlySet<ulong>>)c.ShingleSet))
            .Concat(_addedKeys.Select((keys, i) => (Shared: (long)rareShared.Count(keys.Contains), StoredId: (long?)null, Added: (int?)i,
                Shingles: (Func<IReadOnlySet<ulong>>)(() => AddedArticles[i].Fingerprint.Shingles))).Where(c => c.Shared > 0))
            .OrderByDescending(c => c.Shared)
            .Take(AppearanceStore.MaxCandidates)
            .ToList();
        if (ranked.Count == 0)
        {
            return true;
        }
        if (new NearDuplicateDetector().FindOriginal(lookup.Fingerprint.Shingles, ranked.Select(c => c.Shingles()).ToList()) is { } found)
        {
            original = (ranked[found.Index].StoredId, ranked[found.Index].Added, found.Verdict);
        }
        return true;
    }
}
