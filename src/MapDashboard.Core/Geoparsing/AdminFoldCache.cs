using System.Collections.Concurrent;
using MapDashboard.Core.Gazetteer;

namespace MapDashboard.Core.Geoparsing;

/// <summary>
/// <see cref="NameFolding.FoldAndSkeleton"/> of the phrases <see cref="AdminContext"/> indexes, kept across articles:
/// news repeats its names ("Idlib", "Syrian Arab Army", the same villages) from article to article, and folding is
/// the larger part of building the context. The keys are a pure function of the phrase, so a kept pair is the one
/// folding would give. Phrases are kept in two generations of at most <see cref="Capacity"/> each: a full generation
/// becomes the previous one (the one before it is dropped), and a phrase found only in the previous one is kept again
/// in the current, so the phrases still in use stay while a long backlog runs. A phrase is looked up from a span of the
/// text, so a kept one costs no string. Thread-safe.
/// </summary>
internal sealed class AdminFoldCache
{
    /// <summary>How many phrases a generation keeps at most (a few megabytes).</summary>
    public const int Capacity = 50_000;

    private static readonly AdminFoldCache Shared = new(Capacity);

    private readonly int _capacity;
    private readonly Lock _turn = new();
    private Generation _current = new();
    private Generation _previous = new();

    internal AdminFoldCache(int capacity) => _capacity = capacity;

    /// <summary>The folded key and the consonant skeleton of <paramref name="phrase"/>.</summary>
    public static (string Fold, string Skeleton) FoldAndSkeleton(string phrase) => Shared.Keys(phrase, phrase);

    /// <summary>The folded key and the consonant skeleton of the phrase <paramref name="phrase"/> spells.</summary>
    public static (string Fold, string Skeleton) FoldAndSkeleton(ReadOnlySpan<char> phrase) => Shared.Keys(phrase, null);

    /// <summary>How many phrases the two generations hold (for tests).</summary>
    internal int Count => Volatile.Read(ref _current).Map.Count + Volatile.Read(ref _previous).Map.Count;

    /// <summary>Whether <paramref name="phrase"/> is kept in either generation (for tests).</summary>
    internal bool Holds(string phrase) => Volatile.Read(ref _current).Map.ContainsKey(phrase) || Volatile.Read(ref _previous).Map.ContainsKey(phrase);

    /// <summary>The keys of <paramref name="phrase"/> (<paramref name="text"/> is the same phrase as a string, when the caller has it).</summary>
    internal (string Fold, string Skeleton) Keys(ReadOnlySpan<char> phrase, string? text)
    {
        var current = Volatile.Read(ref _current);
        if (current.Lookup.TryGetValue(phrase, out var keys))
        {
            return keys;
        }
        text ??= phrase.ToString();
        if (!Volatile.Read(ref _previous).Map.TryGetValue(text, out keys))
        {
            keys = NameFolding.FoldAndSkeleton(text);
        }
        if (current.Map.TryAdd(text, keys) && Interlocked.Increment(ref current.Added) >= _capacity)
        {
            lock (_turn)
            {
                if (_current == current)
                {
                    Volatile.Write(ref _previous, current);
                    Volatile.Write(ref _current, new Generation());
                }
            }
        }
        return keys;
    }

    private sealed class Generation
    {
        public readonly ConcurrentDictionary<string, (string Fold, string Skeleton)> Map;
        public readonly ConcurrentDictionary<string, (string Fold, string Skeleton)>.AlternateLookup<ReadOnlySpan<char>> Lookup;
        public int Added;

        public Generation()
        {
            Map = new(StringComparer.Ordinal);
            Lookup = Map.GetAlternateLookup<ReadOnlySpan<char>>();
        }
    }
}
