using System.Buffers;

namespace MapDashboard.Core.Text;

/// <summary>
/// A cheap test before a costly regex whose every match holds one of some words as a whole word (the word starts after a
/// whitespace or a word boundary and ends at a word boundary in the pattern): a text holding none of them as a whole word
/// cannot match. Looser than such a regex: a word is whole when no ASCII letter or digit touches it (the regex's word
/// boundary also counts the underscore and non-ASCII letters), and a text holding a non-ASCII look-alike of an ASCII letter
/// (<see cref="RequiredWords.AsciiLetterLookalikes"/>) may always match. Unlike <see cref="RequiredWords"/>, a word inside
/// a longer word does not pass ("mine" in "determined", "bomb" in "bombing"). Immutable and thread-safe.
/// </summary>
internal sealed class WholeWordGuard
{
    private static readonly SearchValues<char> Lookalikes = SearchValues.Create(RequiredWords.AsciiLetterLookalikes);

    private readonly SearchValues<string> _words;
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> _lookup;
    private readonly int _longest;

    /// <summary>Words of ASCII letters only, matched ignoring ASCII case.</summary>
    public WholeWordGuard(IEnumerable<string> words)
    {
        var list = words.Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        if (list.Count == 0 || list.Any(w => w.Length == 0 || !w.All(char.IsAsciiLetter)))
        {
            throw new ArgumentException("a whole-word guard needs words of ASCII letters: " + string.Join(", ", list));
        }
        _words = SearchValues.Create([.. list], StringComparison.OrdinalIgnoreCase);
        _lookup = new HashSet<string>(list, StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();
        _longest = list.Max(w => w.Length);
    }

    /// <summary>False when <paramref name="text"/> surely holds none of the words as a whole word; true when it may.</summary>
    public bool MayMatch(ReadOnlySpan<char> text)
    {
        if (text.ContainsAny(Lookalikes))
        {
            return true;
        }
        for (var from = 0; from < text.Length;)
        {
            var found = text[from..].IndexOfAny(_words);
            if (found < 0)
            {
                return false;
            }
            var at = from + found;
            if (at == 0 || !char.IsAsciiLetterOrDigit(text[at - 1]))
            {
                var end = at;
                while (end < text.Length && char.IsAsciiLetter(text[end]) && end - at <= _longest)
                {
                    end++;
                }
                if ((end == text.Length || !char.IsAsciiLetterOrDigit(text[end])) && _lookup.Contains(text[at..end]))
                {
                    return true;
                }
            }
            from = at + 1;
        }
        return false;
    }
}
