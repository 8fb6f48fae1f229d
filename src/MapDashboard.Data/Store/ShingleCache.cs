using MapDashboard.Core.Duplicates;

namespace MapDashboard.Data.Store;

/// <summary>
/// The word shingles of the stored articles an ingest compared or wrote lately, so that the near-duplicate check does
/// not shingle the same candidates' texts again for every new article. An entry serves only the exact text it was made
/// from (an article processed again has another text), and the oldest entries go when <see cref="Capacity"/> is reached.
/// Thread-safe; shared by every store of the process (an id of another store with another text is a miss, with the same
/// text the same shingles).
/// </summary>
internal sealed class ShingleCache
{
    /// <summary>How many articles' shingles are kept (a few tens of MB of news text).</summary>
    public const int Capacity = 2048;

    /// <summary>The cache of the process.</summary>
    public static ShingleCache Shared { get; } = new();

    private readonly Dictionary<long, (string Text, HashSet<ulong> Shingles)> _entries = [];
    private readonly Queue<long> _order = new();
    private readonly Lock _lock = new();

    /// <summary>The shingles of a stored article's cleaned text, made now unless kept for that very text.</summary>
    public IReadOnlySet<ulong> Of(long articleId, string cleanedText)
    {
        lock (_lock)
        {
            if (_entries.TryGetValue(articleId, out var kept) && string.Equals(kept.Text, cleanedText, StringComparison.Ordinal))
            {
                return kept.Shingles;
            }
        }
        var shingles = TextShingles.Of(cleanedText);
        Remember(articleId, cleanedText, shingles);
        return shingles;
    }

    /// <summary>Keeps the shingles of an article just written (or just compared).</summary>
    public void Remember(long articleId, string cleanedText, HashSet<ulong> shingles)
    {
        lock (_lock)
        {
            if (!_entries.ContainsKey(articleId))
            {
                _order.Enqueue(articleId);
            }
            _entries[articleId] = (cleanedText, shingles);
            while (_order.Count > Capacity)
            {
                _entries.Remove(_order.Dequeue());
            }
        }
    }
}
