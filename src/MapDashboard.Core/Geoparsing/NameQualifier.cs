using MapDashboard.Core.Gazetteer;
using MapDashboard.Core.Pipeline;

namespace MapDashboard.Core.Geoparsing;

/// <summary>
/// A compass or size word before a name ("western Kabsh", "Lower Hisn", "eastern Jubb Tamr"): OCHA often names the two
/// halves of a village as places of their own, in English ("Western Kabsh") or in the Arabic order ("Jubb Tamr al-Sharqi",
/// "Sharqi X"). The forms a qualified name may take in the gazetteer; word list <c>name-qualifier</c> in
/// <c>Data/geoparsing-words.tsv</c> ("western:gharbi,gharbiyah").
/// </summary>
internal static class NameQualifier
{
    /// <summary>A bare name read by its consonants alone after an English qualifier needs three ("Kibsh"), as two say little.</summary>
    private const int MinConsonantsAlone = 3;

    // Several rows may give one English word more Arabic spellings ("big:kabir" and "big:kbir,kebir").
    private static readonly Dictionary<string, string[]> Arabic = GeoparsingWords.Default.Get("name-qualifier")
        .Select(e => e.Split(':'))
        .GroupBy(p => p[0], StringComparer.OrdinalIgnoreCase)
        .ToDictionary(g => g.Key, g => g.SelectMany(p => p.Length > 1 ? p[1].Split(',') : []).Distinct(StringComparer.Ordinal).ToArray(), StringComparer.OrdinalIgnoreCase);

    // The folded Arabic qualifier word and the English word(s) it translates ("kabir" -> big, great, greater).
    private static readonly Dictionary<string, string[]> English = Arabic
        .SelectMany(kv => kv.Value.Select(a => (Fold: NameFolding.Fold(a), English: kv.Key)))
        .GroupBy(x => x.Fold, StringComparer.Ordinal)
        .ToDictionary(g => g.Key, g => g.Select(x => x.English).Distinct(StringComparer.OrdinalIgnoreCase).ToArray(), StringComparer.Ordinal);

    /// <summary>Whether <paramref name="word"/> is a qualifier word.</summary>
    public static bool IsQualifier(string word) => Arabic.ContainsKey(word);

    /// <summary>The gazetteer spellings of <paramref name="qualifier"/> + <paramref name="name"/>: "Q N", "N q'", "q' N".</summary>
    public static IEnumerable<string> Forms(string qualifier, string name)
    {
        yield return qualifier + " " + name;
        if (!Arabic.TryGetValue(qualifier, out var arabic))
        {
            yield break;
        }
        foreach (var word in arabic)
        {
            yield return name + " " + word;
            yield return word + " " + name;
        }
    }

    /// <summary>
    /// When <paramref name="surface"/> opens with a qualifier word, the other spellings of the qualified name (the Arabic
    /// orders); nothing otherwise.
    /// </summary>
    public static IEnumerable<string> OtherForms(string surface)
    {
        var space = surface.IndexOf(' ', StringComparison.Ordinal);
        if (space > 0 && IsQualifier(surface[..space]))
        {
            return Forms(surface[..space], surface[(space + 1)..].Trim()).Skip(1);
        }
        return TrailingForms(surface);
    }

    /// <summary>
    /// When <paramref name="surface"/> ends with an Arabic qualifier word ("Mawalih Kabir", "Khashab al-Tahtani"), the
    /// English order OCHA often writes ("Big Mawalih", "Lower Khashab") and the word's other Arabic spellings; nothing
    /// otherwise.
    /// </summary>
    public static IEnumerable<string> TrailingForms(string surface)
    {
        var words = NameFolding.Fold(surface).Split(' ');
        if (words.Length < 2 || !English.TryGetValue(words[^1], out var english))
        {
            return [];
        }
        var name = string.Join(' ', words[..^1]);
        return english.SelectMany(e => Forms(e, name)).Distinct(StringComparer.Ordinal);
    }

    /// <summary>The names OCHA gives the halves of a village <paramref name="name"/> in English order ("Eastern X", "Little X").</summary>
    public static IEnumerable<string> HalvesOf(string name) => Arabic.Keys.Select(q => q + " " + name);

