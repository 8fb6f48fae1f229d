using MapDashboard.Core.Gazetteer;
namespace MapDashboard.Core.Geoparsing;

/// <summary>
/// Finds toponym spans in cleaned text: the longest gazetteer name starting at each capitalized word (a walk over
/// the lexicon's folded word-prefixes, never a loop over the gazetteer), plus names the gazetteer lacks where the
/// text presents them as places ("the villages of A and B", "liberated A, B and C"). Spans of organisations and
/// persons given by the caller are skipped, as are bare common words and acronyms without a place cue.
/// </summary>
public sealed partial class ToponymRecognizer
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
        // The longest gazetteer name from each word, worked out once: a word is asked about up to three times.
        var longest = new int[tokens.Count];
        Array.Fill(longest, Unknown);
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
            RecognizeSentence(text, tokens, blocked, longest, first, last, sentenceStart, sentenceEnd, mentions);
            first = last;
        }
        return RoadEnds.Mark(text, mentions);
    }

    private const int Unknown = int.MinValue;

    private void RecognizeSentence(string text, List<WordToken> tokens, bool[] blocked, int[] longest, int from, int to, int sentenceStart, int sentenceEnd, List<PlaceMention> mentions)
    {
        int LongestFrom(int k) => longest[k] != Unknown ? longest[k] : longest[k] = LongestNameMatch(text, tokens, blocked, k, to);
        var listed = ListedTokens(text, tokens, blocked, from, to, sentenceStart, sentenceEnd);
        var i = from;
        while (i < to)
        {
            var token = tokens[i];
            if (!blocked[i] && i + 1 < to && !blocked[i + 1] && tokens[i + 1].Capitalized
                && NameQualifier.End(_lexicon, text, tokens, i, PhraseEnd(text, tokens, blocked, i + 1, to), LongestFrom(i + 1)) is var qualifiedEnd and > 0
                && (!token.Capitalized || LongestFrom(i) < qualifiedEnd))
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

            var matchEnd = LongestFrom(i);
            var fullPhraseEnd = PhraseEnd(text, tokens, blocked, i, to);
            if (fullPhraseEnd > matchEnd && NameQualifier.TrailingEnd(_lexicon, text, tokens, i, fullPhraseEnd) is var arabicEnd && arabicEnd > matchEnd)
            {
                // "Khashab al-Tahtani": OCHA's "Lower Khashab", not a far namesake "Khashab" with a stray word after it.
                matchEnd = arabicEnd;
            }
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
            if (matchEnd >= 0 && fullPhraseEnd > matchEnd && (listed.Contains(i) || (matchEnd == i && IsGenericHead(text.AsSpan(token.Start, token.Length)))
                || (matchEnd > i && IsConnectorWord(text.AsSpan(tokens[matchEnd].Start, tokens[matchEnd].Length)))))
            {
                // A listed village whose first word alone is some other place's name, or a name the gazetteer lacks
                // that opens with a generic word ("Tall ...", "Burj ..."), or a name cut short at a kinship word or article
                // ("Tall Abu" of "Tall Abu X": the word governs the next one): the whole phrase is the name, not its head.
                matchEnd = -1;
            }
            var nameEnd = PhraseSpelling.BeforeFacility(text, tokens, i, fullPhraseEnd);
            if (matchEnd >= 0 && nameEnd > matchEnd && !listed.Contains(i) && PhraseSpelling.IsOnePlace(_lexicon, text, tokens, i, nameEnd, sentenceEnd))
            {
                matchEnd = nameEnd;
            }
            var articleJoined = false;
            if (matchEnd == i && fullPhraseEnd > i && !listed.Contains(i) && IsArticleJoined(text, tokens, i + 1)
                && !CommonWords.Contains(text.AsSpan(token.Start, token.Length)))
            {
                // "Rujm al-Ahmar", "Tall al-Nakhl": a word the Arabic article opens, joined by one space, continues a one-word head
                // (its second term or adjective); the gazetteer knowing the first word alone is a far namesake, not this place.
                matchEnd = -1;
                articleJoined = true;
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
            // span as a place: after a locative, with a settlement cue ("an attack on X village") or with an area word after
            // it ("captured the X area", "on the X front": session 26, as for two consonants below); not for a bare list item
            // (a listed unknown village must not become a look-alike one: al-Brije is not al-Burj). A two-consonant skeleton
            // (Hwisis, Belil) is shared by too many names: one word, after a locative and with a settlement or area word
            // ("in Hwisis area", "the village of Belil"); the index then offers only its one-letter spellings.
            var inGazetteer = matchEnd >= 0
                || (_lexicon.ContainsSkeleton(text[start..end]) && (LocativeBefore(text, start, sentenceStart) || (cues & MentionCue.Settlement) != 0
                    || MentionContext.AreaAfter(text, end, sentenceEnd)))
                || (phraseEnd > i && IsHillHead(text.AsSpan(token.Start, token.Length)) && _lexicon.ContainsHillSkeleton(text[start..end]))
                || (phraseEnd == i && _lexicon.ContainsShortSkeleton(text[start..end]) && LocativeBefore(text, start, sentenceStart)
                    && ((cues & MentionCue.Settlement) != 0 || MentionContext.AreaAfter(text, end, sentenceEnd)));
            if (IsPlausible(text, tokens, i, phraseEnd, cues, inGazetteer, sentenceStart) || (articleJoined && !MentionContext.IsPersonTitleBefore(text, start, sentenceStart)))
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
                if (j > i && j + 1 < limit && IsConnector(text.AsSpan(tokens[j].Start, tokens[j].Length)))
                {
                    // "Sahl al Ghab": the fold drops an article inside a name ("sahl ghab") but keeps one at the end, so a
                    // prefix ending on a lower-case connector word is no key's prefix; the next word may still complete the name.
                    continue;
                }
                // "Sakawiyah" for the gazetteer's "Sakawiyeh": a name no key begins with may be one spelled with the
                // other ending (the place index reads it so only for the focus country's populated places).
                if (best < j && EndingSpellings.Variants(key).Any(_lexicon.ContainsKey))
                {
                    best = j;
                }
                break;
            }
        }
        return best;
    }
}
