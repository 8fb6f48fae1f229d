namespace MapDashboard.Core.Geoparsing;

/// <summary>How far apart two folded spellings of a name are, for the one-letter look-alikes the folding rules miss.</summary>
public static class SpellingDistance
{
    /// <summary>
    /// Whether one letter inserted, dropped or replaced turns one folded key into the other (equal keys count): a vowel
    /// written or left out ("baza" / "bza"), one vowel for another ("atira" / "atire").
    /// </summary>
    public static bool AtMostOne(ReadOnlySpan<char> a, ReadOnlySpan<char> b)
    {
        if (a.Length < b.Length)
        {
            return AtMostOne(b, a);
        }
        if (a.Length - b.Length > 1)
        {
            return false;
        }
        var prefix = 0;
        while (prefix < b.Length && a[prefix] == b[prefix])
        {
            prefix++;
        }
        if (prefix == b.Length)
        {
            return true;
        }
        // The first difference is the one edit: a letter of the longer key dropped, or (same length) replaced.
        return a.Length == b.Length
            ? a[(prefix + 1)..].SequenceEqual(b[(prefix + 1)..])
            : a[(prefix + 1)..].SequenceEqual(b[prefix..]);
    }
}
