using System.Text.RegularExpressions;

namespace MapDashboard.Core.Events;

/// <summary>
/// The dates expression tried only where one of its matches may start, instead of at almost every character (its
/// leading characters are most letters and every digit, and 70 % of news sentences name a time, so the required words
/// pass them). A match starts either at a case-sensitive month abbreviation (the "June 14 and 15" branch needs no word
/// boundary before it) or at the start of a word that is one of the leading words of a branch ("in", "since", "last",
/// "on", number words...), a digit, or a non-ASCII character (which a case-insensitive regex may take for an ASCII
/// letter: the Kelvin sign for "k", the long s for "s"). Every other position is skipped: a superset test, so the same
/// matches are found, in the same order, as the unanchored expression's scan (<see cref="Expression"/>).
/// </summary>
public static partial class TemporalDater
{
    // The first word of every branch of Expression() that starts at a word boundary, lower case (the months are read
    // case-sensitively by MonthAt; a weekday is listed as the branch with no prefix starts with it).
    private static readonly HashSet<string> LeadingWords = new(
    [
        "in", "since", "of", "last", "overnight", "yesterday", "today", "tonight", "this", "over", "next", "earlier",
        "on", "coming", "early", "late", "until", "by", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
        "some", "about", "a", "an", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven",
        "twelve", "fifteen", "twenty", "few", "within", "every", "daily", "days",
    ], StringComparer.Ordinal);

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> LeadingWordsBySpan = LeadingWords.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>The first match of the dates expression at or after <paramref name="from"/>, as its scan from there finds it.</summary>
    internal static Match NextExpression(string sentence, int from)
    {
        for (var at = NextStart(sentence, from); at >= 0; at = NextStart(sentence, at + 1))
        {
            var m = AnchoredExpression().Match(sentence, at);
            if (m.Success)
            {
                return m;
            }
        }
        return Match.Empty;
    }

    /// <summary>The first position at or after <paramref name="from"/> where a match of the dates expression may start; -1 if none.</summary>
    internal static int NextStart(string text, int from)
    {
        for (var i = from; i < text.Length; i++)
        {
            var c = text[i];
            if (c >= 128)
            {
                return i; // a look-alike of an ASCII letter, a non-ASCII digit: left to the regex
            }
            if (MonthAt(text, i))
            {
                return i;
            }
            if (i > 0 && char.IsAsciiLetterOrDigit(text[i - 1]))
            {
                continue; // inside a word: no word boundary before this character
            }
            if (char.IsAsciiDigit(c))
            {
                return i;
            }
            if (!char.IsAsciiLetter(c))
            {
                continue;
            }
            var end = i + 1;
            while (end < text.Length && char.IsAsciiLetter(text[end]))
            {
                end++;
            }
            if ((end < text.Length && text[end] >= 128) || IsLeadingWord(text.AsSpan(i, end - i)))
            {
                return i;
            }
        }
        return -1;
    }

    /// <summary><see cref="Expression"/> anchored where it is tried (<c>\G</c>): its match starting there, if any.</summary>
    [GeneratedRegex(@"\G(?:" + ExpressionText + ")", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex AnchoredExpression();

    private static bool MonthAt(string text, int i)
    {
        if (text[i] is not ('J' or 'F' or 'M' or 'A' or 'S' or 'O' or 'N' or 'D') || i + 3 > text.Length)
        {
            return false;
        }
        var three = text.AsSpan(i, 3);
        foreach (var month in MonthStarts) // (TemporalDaterNamedDays.cs)
        {
            if (three.SequenceEqual(month))
            {
                return true;
            }
        }
        return false;
    }

    private static bool IsLeadingWord(ReadOnlySpan<char> word)
    {
        if (word.Length > 9)
        {
            return false; // "yesterday", "wednesday", "overnight" are the longest
        }
        Span<char> lower = stackalloc char[word.Length];
        for (var k = 0; k < word.Length; k++)
        {
            lower[k] = (char)(word[k] | 0x20);
        }
        return LeadingWordsBySpan.Contains(lower);
    }
}
