namespace MapDashboard.Core.Geoparsing;

/// <summary>
/// Finds toponym spans in cleaned text: the longest gazetteer name starting at each capitalized word (a walk over
/// the lexicon's folded word-prefixes, never a loop over the gazetteer), plus names the gazetteer lacks where the
/// text presents them as places ("the villages of A and B", "liberated A, B and C"). Spans of organisations and
/// persons given by the caller are skipped, as are bare common words and acronyms without a place cue.
/// </summary>
public sealed class ToponymRecognizer
{
    private readonly ToponymLexicon _lexicon;

    /// <summary>Creates a recognizer over a lexicon built once from the gazetteer.</summary>
    public ToponymRecognizer(ToponymLexicon lexicon) => _lexicon = lexicon;

    /// <summary>Recognizes toponyms in <paramref name="text"/> sentence by sentence.</summary>
    /// <param name="text">Cleaned article text.</param>
    /// <param name="sentences">Sentence spans covering the text.</param>
    /// <param name="excluded">Spans that are not places (organisation and person names), sorted or not.</param>
    public IReadOnlyList<PlaceMention> Recognize(string text, IReadOnlyList<(int Start, int End)> sentences, IReadOnlyList<(int Start, int End)> excluded)
    {
        var tokens = WordTokenizer.Tokenize(text);
        var blocked = new bool[tokens.Count];
        for (var t = 0; t < tokens.Count; t++)
        {
            for (var x = 0; x < excluded.Count; x++)
            {
                var (start, end) = excluded[x];
                if (tokens[t].Start < end && start < tokens[t].End)
                {
                    blocked[t] = true;
                    break;
                }
            }
        }

        var mentions = new List<PlaceMention>();
        var first = 0;
        foreach (var (sentenceStart, sentenceEnd) in sentences)
        {
            while (first < tokens.Count && tokens[first].Start < sentenceStart)
            {
                first++;
            }
            var last = first;
            while (last < tokens.Count && tokens[last].End <= sentenceEnd)
            {
                last++;
            }
            RecognizeSentence(text, tokens, blocked, first, last, sentenceStart, sentenceEnd, mentions);
            first = last;
        }
        return RoadEnds.Mark(text, mentions);
    }

