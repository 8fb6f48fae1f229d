using System.Globalization;
using System.Text;

namespace MapDashboard.Core.Duplicates;

/// <summary>
/// The word shingles of a cleaned text: every run of <see cref="Size"/> consecutive words, lower-cased and stripped of
/// punctuation, hashed to 64 bits with FNV-1a (stable across processes, unlike <see cref="string.GetHashCode()"/>).
/// </summary>
public static class TextShingles
{
    /// <summary>Words per shingle: three keep most shingles of a copy editor's pass (a change every few words) while independent reports of one event share under a third of theirs (measured in the tests).</summary>
    public const int Size = 3;

    /// <summary>The distinct shingle hashes of a text (a text shorter than one shingle gives one hash of all its words, or none).</summary>
    public static HashSet<ulong> Of(string text)
    {
        var words = Words(text);
        var result = new HashSet<ulong>();
        if (words.Count == 0)
        {
            return result;
        }
        for (var i = 0; i + Size <= Math.Max(words.Count, Size); i++)
        {
            var hash = 14695981039346656037UL;
            for (var w = i; w < Math.Min(i + Size, words.Count); w++)
            {
                hash = Fnv(hash, words[w]);
                hash = (hash ^ 0x20UL) * 1099511628211UL;
            }
            result.Add(hash);
        }
        return result;
    }

    /// <summary>The words of a text: runs of letters and digits, lower-cased, accents kept.</summary>
    public static List<string> Words(string text)
    {
        var words = new List<string>();
        var current = new StringBuilder();
        foreach (var c in text)
        {
            if (char.IsLetterOrDigit(c))
            {
                current.Append(char.ToLower(c, CultureInfo.InvariantCulture));
            }
            else if (c is '\'' or '\u2019' && current.Length > 0)
            {
                continue; // "army's" and "armys" are one word
            }
            else if (current.Length > 0)
            {
                words.Add(current.ToString());
                current.Clear();
            }
        }
        if (current.Length > 0)
        {
            words.Add(current.ToString());
        }
        return words;
    }

    private static ulong Fnv(ulong hash, string word)
    {
        foreach (var c in word)
        {
            hash = (hash ^ (ulong)(c & 0xff)) * 1099511628211UL;
            hash = (hash ^ (uint)(c >> 8)) * 1099511628211UL;
        }
        return hash;
    }
}
