using MapDashboard.Core.Duplicates;

namespace MapDashboard.Data.Store;

/// <summary>
/// Decides, in memory, what writing each article of a batch one after the other would do (leave it, record it as an
/// appearance, add it), from what the store held when its lookup was read (<see cref="PostgresBatchLookup"/>) and the
/// batch's articles added since. Articles decided and not yet written form the current run (<see cref="Entries"/>).
/// An article it cannot decide exactly that way is refused; the writer then writes the run and reads it again, or writes
/// it on its own (<see cref="ArticleRowWriter"/>) and tells the plan what came of it (<see cref="Record"/>).
/// </summary>
internal sealed class PostgresBatchPlan
{
    /// <summary>What one article of the run comes to.</summary>
    /// <param name="Article">The article.</param>
    /// <param name="Status">Added, Unchanged or Appearance.</param>
    /// <param name="StoredId">The stored article it is (Unchanged) or repeats (Appearance), when written already.</param>
    /// <param name="Added">Otherwise the index (<see cref="AddedId"/>) of the article of the batch it is or repeats.</param>
    /// <param name="Verdict">An appearance's verdict.</param>
    /// <param name="Fingerprint">The article's shingles and MinHash signature.</param>
    public sealed record Entry(StoredArticle Article, IngestStatus Status, long? StoredId, int? Added, DuplicateVerdict? Verdict, TextFingerprint Fingerprint);

    /// <summary>An article the batch adds: where it is in the batch, its band keys and fingerprint, and its id once written.</summary>
    private sealed class AddedArticle(int position, long[] keys, TextFingerprint fingerprint)
    {
        public int Position { get; } = position;
        public HashSet<long> Keys { get; } = [.. keys];
        public TextFingerprint Fingerprint { get; } = fingerprint;
        public long? Id { get; set; }
    }

    private readonly Dictionary<string, (long? StoredId, int? Added)> _hashes = new(StringComparer.Ordinal);
    private readonly Dictionary<string, (long? StoredId, int? Added)> _copies = new(StringComparer.Ordinal);
    private readonly List<AddedArticle> _added = [];
    private int _written;

    /// <summary>The run: the articles decided since the last write, in order.</summary>
    public List<Entry> Entries { get; } = [];

    /// <summary>The articles the run adds, in order.</summary>
    public IEnumerable<Entry> AddedArticles => Entries.Where(e => e.Status == IngestStatus.Added);

    /// <summary>The id of an added article of the batch, once written.</summary>
    public long AddedId(int added) => _added[added].Id ?? throw new InvalidOperationException("The article is not written yet.");

    /// <summary>The stored id an entry refers to (after its run is written).</summary>
    public long IdOf(Entry entry) => entry.StoredId ?? AddedId(entry.Added!.Value);

    /// <summary>Records the ids the run's added articles were written under, and starts a new run.</summary>
    public void Written(IReadOnlyList<long> ids)
    {
        for (var i = 0; i < ids.Count; i++)
        {
            _added[_written + i].Id = ids[i];
        }
        _written += ids.Count;
        Entries.Clear();
    }

    /// <summary>
    /// Decides the article at <paramref name="position"/> of the batch, or refuses it: null when decided; otherwise the
    /// band keys whose rarity the batch's articles changed since the lookup (empty when the article is not for this path).
    /// </summary>
    public long[]? TryAdd(StoredArticle article, PostgresBatchLookup lookup, int position)
    {
        // A correction to record, or a stored article to process again: the row-by-row writer's work.
        if (article.StatedWhenAdded is not null || lookup.Existing is { } other && other.PipelineVersion != article.PipelineVersion)
        {
            return [];
        }
        if (lookup.Existing is { } stored)
        {
            Entries.Add(new Entry(article, IngestStatus.Unchanged, stored.Id, null, null, lookup.Fingerprint));
            return null;
        }
        if (_hashes.TryGetValue(article.ContentHash, out var same) || _copies.TryGetValue(article.ContentHash, out same))
        {
            Entries.Add(new Entry(article, IngestStatus.Unchanged, same.StoredId, same.Added, null, lookup.Fingerprint));
            return null;
        }
        if (lookup.CopiedTo is { } copied)
        {
            Entries.Add(new Entry(article, IngestStatus.Unchanged, copied, null, null, lookup.Fingerprint));
            return null;
        }
        var crossed = FindOriginal(lookup, out var original);
        if (crossed.Length > 0)
        {
            return crossed;
        }
        if (original is { } found)
        {
            Entries.Add(new Entry(article, IngestStatus.Appearance, found.StoredId, found.Added, found.Verdict, lookup.Fingerprint));
            _copies[article.ContentHash] = (found.StoredId, found.Added);
            return null;
        }
        Entries.Add(new Entry(article, IngestStatus.Added, null, _added.Count, null, lookup.Fingerprint));
        _hashes[article.ContentHash] = (null, _added.Count);
        _added.Add(new AddedArticle(position, lookup.Keys, lookup.Fingerprint));
        return null;
    }