    private void RecognizeSentence(string text, List<WordToken> tokens, bool[] blocked, int from, int to, int sentenceStart, int sentenceEnd, List<PlaceMention> mentions)
    {
        var listed = ListedTokens(text, tokens, blocked, from, to, sentenceStart, sentenceEnd);
        var i = from;
        while (i < to)
        {
            var token = tokens[i];
            if (!blocked[i] && i + 1 < to && !blocked[i + 1] && tokens[i + 1].Capitalized
                && NameQualifier.End(_lexicon, text, tokens, i, PhraseEnd(text, tokens, blocked, i + 1, to), LongestNameMatch(text, tokens, blocked, i + 1, to)) is var qualifiedEnd and > 0
                && (!token.Capitalized || LongestNameMatch(text, tokens, blocked, i, to) < qualifiedEnd))
            {
                // "western Kabsh": the gazetteer holds the qualified village ("Western Kabsh"), not a far namesake "Kabsh".
                mentions.Add(NameQualifier.Mention(text, token.Start, tokens[qualifiedEnd].End, listed.Contains(i + 1), sentenceStart, sentenceEnd));
                i = qualifiedEnd + 1;
                continue;
            }
            if (blocked[i] || !token.Capitalized)
            {
                i++;
                continue;
            }

            var matchEnd = LongestNameMatch(text, tokens, blocked, i, to);
            var fullPhraseEnd = PhraseEnd(text, tokens, blocked, i, to);
            if (matchEnd != fullPhraseEnd && RoadEnds.HyphenSplit(_lexicon, text, tokens, i, fullPhraseEnd, sentenceEnd) is { } split && matchEnd <= split)
            {
                // "the X-Y road": two places joined by a hyphen, not one unknown name; RoadEnds marks the ends.
                foreach (var (a, b) in new[] { (i, split), (split + 1, fullPhraseEnd) })
                {
                    var (endCues, endDirection) = MentionContext.Read(text, tokens[a].Start, tokens[b].End, sentenceStart, sentenceEnd);
                    mentions.Add(new PlaceMention(text[tokens[a].Start..tokens[b].End], tokens[a].Start, tokens[b].End, endCues, endDirection, true, sentenceStart, sentenceEnd));
                }
                i = fullPhraseEnd + 1;
                continue;
            }
            if (matchEnd >= 0 && fullPhraseEnd > matchEnd && (listed.Contains(i) || (matchEnd == i && IsGenericHead(text.AsSpan(token.Start, token.Length)))))
            {
                // A listed village whose first word alone is some other place's name, or a name the gazetteer lacks
                // that opens with a generic word ("Tall ...", "Burj ..."): the whole phrase is the name, not its head.
                matchEnd = -1;
            }
            var nameEnd = PhraseSpelling.BeforeFacility(text, tokens, i, fullPhraseEnd);
            if (matchEnd >= 0 && nameEnd > matchEnd && !listed.Contains(i) && PhraseSpelling.IsOnePlace(_lexicon, text, tokens, i, nameEnd, sentenceEnd))
            {
                matchEnd = nameEnd;
            }
            while (matchEnd > i && IsRegionWord(text.AsSpan(tokens[matchEnd].Start, tokens[matchEnd].Length)))
            {
                // "Idlib province" is the toponym "Idlib" with a region cue; the cue is read from the context.
                matchEnd--;
            }
            var phraseEnd = matchEnd >= 0 ? matchEnd : fullPhraseEnd;
            var start = token.Start;
            var end = tokens[phraseEnd].End;
            var (cues, direction) = MentionContext.Read(text, start, end, sentenceStart, sentenceEnd);
            if (listed.Contains(i))
            {
                cues |= MentionCue.ListedPlace;
            }

            // A spelling variant (same consonants as a place of the focus area) is trusted where the text presents the
            // span as a place: after a locative or with a settlement cue ("an attack on X village"); not for a bare list item
            // (a listed unknown village must not become a look-alike one: al-Brije is not al-Burj).
            var inGazetteer = matchEnd >= 0
                || (_lexicon.ContainsSkeleton(text[start..end]) && (LocativeBefore(text, start, sentenceStart) || (cues & MentionCue.Settlement) != 0));
            if (IsPlausible(text, tokens, i, phraseEnd, cues, inGazetteer, sentenceStart))
            {
                mentions.Add(new PlaceMention(text[start..end], start, end, cues, direction, inGazetteer, sentenceStart, sentenceEnd));
                i = phraseEnd + 1;
            }
            else
            {
                // "In Deir Ezzor", "Greater Idlib", "Syrian Idlib": the name may start at the next word.
                i++;
            }
        }
    }

    /// <summary>The index of the last word of the longest gazetteer name starting at word i, or -1.</summary>
    private int LongestNameMatch(string text, List<WordToken> tokens, bool[] blocked, int i, int to)
    {
        var best = -1;
        var limit = Math.Min(to, i + _lexicon.MaxWords);
        for (var j = i; j < limit; j++)
        {
            if (blocked[j] || (j > i && !IsInnerGap(text, tokens[j - 1].End, tokens[j].Start)))
            {
                break;
            }
            var key = _lexicon.Fold(text[tokens[i].Start..tokens[j].End]);
            if (_lexicon.ContainsKey(key))
            {
                best = j;
            }
            if (!_lexicon.IsPrefixKey(key))
            {
                break;
            }
        }
        return best;
    }

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

    /// <summary>A generic head of Arabic place names ("Tall", "Kafr", "Burj"): alone it is rarely the place meant.</summary>
    private static bool IsGenericHead(ReadOnlySpan<char> word) => Words.Contains("generic-head", word.ToString());

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