    /// <summary>
    /// The bare name of a qualified one: the words after an English qualifier ("Little Habbaz" -> "Habbaz") or before an
    /// Arabic one, its article with it ("Habbaz al-Saghirah" -> "Habbaz"); null when <paramref name="surface"/> is not so
    /// qualified.
    /// </summary>
    public static string? Bare(string surface)
    {
        var words = surface.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length < 2)
        {
            return null;
        }
        if (IsQualifier(words[0]))
        {
            return string.Join(' ', words[1..]);
        }
        var last = NameFolding.Fold(words[^1]).Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return last.Length > 0 && English.ContainsKey(last[^1]) ? string.Join(' ', words[..^1]) : null;
    }

    /// <summary>
    /// The last word of a name written in the Arabic order, qualifier last ("Qarmal Kabir", "Khashab al-Tahtani"), that
    /// starts at word <paramref name="i"/> and ends by <paramref name="phraseEnd"/>, when the gazetteer holds another
    /// order or spelling of it; otherwise -1 (the bare name, if any, is then read alone, as before).
    /// </summary>
    public static int TrailingEnd(ToponymLexicon lexicon, string text, List<WordToken> tokens, int i, int phraseEnd)
    {
        for (var j = phraseEnd; j > i; j--)
        {
            // Another order of it is a gazetteer name, or has the consonants of a populated place of the focus area
            // ("Baqrus Tahtani" for "Lower Baqras": the name's vowels spelled otherwise).
            if (TrailingForms(text[tokens[i].Start..tokens[j].End]).Any(f => lexicon.ContainsKey(lexicon.Fold(f)) || lexicon.ContainsSkeleton(f)))
            {
                return j;
            }
        }
        return -1;
    }

    /// <summary>
    /// The last word of the qualified name that word <paramref name="i"/> (a qualifier) opens, within the capitalised
    /// phrase ending at <paramref name="phraseEnd"/>, when the gazetteer holds some spelling of it (in the English order,
    /// its consonants suffice); otherwise -1 (the qualifier is then a part of the bare place, as "eastern Aleppo" is).
    /// </summary>
    /// <remarks>
    /// The qualified name must be a populated place of the focus area (its skeleton is one: "Dara Gharbi" abroad is not
    /// "western Dar'a") and reach at least to the end of the bare name (<paramref name="bareEnd"/>: "eastern Deir ez-Zor"
    /// is not "Eastern Deir" followed by a stray word).
    /// </remarks>
    public static int End(ToponymLexicon lexicon, string text, List<WordToken> tokens, int i, int phraseEnd, int bareEnd)
    {
        var qualifier = text.Substring(tokens[i].Start, tokens[i].Length);
        if (phraseEnd <= i || !IsQualifier(qualifier) || tokens[i + 1].Start - tokens[i].End != 1 || text[tokens[i].End] != ' ')
        {
            return -1;
        }
        for (var j = phraseEnd; j > i && j >= bareEnd; j--)
        {
            var name = text[tokens[i + 1].Start..tokens[j].End];
            // Some spelling of it is a focus-area populated place's name; or, in the English order OCHA writes ("Western
            // Sahlabiyeh" for the text's "western Sihlabiyeh"), the name's vowels are spelled otherwise and only its consonants
            // are those of such a place (the index then offers them as consonant readings, as for "Baqrus Tahtani"). Not with
            // two consonants: "eastern Swaida" (a governorate spelled otherwise) would be the village "Eastern Sweida".
            if (Forms(qualifier, name).Any(f => lexicon.ContainsKey(lexicon.Fold(f)) && lexicon.ContainsSkeleton(f))
                || (NameFolding.Skeleton(name).Count(char.IsLetter) >= MinConsonantsAlone && lexicon.ContainsSkeleton(qualifier + " " + name)))
            {
                return j;
            }
        }
        return -1;
    }

    /// <summary>
    /// A qualified reading the recognizer made ("western Dar'a" as OCHA's village "Dara Gharbi") is undone when the bare
    /// name is a governorate or its seat and the qualifier a compass word: "western Dar'a", "eastern Deir ez-Zor" are parts
    /// of those, drawn at the seat with the compass word as a cue, not a village of a like name elsewhere. A size word
    /// makes a village of its own ("Big Sweida" is not the city of Suwayda) and is left as read.
    /// </summary>
    public static List<MentionCandidates> PartsOfAdmin(string text, List<MentionCandidates> looked, ICandidateSource source)
    {
        for (var k = 0; k < looked.Count; k++)
        {
            var (mention, candidates) = (looked[k].Mention, looked[k].Candidates);
            var space = mention.Text.IndexOf(' ', StringComparison.Ordinal);
            if (space <= 0 || candidates.Count == 0 || !GeoparsingWords.Default.Contains("direction", mention.Text[..space])
                || (!char.IsLower(mention.Text[0]) && candidates.Any(c => NameFolding.Fold(c.MatchedName) == NameFolding.Fold(mention.Text))))
            {
                continue;
            }
            var start = mention.Start + space + 1;
            var (cues, direction) = MentionContext.Read(text, start, mention.End, mention.SentenceStart, mention.SentenceEnd);
            var bare = mention with { Text = text[start..mention.End], Start = start, Cues = cues, Direction = direction };
            var bareCandidates = source.Candidates(bare);
            if (bareCandidates.Any(c => c.Kind <= MatchKind.Folded && c.Place.FeatureCode is "ADM1" or "PPLA" or "PPLC"))
            {
                looked[k] = new MentionCandidates(bare, bareCandidates);
            }
        }
        return looked;
    }

    /// <summary>The mention of a qualified name read by <see cref="End"/>, with the cues around it.</summary>
    public static PlaceMention Mention(string text, int start, int end, bool listed, int sentenceStart, int sentenceEnd)
    {
        var (cues, direction) = MentionContext.Read(text, start, end, sentenceStart, sentenceEnd);
        return new PlaceMention(text[start..end], start, end, cues | (listed ? MentionCue.ListedPlace : MentionCue.None), direction, true, sentenceStart, sentenceEnd);
    }
}
