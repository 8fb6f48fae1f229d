namespace MapDashboard.Core.Geoparsing;

/// <summary>The recognizer's span rules: names the gazetteer lacks, lists of places, plausibility and the word classes they rest on.</summary>
public sealed partial class ToponymRecognizer
{
    /// <summary>A name the gazetteer lacks runs over capitalized words and Arabic connectors ("Urum al-Jawz", "Tell Salmo").</summary>
    private static int PhraseEnd(string text, List<WordToken> tokens, bool[] blocked, int i, int to)
    {
        var end = i;
        for (var j = i + 1; j < to && j < i + 5; j++)
        {
            if (blocked[j] || !IsInnerGap(text, tokens[j - 1].End, tokens[j].Start))
            {
                break;
            }
            if (tokens[j].Capitalized)
            {
                end = j;
            }
            else if (!IsConnector(text.AsSpan(tokens[j].Start, tokens[j].Length)))
            {
                break;
            }
        }
        return end;
    }

    private static bool IsPlausible(string text, List<WordToken> tokens, int i, int end, MentionCue cues, bool inGazetteer, int sentenceStart)
    {
        var first = text.AsSpan(tokens[i].Start, tokens[i].Length);
        var placeCue = (cues & (MentionCue.Settlement | MentionCue.ListedPlace | MentionCue.Facility | MentionCue.Region | MentionCue.Direction)) != 0;
        if (MentionContext.IsPersonTitleBefore(text, tokens[i].Start, sentenceStart))
        {
            return false;
        }
        if (i == end && IsAcronym(first) && (cues & MentionCue.Road) == 0)
        {
            return false;
        }
        if (i == end && CommonWords.Contains(first) && !placeCue)
        {
            return false;
        }
        if (!inGazetteer)
        {
            var presented = (cues & (MentionCue.Settlement | MentionCue.ListedPlace)) != 0
                || (end > i && IsGenericHead(first));
            return presented && !CommonWords.Contains(first);
        }
        return true;
    }

    /// <summary>Word indexes that stand in a list of places introduced by a cue.</summary>
    private static HashSet<int> ListedTokens(string text, List<WordToken> tokens, bool[] blocked, int from, int to, int sentenceStart, int sentenceEnd)
    {
        var listed = new HashSet<int>();
        foreach (var listStart in PlaceListCues.ListStarts(text, sentenceStart, sentenceEnd))
        {
            var k = from;
            while (k < to && tokens[k].Start < listStart)
            {
                k++;
            }
            while (k < to && tokens[k].Capitalized)
            {
                var end = PhraseEnd(text, tokens, blocked, k, to);
                while (blocked[end] && end + 1 < to && blocked[end + 1])
                {
                    end++;
                }
                if (!blocked[k])
                {
                    listed.Add(k);
                }
                var next = end + 1;
                while (next < to && !tokens[next].Capitalized && IsListWord(text.AsSpan(tokens[next].Start, tokens[next].Length)))
                {
                    next++;
                }
                if (next >= to || !PlaceListCues.IsListSeparator(text.AsSpan(tokens[end].End, tokens[next].Start - tokens[end].End)))
                {
                    break;
                }
                k = next;
            }
        }
        return listed;
    }

    /// <summary>Word j opens with a hyphened Arabic article ("al-Ahmar", "Az-Zour") and follows the word before it after one space.</summary>
    private static bool IsArticleJoined(string text, List<WordToken> tokens, int j)
    {
        var word = text.AsSpan(tokens[j].Start, tokens[j].Length);
        var hyphen = word.IndexOf('-');
        return hyphen > 0 && tokens[j].Start - tokens[j - 1].End == 1 && text[tokens[j].Start - 1] == ' '
            && Words.Contains("connector", word[..hyphen].ToString().ToLowerInvariant());
    }

    private static bool IsInnerGap(string text, int from, int to)
    {
        if (WordTokenizer.IsAynGap(text, from, to))
        {
            return true;
        }
        for (var c = from; c < to; c++)
        {
            if (text[c] is not (' ' or '-' or '\u00A0'))
            {
                return false;
            }
        }
        return to - from is >= 1 and <= 2;
    }

    /// <summary>A locative preposition right before the span ("in Nasabiyah", "near X"): spelling variants are trusted there.</summary>
    private static bool LocativeBefore(string text, int start, int sentenceStart)
    {
        var from = Math.Max(sentenceStart, start - 8);
        var before = text.AsSpan(from, start - from).TrimEnd();
        foreach (var word in Words.Get("locative"))
        {
            if (before.EndsWith(word, StringComparison.Ordinal) && (before.Length == word.Length || !char.IsLetter(before[^(word.Length + 1)])))
            {
                return true;
            }
        }
        return false;
    }

    private static readonly GeoparsingWords Words = GeoparsingWords.Default;

    private static bool IsRegionWord(ReadOnlySpan<char> word) => Words.Contains("region-word", word.ToString());

    private static bool IsListWord(ReadOnlySpan<char> word) => Words.Contains("list-word", word.ToString());

    private static bool IsConnector(ReadOnlySpan<char> word) => word.Length > 0 && char.IsLower(word[0]) && Words.Contains("connector", word.ToString());

    /// <summary>An Arabic article or kinship word in any case ("Abu", "Umm", "al"): a name never ends on one.</summary>
    private static bool IsConnectorWord(ReadOnlySpan<char> word) => Words.Contains("connector", word.ToString());

    /// <summary>A generic head of Arabic place names ("Tall", "Kafr", "Burj"): alone it is rarely the place meant.</summary>
    /// <remarks>An ayn or hamza mark inside the word is left out ("Mazra'at", "Qal`at" are the list's mazraat, qalat).</remarks>
    private static bool IsGenericHead(ReadOnlySpan<char> word)
    {
        if (word.IndexOfAny(AynMarks) < 0)
        {
            return Words.Contains("generic-head", word.ToString());
        }
        return Words.Contains("generic-head", new string([.. word.ToArray().Where(c => !AynMarks.Contains(c))]));
    }

    /// <summary>
    /// "Tall", "Jabal", "Mount" (word list <c>hill-head</c>): a phrase they open is presented as a place (a hill or a
    /// village named after one), so its consonant reading needs no locative before it ("forces captured Tall Binasra").
    /// </summary>
    private static bool IsHillHead(ReadOnlySpan<char> word) => Words.Contains("hill-head", word.ToString());

    private const string AynMarks = "'`\u2018\u2019\u02BF\u02BE";

    private static bool IsAcronym(ReadOnlySpan<char> word)
    {
        if (word.Length < 2)
        {
            return false;
        }
        foreach (var c in word)
        {
            if (char.IsLetter(c) && !char.IsUpper(c))
            {
                return false;
            }
        }
        return true;
    }
}
