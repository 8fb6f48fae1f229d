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
    /// How its shingles overlap a new text's: read straight from the stored blob (distinct hashes, 8 bytes each) without
    /// building its set, which was most of the writer's near-duplicate check; from <see cref="ShingleSet"/> otherwise.
    /// The count stops once <paramref name="minShared"/> (<see cref="NearDuplicateDetector.MinShared"/>) is out of reach:
    /// then <see cref="ShingleOverlap.Shared"/> is some count below it (the verdict is independent either way).
    /// </summary>
    /// <exception cref="FormatException">The stored blob is not a whole number of 8-byte hashes.</exception>
    public ShingleOverlap OverlapWith(HashSet<ulong> shingles, int minShared)
    {
        if (Shingles is not { } blob)
        {
            var set = ShingleSet();
            return new ShingleOverlap(set.Count, shingles.Count(set.Contains));
        }
        if (blob.Length % sizeof(ulong) != 0)
        {
            throw new FormatException($"A stored shingle blob has {blob.Length} bytes, not a multiple of {sizeof(ulong)}.");
        }
        var count = blob.Length / sizeof(ulong);
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
}
