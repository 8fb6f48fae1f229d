using System.Collections.Concurrent;
using MapDashboard.Core.Gazetteer;

namespace MapDashboard.Core.Geoparsing;

/// <summary>
/// <see cref="NameFolding.FoldAndSkeleton"/> of the phrases <see cref="AdminContext"/> indexes, kept across articles:
/// news repeats its names ("Idlib", "Syrian Arab Army", the same villages) from article to article, and folding is
/// the larger part of building the context. The keys are a pure function of the phrase, so a kept pair is the one
/// folding would give. At most <see cref="Capacity"/> phrases are kept (the first ones met); others are folded each time.
/// Thread-safe.
/// </summary>
internal static class AdminFoldCache
{
    /// <summary>How many phrases are kept at most (a few megabytes).</summary>
    public const int Capacity = 50_000;

    private static readonly ConcurrentDictionary<string, (string Fold, string Skeleton)> Kept = new(StringComparer.Ordinal);
    private static int _count;

    /// <summary>The folded key and the consonant skeleton of <paramref name="phrase"/>.</summary>
    public static (string Fold, string Skeleton) FoldAndSkeleton(string phrase)
    {
        if (Kept.TryGetValue(phrase, out var keys))
        {
            return keys;
        }
        keys = NameFolding.FoldAndSkeleton(phrase);
        if (Volatile.Read(ref _count) < Capacity && Kept.TryAdd(phrase, keys))
        {
            Interlocked.Increment(ref _count);
        }
        return keys;
    }
}
