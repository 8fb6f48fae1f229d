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
    private TextFingerprint(HashSet<ulong> shingles, MinHashSignature signature)
    {
        Shingles = shingles;
        Signature = signature;
    }

    /// <summary>The distinct shingle hashes of the text (<see cref="TextShingles.Of"/>).</summary>
    public HashSet<ulong> Shingles { get; }

    /// <summary>The MinHash signature of <see cref="Shingles"/>.</summary>
    public MinHashSignature Signature { get; }

    /// <summary>The fingerprint of a cleaned text.</summary>
    public static TextFingerprint Of(string cleanedText)
    {
        var shingles = TextShingles.Of(cleanedText);
        return new TextFingerprint(shingles, MinHashSignature.Of(shingles));
    }

    /// <summary>The shingles as stored: 8 bytes each, little-endian, in ascending order (the same set whatever the hash set's order).</summary>
    public byte[] ShinglesBlob()
    {
        var sorted = Shingles.ToArray();
        Array.Sort(sorted);
        var blob = new byte[sorted.Length * sizeof(ulong)];
        for (var i = 0; i < sorted.Length; i++)
        {
            BinaryPrimitives.WriteUInt64LittleEndian(blob.AsSpan(i * sizeof(ulong)), sorted[i]);
        }
        return blob;
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
