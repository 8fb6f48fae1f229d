using System.Buffers.Binary;
using MapDashboard.Core.Duplicates;

namespace MapDashboard.Data.Store;

/// <summary>
/// What the near-duplicate check needs of an article's cleaned text: its word shingles and their MinHash signature.
/// Made where the article is prepared (on the ingest's workers), so the single writer does not shingle it; the shingles
/// are stored with the article (<c>articles.shingles</c>, migration 0034) so a later article compared with it does not
/// shingle its text again either.
/// </summary>
public sealed class TextFingerprint
{
    private byte[]? _blob;
    private ulong[]? _sorted;

    private TextFingerprint(HashSet<ulong> shingles, MinHashSignature signature)
    {
        Shingles = shingles;
        Signature = signature;
    }

    /// <summary>The distinct shingle hashes of the text (<see cref="TextShingles.Of"/>).</summary>
    public HashSet<ulong> Shingles { get; }

    /// <summary>
    /// <see cref="Shingles"/> in ascending order: the order of the stored blob, so the writer counts a candidate's shared
    /// shingles by walking both in step (<see cref="AppearanceCandidate.OverlapWith(TextFingerprint, int)"/>). Sorted at
    /// the first use, which is where the blob is made (<see cref="Prepare"/>, on an ingest worker): a fingerprint that
    /// only queries (its signature's band keys, its set) never sorts.
    /// </summary>
    public ulong[] SortedShingles => _sorted ??= Sorted(Shingles);

    /// <summary>Whether <see cref="SortedShingles"/> was made (a test's view of the laziness).</summary>
    internal bool HasSorted => _sorted is not null;

    /// <summary>The MinHash signature of <see cref="Shingles"/>.</summary>
    public MinHashSignature Signature { get; }

    /// <summary>The fingerprint of a cleaned text.</summary>
    public static TextFingerprint Of(string cleanedText)
    {
        var shingles = TextShingles.Of(cleanedText);
        return new TextFingerprint(shingles, MinHashSignature.Of(shingles));
    }

    /// <summary>
    /// The shingles as stored: 8 bytes each, little-endian, in ascending order (the same set whatever the hash set's order).
    /// Made once (<see cref="Prepare"/> makes it on the worker that prepares the article, not on the writer).
    /// </summary>
    public byte[] ShinglesBlob()
    {
        if (_blob is { } made)
        {
            return made;
        }
        var sorted = SortedShingles;
        var blob = new byte[sorted.Length * sizeof(ulong)];
        for (var i = 0; i < sorted.Length; i++)
        {
            BinaryPrimitives.WriteUInt64LittleEndian(blob.AsSpan(i * sizeof(ulong)), sorted[i]);
        }
        return _blob = blob;
    }

    /// <summary>The fingerprint of a cleaned text with its stored blob made too (<see cref="ShinglesBlob"/>): what an ingest worker hands the writer.</summary>
    public static TextFingerprint Prepare(string cleanedText)
    {
        var fingerprint = Of(cleanedText);
        fingerprint.ShinglesBlob();
        return fingerprint;
    }

    private static ulong[] Sorted(HashSet<ulong> shingles)
    {
        var sorted = shingles.ToArray();
        Array.Sort(sorted);
        return sorted;
    }

    /// <summary>The shingle set a stored blob (<see cref="ShinglesBlob"/>) holds.</summary>
    /// <exception cref="FormatException">The blob is not a whole number of 8-byte hashes.</exception>
    public static HashSet<ulong> ShinglesOf(byte[] blob)
    {
        if (blob.Length % sizeof(ulong) != 0)
        {
            throw new FormatException($"A stored shingle blob has {blob.Length} bytes, not a multiple of {sizeof(ulong)}.");
        }
        var shingles = new HashSet<ulong>(blob.Length / sizeof(ulong));
        for (var offset = 0; offset < blob.Length; offset += sizeof(ulong))
        {
            shingles.Add(BinaryPrimitives.ReadUInt64LittleEndian(blob.AsSpan(offset)));
        }
        return shingles;
    }
}
