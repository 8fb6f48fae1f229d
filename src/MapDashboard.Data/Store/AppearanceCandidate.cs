using System.Buffers.Binary;
using MapDashboard.Core.Duplicates;

namespace MapDashboard.Data.Store;

/// <summary>
/// A stored article the near-duplicate check compares a new one with: its stored shingles, or, for an article stored
/// before they were (migration 0034), its cleaned text.
/// </summary>
internal sealed class AppearanceCandidate
{
    /// <summary>The stored article's id.</summary>
    public long Id { get; set; }

    /// <summary>How many of the new text's rare band keys it shares (what the candidates are ranked by).</summary>
    public long Shared { get; set; }

    /// <summary>Its stored shingles (<see cref="TextFingerprint.ShinglesBlob"/>), or null.</summary>
    public byte[]? Shingles { get; set; }

    /// <summary>Its cleaned text when it has no stored shingles, else null (not read).</summary>
    public string? CleanedText { get; set; }

    /// <summary>Its shingle set: from the stored blob, or made from the text (kept in <see cref="ShingleCache"/>).</summary>
    public IReadOnlySet<ulong> ShingleSet() => Shingles is { } blob
        ? TextFingerprint.ShinglesOf(blob)
        : ShingleCache.Shared.Of(Id, CleanedText ?? throw new InvalidOperationException($"Article {Id} has neither stored shingles nor a cleaned text."));

    /// <summary>
    /// How its shingles overlap a new text's: read straight from the stored blob (distinct hashes, 8 bytes each, ascending)
    /// without building its set, which was most of the writer's near-duplicate check, and counted by walking the blob and
    /// the new text's <see cref="TextFingerprint.SortedShingles"/> in step (no hash look-up per shingle); from
    /// <see cref="ShingleSet"/> otherwise. The count stops once <paramref name="minShared"/>
    /// (<see cref="NearDuplicateDetector.MinShared"/>) is out of reach: then <see cref="ShingleOverlap.Shared"/> is some
    /// count below it (the verdict is independent either way), the same count whichever way it is made.
    /// </summary>
    /// <exception cref="FormatException">The stored blob is not a whole number of 8-byte hashes.</exception>
    public ShingleOverlap OverlapWith(TextFingerprint fingerprint, int minShared)
    {
        if (Shingles is not { } blob)
        {
            return OverlapWith(fingerprint.Shingles, minShared); // no stored blob: the text's set, made once and kept
        }
        var count = BlobCount(blob);
        var mine = fingerprint.SortedShingles;
        var shared = 0;
        var j = 0;
        var previous = 0UL;
        for (var i = 0; i < count && shared + (count - i) >= minShared; i++)
        {
            var shingle = BinaryPrimitives.ReadUInt64LittleEndian(blob.AsSpan(i * sizeof(ulong)));
            if (i > 0 && shingle <= previous)
            {
                return OverlapWith(fingerprint.Shingles, minShared); // not in ascending order: not walkable in step
            }
            previous = shingle;
            while (j < mine.Length && mine[j] < shingle)
            {
                j++;
            }
            if (j < mine.Length && mine[j] == shingle)
            {
                shared++;
                j++;
            }
        }
        return new ShingleOverlap(count, shared);
    }

    /// <summary><see cref="OverlapWith(TextFingerprint, int)"/> by looking each of the blob's shingles up in the new text's set.</summary>
    /// <exception cref="FormatException">The stored blob is not a whole number of 8-byte hashes.</exception>
    public ShingleOverlap OverlapWith(HashSet<ulong> shingles, int minShared)
    {
        if (Shingles is not { } blob)
        {
            var set = ShingleSet();
            return new ShingleOverlap(set.Count, shingles.Count(set.Contains));
        }
        var count = BlobCount(blob);
        var shared = 0;
        for (var i = 0; i < count && shared + (count - i) >= minShared; i++)
        {
            if (shingles.Contains(BinaryPrimitives.ReadUInt64LittleEndian(blob.AsSpan(i * sizeof(ulong)))))
            {
                shared++;
            }
        }
        return new ShingleOverlap(count, shared);
    }

    private static int BlobCount(byte[] blob) => blob.Length % sizeof(ulong) == 0
        ? blob.Length / sizeof(ulong)
        : throw new FormatException($"A stored shingle blob has {blob.Length} bytes, not a multiple of {sizeof(ulong)}.");
}
