using System.Collections.Concurrent;
using MapDashboard.Core.Gazetteer;

namespace MapDashboard.Core.Geoparsing;

/// <summary>
/// <see cref="NameFolding.FoldAndSkeleton"/> of the phrases <see cref="AdminContext"/> indexes, kept across articles:
/// news repeats its names ("Idlib", "Syrian Arab Army", the same villages) from article to article, and folding is
/// the larger part of building the context. The keys are a pure function of the phrase, so a kept pair is the one
/// folding would give. At most <see cref="Capacity"/> phrases are kept (the first ones met); others are folded each time.
/// A phrase is looked up from a span of the text, so a kept one costs no string. Thread-safe.
/// (Two generations, a full one becoming the previous, were tried in session 28: over 10,000 generated articles they
/// fold 212,000 phrases instead of 339,000 but insert 277,000 instead of 50,000, and the process's peak memory rose.)
/// </summary>
internal sealed class AdminFoldCache
{
    /// <summary>How many phrases are kept at most (a few megabytes).</summary>
    public const int Capacity = 50_000;

    private static readonly AdminFoldCache Shared = new(Capacity);

    private readonly int _capacity;
    private readonly ConcurrentDictionary<string, (string Fold, string Skeleton)> _kept = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, (string Fold, string Skeleton)>.AlternateLookup<ReadOnlySpan<char>> _bySpan;
    private int _count;

    internal AdminFoldCache(int capacity)
    {
        _capacity = capacity;
        _bySpan = _kept.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>The folded key and the consonant skeleton of <paramref name="phrase"/>.</summary>
    public static (string Fold, string Skeleton) FoldAndSkeleton(string phrase) => Shared.Keys(phrase, phrase);

    /// <summary>The folded key and the consonant skeleton of the phrase <paramref name="phrase"/> spells.</summary>
    public static (string Fold, string Skeleton) FoldAndSkeleton(ReadOnlySpan<char> phrase) => Shared.Keys(phrase, null);

    /// <summary>How many phrases are kept (for tests).</summary>
    internal int Count => _kept.Count;

    /// <summary>Whether <paramref name="phrase"/> is kept (for tests).</summary>
    internal bool Holds(string phrase) => _kept.ContainsKey(phrase);

    /// <summary>The keys of <paramref name="phrase"/> (<paramref name="text"/> is the same phrase as a string, when the caller has it).</summary>
    internal (string Fold, string Skeleton) Keys(ReadOnlySpan<char> phrase, string? text)
    {
        if (_bySpan.TryGetValue(phrase, out var keys))
        {
            return keys;
        }
        text ??= phrase.ToString();
        keys = NameFolding.FoldAndSkeleton(text);
        if (Volatile.Read(ref _count) < _capacity && _kept.TryAdd(text, keys))
        {
            Interlocked.Increment(ref _count);
        }
        return keys;
    }
}
