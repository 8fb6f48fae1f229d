using System.Numerics;
using SQLitePCL;

namespace MapDashboard.Data.Store;

/// <summary>
/// A Bloom filter of the band keys a SQLite store holds (<c>article_bands</c>), so that the near-duplicate check reads the
/// holders only of the keys some stored article may hold: most of a new text's 64 band keys are held by none, and each
/// such key cost an indexed read that found nothing (issue 18). <see cref="MayHold"/> answers "certainly absent" (false)
/// or "maybe" (true), never "absent" for a held key: every key the table held when the filter was loaded is in it, and
/// the writer adds each key it inserts (<see cref="Add"/>). Keys removed or rolled back stay in it, which only makes a
/// "maybe" more; another connection's writes are not seen, so its owner (<see cref="WriterMemo"/>) drops the filter when
/// another connection commits. Sized for the keys loaded, with room to grow; past that room (<see cref="Full"/>) it
/// would answer "maybe" more often, so its owner loads a larger one from the table.
/// </summary>
internal sealed class BandKeyFilter
{
    /// <summary>Bits per key the filter is sized for at its fullest (four probes: about 1 % "maybe" for a key held by none).</summary>
    private const int BitsPerKey = 10;

    /// <summary>The fewest bits (1 MiB): room for about 840,000 keys, some 13,000 articles' worth.</summary>
    private const int MinBitsLog2 = 23;

    private const int Probes = 4;

    private readonly ulong[] _words;
    private readonly ulong _mask;
    private readonly long _capacity;

    /// <summary>An empty filter with room for at least <paramref name="keys"/> keys, and as many again to grow into.</summary>
    public BandKeyFilter(long keys)
    {
        var wanted = Math.Max(1L << MinBitsLog2, keys * 2 * BitsPerKey);
        var bits = (long)BitOperations.RoundUpToPowerOf2((ulong)wanted);
        _words = new ulong[bits / 64];
        _mask = (ulong)bits - 1;
        _capacity = bits / BitsPerKey;
    }

    /// <summary>How many keys were added (each key of each article once; a key held by several counts for each).</summary>
    public long Count { get; private set; }

    /// <summary>The filter's size in bits.</summary>
    public long Bits => (long)_mask + 1;

    /// <summary>Whether more keys were added than the filter was sized for (it still never says "absent" for a held key).</summary>
    public bool Full => Count > _capacity;

    /// <summary>
    /// A filter of every band key the store's <c>article_bands</c> holds, as the connection sees it (inside its
    /// transaction: its own inserts included).
    /// </summary>
    public static BandKeyFilter Load(StoreCommands commands)
    {
        var rows = commands.Positional("SELECT COUNT(*) FROM article_bands", 0).Read(row => raw.sqlite3_column_int64(row, 0))[0];
        var filter = new BandKeyFilter(rows);
        commands.Positional("SELECT band_key FROM article_bands", 0).ReadEach(row => filter.Add(raw.sqlite3_column_int64(row, 0)));
        return filter;
    }

    /// <summary>Records that a stored article holds <paramref name="key"/>.</summary>
    public void Add(long key)
    {
        var (h, step) = Hashes(key);
        for (var i = 0; i < Probes; i++, h += step)
        {
            var bit = h & _mask;
            _words[bit >> 6] |= 1UL << (int)(bit & 63);
        }
        Count++;
    }

    /// <summary>False: no stored article holds <paramref name="key"/>. True: one may.</summary>
    public bool MayHold(long key)
    {
        var (h, step) = Hashes(key);
        for (var i = 0; i < Probes; i++, h += step)
        {
            var bit = h & _mask;
            if ((_words[bit >> 6] & (1UL << (int)(bit & 63))) == 0)
            {
                return false;
            }
        }
        return true;
    }

    /// <summary>Two well-mixed hashes of the key (SplitMix64's finaliser), for the probes h, h + step, h + 2 step, ...</summary>
    private static (ulong H, ulong Step) Hashes(long key)
    {
        var z = (ulong)key + 0x9E3779B97F4A7C15UL;
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        z ^= z >> 31;
        return (z, (z >> 32 | z << 32) | 1);
    }
}
