namespace MapDashboard.Core.Articles;

/// <summary>
/// Splits cleaned text into sentences: at line breaks, and at . ! ? before a capital, except after abbreviations. A run
/// longer than <see cref="MaxLength"/> (no news sentence is; a page without punctuation or line breaks can be) is cut at
/// clause boundaries, so every later stage works on bounded pieces and an excerpt stays a readable quote.
/// </summary>
public static class SentenceSplitter
{
    /// <summary>The longest sentence kept whole, in characters.</summary>
    public const int MaxLength = 1000;

    private static readonly HashSet<string> Abbreviations = new(StringComparer.OrdinalIgnoreCase)
    {
        "gen", "brig", "col", "lt", "maj", "capt", "cpt", "sgt", "mr", "mrs", "ms", "dr", "st", "no", "vs", "etc", "approx", "est",
        "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "u.s", "u.n", "e.g", "i.e", "inc", "ltd", "co",
    };

    /// <summary>Sentence spans (start inclusive, end exclusive) with surrounding white space trimmed.</summary>
    public static List<(int Start, int End)> Split(string text)
    {
        var result = new List<(int, int)>();
        var start = 0;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '\n')
            {
                Add(text, start, i, result);
                start = i + 1;
                continue;
            }
            if (c is not ('.' or '!' or '?'))
            {
                continue;
            }
            var end = i + 1;
            while (end < text.Length && text[end] is '"' or '\'' or '\u201D' or '\u2019' or ')')
            {
                end++;
            }
            if (end >= text.Length || !char.IsWhiteSpace(text[end]))
            {
                continue;
            }
            var next = end;
            while (next < text.Length && text[next] is ' ' or '\t')
            {
                next++;
            }
            if (next < text.Length && text[next] != '\n' && !(char.IsUpper(text[next]) || char.IsDigit(text[next]) || text[next] is '"' or '\u201C' or '\''))
            {
                continue;
            }
            if (c == '.' && IsAbbreviation(text, i))
            {
                continue;
            }
            Add(text, start, end, result);
            start = end;
        }
        Add(text, start, text.Length, result);
        return result;
    }

    private static bool IsAbbreviation(string text, int dot)
    {
        var wordStart = dot;
        while (wordStart > 0 && (char.IsLetter(text[wordStart - 1]) || text[wordStart - 1] == '.'))
        {
            wordStart--;
        }
        var word = text.AsSpan(wordStart, dot - wordStart);
        return (word.Length == 1 && char.IsUpper(word[0])) || Abbreviations.Contains(word.ToString());
    }

    private static void Add(string text, int start, int end, List<(int, int)> result)
    {
        while (start < end && char.IsWhiteSpace(text[start]))
        {
            start++;
        }
        while (end > start && char.IsWhiteSpace(text[end - 1]))
        {
            end--;
        }
        while (end - start > MaxLength)
        {
            // Cut at the last clause mark (; , : or a dash) in the second half of the allowed length, else at a space.
            var cut = -1;
            for (var i = start + MaxLength - 1; i > start + MaxLength / 2 && cut < 0; i--)
            {
                if (text[i] is ';' or ',' or ':' or '\u2013' or '\u2014')
                {
                    cut = i + 1;
                }
            }
            for (var i = start + MaxLength - 1; i > start + MaxLength / 2 && cut < 0; i--)
            {
                if (char.IsWhiteSpace(text[i]))
                {
                    cut = i;
                }
            }
            if (cut < 0)
            {
                cut = start + MaxLength;
            }
            Add(text, start, cut, result);
            start = cut;
            while (start < end && char.IsWhiteSpace(text[start]))
            {
                start++;
            }
        }
        if (end > start)
        {
            result.Add((start, end));
        }
    }
}
