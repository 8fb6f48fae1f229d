namespace MapDashboard.Core.Geoparsing;

/// <summary>
/// Splits text into words for toponym matching. Arabic transliterations keep their inner marks ("Ma`arat",
/// "Nu'man", "al-Bab"); a word counts as capitalized when its first letter, or the letter after a lowercase
/// article prefix ("al-Bab", "ez-Zor"), is upper case.
/// </summary>
public static class WordTokenizer
{
    /// <summary>Tokenizes <paramref name="text"/>; offsets index it directly.</summary>
    public static List<WordToken> Tokenize(string text)
    {
        var tokens = new List<WordToken>(text.Length / 5);
        var sentenceStart = true;
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (!char.IsLetterOrDigit(c))
            {
                if (c is '.' or '!' or '?' or '\n' or ':')
                {
                    sentenceStart = true;
                }
                i++;
                continue;
            }
            var start = i;
            i++;
            while (i < text.Length)
            {
                var d = text[i];
                if (char.IsLetterOrDigit(d) || IsCombiningMark(d))
                {
                    i++;
                }
                else if (i + 1 < text.Length && char.IsLetter(text[i + 1]) && JoinsAcross(text, start, i))
                {
                    i += 2;
                }
                else
                {
                    break;
                }
            }
            tokens.Add(new WordToken(start, i, IsCapitalized(text, start, i), sentenceStart));
            sentenceStart = false;
        }
        return tokens;
    }

    /// <summary>Whether the word starts upper case, directly or after a lowercase Arabic article ("al-", "ez-").</summary>
    public static bool IsCapitalized(string text, int start, int end)
    {
        if (char.IsUpper(text[start]))
        {
            return true;
        }
        var hyphen = text.IndexOf('-', start, end - start);
        return hyphen > start && hyphen - start <= 3 && hyphen + 1 < end && char.IsUpper(text[hyphen + 1]);
    }

    /// <summary>
    /// An apostrophe or ayn mark joins letters unless it is the English possessive; a hyphen joins only after an
    /// Arabic article ("al-Bab", "ez-Zor"), so "Damascus-Tehran" stays two words.
    /// </summary>
    private static bool JoinsAcross(string text, int wordStart, int markIndex)
    {
        var mark = text[markIndex];
        if (mark == '-')
        {
            var segmentStart = text.LastIndexOf('-', markIndex - 1, markIndex - wordStart) + 1;
            if (segmentStart <= 0 || segmentStart < wordStart)
            {
                segmentStart = wordStart;
            }
            return ArabicArticles.Contains(text.AsSpan(segmentStart, markIndex - segmentStart));
        }
        if (mark is '\'' or '\u2019' && (text[markIndex + 1] is 's' or 'S')
            && (markIndex + 2 >= text.Length || !char.IsLetter(text[markIndex + 2])))
        {
            return false;
        }
        return mark is '\'' or '`' or '\u2018' or '\u2019' or '\u02BF' or '\u02BE' or '\u02BB' or '\u02BC';
    }

    /// <summary>
    /// A space and an ayn mark before the next word ("Tal 'Adah", "Kafr `Uwayd"): transliterations write the ayn that opens
    /// a word of the name as an apostrophe, so the word belongs to the name. Not a quotation ("the hill 'Kroum'", "the
    /// 'Hayr Castle'"): a mark closing a word later in the clause closes it.
    /// </summary>
    public static bool IsAynGap(string text, int from, int to)
    {
        if (to - from != 2 || text[from] != ' ' || !IsAynMark(text[from + 1]) || to >= text.Length || !char.IsLetter(text[to]))
        {
            return false;
        }
        // A closing mark (after a letter, before a non-letter) later in the clause: "'Hayr Castle'".
        for (var c = to + 1; c < text.Length && text[c] is not ('.' or ',' or ';' or ':' or '\n' or '(' or ')'); c++)
        {
            if (IsAynMark(text[c]) && char.IsLetter(text[c - 1]) && (c + 1 >= text.Length || !char.IsLetter(text[c + 1]))
                && !(text[c] is '\'' or '\u2019' && c + 1 < text.Length && text[c + 1] is 's' or 'S'))
            {
                return false;
            }
        }
        return true;
    }

    private static bool IsAynMark(char c) => c is '\'' or '`' or '\u2018' or '\u2019' or '\u02BF';

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> ArabicArticles =
        new HashSet<string>(GeoparsingWords.Default.Get("arabic-article"), StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();

    private static bool IsCombiningMark(char c) =>
        char.GetUnicodeCategory(c) is System.Globalization.UnicodeCategory.NonSpacingMark or System.Globalization.UnicodeCategory.SpacingCombiningMark;
}