    /// <summary>What came of an article written on its own (after the run before it was written), for the articles after it.</summary>
    public void Record(StoredArticle article, TextFingerprint fingerprint, int position, IngestOutcome outcome)
    {
        if (outcome.Status == IngestStatus.Added)
        {
            _hashes[article.ContentHash] = (outcome.ArticleId, null);
            _added.Add(new AddedArticle(position, fingerprint.Signature.BandKeys().Distinct().ToArray(), fingerprint) { Id = outcome.ArticleId });
            _written++;
        }
        else if (outcome.Status == IngestStatus.Appearance)
        {
            _copies[article.ContentHash] = (outcome.ArticleId, null);
        }
    }

    /// <summary>
    /// The near-duplicate check as <see cref="AppearanceStore.TryStoreAsAppearanceAsync"/> makes it once the batch's
    /// articles added since the lookup are stored: their band keys count towards a key's holders, and they are candidates
    /// too (after every stored one of the same rank: their ids are higher). Returns the keys those articles took over the
    /// cap (which changes the stored candidates' ranks, so the article must be read again), or none.
    /// </summary>
    private long[] FindOriginal(PostgresBatchLookup lookup, out (long? StoredId, int? Added, DuplicateVerdict Verdict)? original)
    {
        original = null;
        if (lookup.Keys.Length == 0)
        {
            return [];
        }
        var since = _added.Select((a, i) => (Article: a, Index: i)).Where(a => a.Article.Position >= lookup.Epoch).ToList();
        var rareShared = new List<long>();
        var crossed = new List<long>();
        foreach (var key in lookup.Keys)
        {
            var added = since.Count(a => a.Article.Keys.Contains(key));
            if (added == 0)
            {
                continue;
            }
            var stored = lookup.StoredHolders[key];
            if (stored <= AppearanceStore.MaxArticlesPerBandKey && stored + added > AppearanceStore.MaxArticlesPerBandKey)
            {
                crossed.Add(key);
            }
            else if (stored <= AppearanceStore.MaxArticlesPerBandKey)
            {
                rareShared.Add(key);
            }
        }
        if (crossed.Count > 0)
        {
            return [.. crossed];
        }
        var ranked = lookup.Candidates.Select(c => (c.Shared, StoredId: (long?)c.Id, Added: (int?)null, Shingles: (Func<IReadOnlySet<ulong>>)c.ShingleSet))
            .Concat(since.Select(a => (Shared: (long)rareShared.Count(a.Article.Keys.Contains), StoredId: a.Article.Id, Added: a.Article.Id is null ? (int?)a.Index : null,
                Shingles: (Func<IReadOnlySet<ulong>>)(() => a.Article.Fingerprint.Shingles))).Where(c => c.Shared > 0))
            .OrderByDescending(c => c.Shared)
            .Take(AppearanceStore.MaxCandidates)
            .ToList();
        if (ranked.Count > 0 && new NearDuplicateDetector().FindOriginal(lookup.Fingerprint.Shingles, ranked.Select(c => c.Shingles()).ToList()) is { } found)
        {
            original = (ranked[found.Index].StoredId, ranked[found.Index].Added, found.Verdict);
        }
        return [];
    }
}
