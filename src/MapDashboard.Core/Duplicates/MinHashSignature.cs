namespace MapDashboard.Core.Duplicates;

/// <summary>
/// A MinHash signature of a text's shingles (<see cref="Length"/> minima under independent hash functions), and the
/// locality-sensitive band keys a store indexes to find the stored texts that may share many shingles with a new one.
/// </summary>
public sealed class MinHashSignature
{
    /// <summary>Hash functions per signature.</summary>
    public const int Length = 128;

    /// <summary>Signature rows per band: two rows in each of 64 bands make a text sharing a fifth of its shingles a candidate 92 % of the time.</summary>
    public const int RowsPerBand = 2;

    // The hash functions' seeds, made once: the signature loop mixes each shingle with every seed.
    private static readonly ulong[] Seeds = Enumerable.Range(0, Length).Select(Seed).ToArray();

    private readonly ulong[] _values;
    private long[]? _bandKeys;

    private MinHashSignature(ulong[] values, int shingleCount)
    {
        _values = values;
        ShingleCount = shingleCount;
    }

    /// <summary>How many distinct shingles the text has.</summary>
    public int ShingleCount { get; }

    /// <summary>The signature's minima.</summary>
    public IReadOnlyList<ulong> Values => _values;

    /// <summary>The signature of a set of shingle hashes (an empty set gives all maxima, which no band key of a real text matches).</summary>
    public static MinHashSignature Of(IReadOnlyCollection<ulong> shingles)
    {
        var values = new ulong[Length];
        Array.Fill(values, ulong.MaxValue);
        var seeds = Seeds;
        foreach (var shingle in shingles)
        {
            for (var i = 0; i < seeds.Length; i++)
            {
                var h = Mix(shingle ^ seeds[i]);
                if (h < values[i])
                {
                    values[i] = h;
                }
            }
        }
        return new MinHashSignature(values, shingles.Count);
    }

    /// <summary>The signature of a cleaned text.</summary>
    public static MinHashSignature OfText(string text) => Of(TextShingles.Of(text));

    /// <summary>The estimated Jaccard similarity of the two texts' shingle sets.</summary>
    public double EstimateJaccard(MinHashSignature other)
    {
        var same = 0;
        for (var i = 0; i < Length; i++)
        {
            if (_values[i] == other._values[i])
            {
                same++;
            }
        }
        return (double)same / Length;
    }

    // Computed once per signature: a store reads them to find an article's candidates and again to index the article.
    // (The signature never changes, so two threads racing here compute the same keys.)
    /// <summary>One key per band (band number folded in, so equal rows in different bands do not collide), as signed 64-bit integers for SQL.</summary>
    public IReadOnlyList<long> BandKeys() => _bandKeys ??= ComputeBandKeys();

    private long[] ComputeBandKeys()
    {
        if (ShingleCount == 0)
        {
            return [];
        }
        var keys = new long[Length / RowsPerBand];
        for (var band = 0; band < keys.Length; band++)
        {
            var h = Seed(1000 + band);
            for (var r = 0; r < RowsPerBand; r++)
            {
                h = Mix(h ^ _values[band * RowsPerBand + r]);
            }
            keys[band] = unchecked((long)h);
        }
        return keys;
    }

    private static ulong Seed(int i) => Mix(0x9E3779B97F4A7C15UL * (ulong)(i + 1));

    /// <summary>SplitMix64's finaliser: a fast, well-spread 64-bit mixing function.</summary>
    private static ulong Mix(ulong x)
    {
        x ^= x >> 30;
        x *= 0xBF58476D1CE4E5B9UL;
        x ^= x >> 27;
        x *= 0x94D049BB133111EBUL;
        x ^= x >> 31;
        return x;
    }
}
