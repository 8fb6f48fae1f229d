using System.Collections.Concurrent;

namespace MapDashboard.Core.Gazetteer;

/// <summary>
/// One of <see cref="NameFolding"/>'s keys (the folded key or the skeleton) of the names met, kept across calls and
/// articles: the geoparser folds the same words and phrases again and again (every capitalised word of every sentence,
/// the candidates' and look-alikes' names), and news repeats its names from article to article. The key is a pure
/// function of the name (the rule table is fixed for the process), so a kept key is the one folding would give. At
/// most <see cref="Capacity"/> names are kept (the first ones met); others are folded each time. Thread-safe.
/// </summary>
internal sealed class FoldedKeyCache(Func<string, string> key)
{
    /// <summary>How many names are kept at most (a few megabytes).</summary>
    public const int Capacity = 50_000;

    private readonly ConcurrentDictionary<string, string> _kept = new(StringComparer.Ordinal);
    private int _count;

    /// <summary>The key of <paramref name="name"/>, kept or worked out now.</summary>
    public string Of(string name)
    {
        if (_kept.TryGetValue(name, out var kept))
        {
            return kept;
        }
        var computed = key(name);
        if (Volatile.Read(ref _count) < Capacity && _kept.TryAdd(name, computed))
        {
            Interlocked.Increment(ref _count);
        }
        return computed;
    }
}
