using System.Text;

namespace MapDashboard.Core.Text;

/// <summary>
/// Entries of word forms (a trigger rule's forms, an actor alias), keyed by the leading run of ASCII letters of each
/// form, so that a text is asked only about the entries that can match there. The forms are plain text matched as a
/// word-bounded, case-insensitive regex matches them (<c>(?&lt;![\w-])(?:form|...)(?![\w-])</c>, a space as any white
/// space). A match of such a form starting at a position of the text whose maximal run of ASCII letters is followed by
/// no letter covers exactly that run, and the run equals (ignoring case) the form's leading run: the only non-ASCII
/// characters a case-insensitive regex takes for ASCII letters (the Kelvin sign, the long s, the dotted and dotless i)
/// are letters, and no other letter or non-letter is taken for one. Where a run is followed by a non-ASCII letter, or
/// starts with a non-ASCII character, nothing is worked out and every entry may match. A form whose leading run is
/// not worked out (it starts with no ASCII letter, or a non-ASCII letter follows its run) makes its entry possible
/// everywhere. Immutable and thread-safe.
/// </summary>
public sealed class LeadingRunIndex
{
    private readonly int[] _always;
    private readonly Dictionary<string, int[]>.AlternateLookup<ReadOnlySpan<char>> _byRun;
    private readonly int _longestRun;

    // For the entries matched as their whole forms (see the constructor), each leading run's forms to check at a word.
    private readonly Dictionary<string, (int Entry, string Form)[]>.AlternateLookup<ReadOnlySpan<char>> _wholeByRun;
    private readonly bool[] _whole;

    /// <summary>Indexes the forms of every entry, in order (an entry's number is its place in the list).</summary>
    public LeadingRunIndex(IReadOnlyList<IReadOnlyList<string>> formsPerEntry)
        : this(formsPerEntry, new bool[formsPerEntry.Count])
    {
    }

    /// <summary>
    /// Indexes the forms of every entry; an entry marked in <paramref name="wholeForms"/> is a regex of exactly its forms
    /// (<c>(?&lt;![\w-])(?:form|...)(?![\w-])</c>, as the class summary says), so <see cref="FirstPositions"/> gives it
    /// the first word where one of its whole forms is found, not only its leading run (see <see cref="WholeFormAt"/>).
    /// The other entries' forms may be only the words their matches start with.
    /// </summary>
    public LeadingRunIndex(IReadOnlyList<IReadOnlyList<string>> formsPerEntry, IReadOnlyList<bool> wholeForms)
    {
        ArgumentOutOfRangeException.ThrowIfNotEqual(wholeForms.Count, formsPerEntry.Count, nameof(wholeForms));
        Count = formsPerEntry.Count;
        var always = new List<int>();
        var byRun = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        for (var i = 0; i < formsPerEntry.Count; i++)
        {
            var runs = formsPerEntry[i].Select(LeadingRun).ToList();
            if (runs.Count == 0 || runs.Contains(null))
            {
                always.Add(i);
                continue;
            }
            foreach (var run in runs)
            {
                if (!byRun.TryGetValue(run!, out var entries))
                {
                    byRun[run!] = entries = [];
                }
                if (!entries.Contains(i))
                {
                    entries.Add(i);
                }
            }
        }
        _always = [.. always];
        // Each run's entries with the entries possible everywhere, in entry order.
        _byRun = byRun.ToDictionary(p => p.Key, p => p.Value.Concat(always).Order().ToArray(), StringComparer.Ordinal)
            .GetAlternateLookup<ReadOnlySpan<char>>();
        _longestRun = byRun.Count == 0 ? 0 : byRun.Keys.Max(k => k.Length);
        Groups = [_always, .. _byRun.Dictionary.Values];
        // An entry is checked by its whole forms only when every form has a leading run and is ASCII (the check compares ASCII).
        _whole = [.. Enumerable.Range(0, Count).Select(i => wholeForms[i] && !always.Contains(i) && formsPerEntry[i].All(f => Ascii.IsValid(f)))];
        _wholeByRun = Enumerable.Range(0, Count).Where(i => _whole[i])
            .SelectMany(i => formsPerEntry[i].Select(f => (Run: LeadingRun(f)!, Entry: i, Form: f)))
            .GroupBy(f => f.Run, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Select(f => (f.Entry, f.Form)).ToArray(), StringComparer.Ordinal)
            .GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>How many entries there are.</summary>
    public int Count { get; }

    /// <summary>Every distinct answer of <see cref="TryEntriesAt"/> when it answers (the same array instances).</summary>
    public IReadOnlyList<int[]> Groups { get; }

    /// <summary>
    /// The lower-case leading run of ASCII letters of a plain form, when no letter follows it in the form; else null
    /// (not worked out: the form's entry is then possible everywhere).
    /// </summary>
    public static string? LeadingRun(string form)
    {
        var k = 0;
        while (k < form.Length && char.IsAsciiLetter(form[k]))
        {
            k++;
        }
        return k == 0 || (k < form.Length && char.IsLetter(form[k])) ? null : form[..k].ToLowerInvariant();
    }

    /// <summary>
    /// The entries that may match at <paramref name="position"/> (in entry order; false when not worked out there: any
    /// entry may). Only the word starts matter: a position preceded by an ASCII letter is answered as any other.
    /// </summary>
    public bool TryEntriesAt(string text, int position, out int[] entries)
    {
        entries = _always;
        var c = text[position];
        if (c >= 128)
        {
            return false;
        }
        if (!char.IsAsciiLetter(c))
        {
            return true;
        }
        var end = position + 1;
        while (end < text.Length && char.IsAsciiLetter(text[end]))
        {
            end++;
        }
        if (end < text.Length && char.IsLetter(text[end]))
        {
            return false;
        }
        if (end - position <= _longestRun)
        {
            Span<char> lower = stackalloc char[end - position];
            text.AsSpan(position, end - position).ToLowerInvariant(lower);
            if (_byRun.TryGetValue(lower, out var found))
            {
                entries = found;
            }
        }
        return true;
    }

    /// <summary>For each entry, in order, whether it may match somewhere in <paramref name="text"/> (false: it surely does not).</summary>
    public bool[] Possible(string text) => Array.ConvertAll(FirstPositions(text), p => p >= 0);

    /// <summary>
    /// For each entry, in order, the first position of <paramref name="text"/> where a match of it may start (no match
    /// starts before it), or -1 when it surely matches nowhere.
    /// </summary>
    public int[] FirstPositions(string text) => FirstPositions(text, null);

    /// <summary>Whether an entry is checked by its whole forms (see the constructor).</summary>
    public bool IsWhole(int entry) => _whole[entry];

    /// <summary>
    /// As <see cref="FirstPositions(string)"/>; <paramref name="wholeHits"/> also gets, in text order, every (entry,
    /// position) where an entry checked by its whole forms has one (<see cref="WholeFormAt"/>): no match of such an entry
    /// starts anywhere else. Non-ASCII letters are worked out word by word for those entries: a look-alike of an ASCII
    /// letter (<see cref="RequiredWords.AsciiLetterLookalikes"/>) is read as that letter, and a run of letters followed by
    /// any other non-ASCII letter starts no whole form (the form's letters match only ASCII letters and look-alikes, the
    /// character after its leading run is no letter, and its end is followed by no word character). The other entries,
    /// whose regexes are known only by their leading words, may match anywhere in a text holding a non-ASCII letter.
    /// </summary>
    public int[] FirstPositions(string text, List<(int Entry, int Position)>? wholeHits)
    {
        var first = new int[Count];
        Array.Fill(first, -1);
        foreach (var entry in _always)
        {
            first[entry] = 0;
        }
        if (HoldsNonAsciiLetter(text))
        {
            for (var entry = 0; entry < Count; entry++)
            {
                if (!_whole[entry])
                {
                    first[entry] = 0;
                }
            }
        }
        Span<char> lower = stackalloc char[Math.Max(1, _longestRun)];
        for (var i = 0; i < text.Length;)
        {
            if (!IsRunLetter(text[i]))
            {
                i++;
                continue;
            }
            var start = i;
            while (i < text.Length && IsRunLetter(text[i]))
            {
                i++;
            }
            if (i - start > _longestRun || (i < text.Length && char.IsLetter(text[i])))
            {
                continue;
            }
            var run = lower[..(i - start)];
            for (var k = 0; k < run.Length; k++)
            {
                run[k] = LowerAscii(text[start + k]);
            }
            if (_byRun.TryGetValue(run, out var entries))
            {
                foreach (var entry in entries)
                {
                    if (first[entry] < 0 && !_whole[entry])
                    {
                        first[entry] = start;
                    }
                }
            }
            if (_wholeByRun.TryGetValue(run, out var forms))
            {
                var last = -1;
                foreach (var (entry, form) in forms)
                {
                    if ((first[entry] < 0 || (wholeHits is not null && entry != last)) && WholeFormAt(text, start, form))
                    {
                        if (first[entry] < 0)
                        {
                            first[entry] = start;
                        }
                        if (wholeHits is not null && entry != last)
                        {
                            wholeHits.Add((entry, start));
                        }
                        last = entry;
                    }
                }
            }
        }
        return first;
    }

    private static bool HoldsNonAsciiLetter(string text)
    {
        foreach (var c in text)
        {
            if (c >= 128 && char.IsLetter(c))
            {
                return true;
            }
        }
        return false;
    }

    // An ASCII letter, or a non-ASCII letter a case-insensitive regex may take for one.
    private static bool IsRunLetter(char c) => char.IsAsciiLetter(c) || (c >= 128 && RequiredWords.AsciiLetterLookalikes.Contains(c));

    // The lower-case ASCII letter a run letter stands for (the Kelvin sign a k, the long s an s, the dotted and dotless i an i).
    private static char LowerAscii(char c) => c switch
    {
        < (char)128 => (char)(c | 0x20),
        '\u212A' => 'k',
        '\u017F' => 's',
        _ => 'i',
    };

    /// <summary>
    /// False when the plain <paramref name="form"/>, matched as a word-bounded, case-insensitive regex matches it (a
    /// space as one or more white-space characters, <c>\s+</c>; an apostrophe also as '’', as actor aliases are), surely
    /// does not match at <paramref name="position"/>: its ASCII letters equal the text's ignoring ASCII case (a non-ASCII
    /// character of the text may be any letter: the Kelvin sign is a k to such a regex), its non-ASCII characters stand
    /// for any one character, its other characters equal, each run of spaces is as many white-space characters or more,
    /// and no ASCII word character or hyphen follows. A regex that matches there makes every one of these tests pass; the
    /// word boundary before the position is not tested.
    /// </summary>
    public static bool WholeFormAt(string text, int position, string form)
    {
        var i = position;
        for (var k = 0; k < form.Length;)
        {
            var f = form[k];
            if (f == ' ')
            {
                var spaces = 0;
                for (; k < form.Length && form[k] == ' '; k++)
                {
                    spaces++;
                }
                var white = 0;
                for (; i < text.Length && char.IsWhiteSpace(text[i]); i++)
                {
                    white++;
                }
                if (white < spaces)
                {
                    return false;
                }
                continue;
            }
            if (i >= text.Length || (text[i] != f && f < 128 && !(char.IsAsciiLetter(f) && ((text[i] | 0x20) == (f | 0x20) || text[i] >= 128)) && !(f == '\'' && text[i] == '’')))
            {
                return false;
            }
            i++;
            k++;
        }
        return i >= text.Length || !(char.IsAsciiLetterOrDigit(text[i]) || text[i] is '_' or '-');
    }
}
