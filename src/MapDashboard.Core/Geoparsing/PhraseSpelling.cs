using System.Text.RegularExpressions;

namespace MapDashboard.Core.Geoparsing;

/// <summary>
/// A capitalised phrase whose first words are a known name ("Msheirfeh Shamaliah", "Rasm al-Burjis", "Ali Bek"): when
/// the whole phrase has the consonants of a Syrian place, it is that place written another way, not the shorter place
/// followed by a stray word. Not when the phrase opens with a compass word ("Eastern Suwaidaa" is a part of a town) or
/// names the two ends of a road ("the Mhemideh-Al-Hessan road", see <see cref="RoadEnds"/>).
/// </summary>
internal static class PhraseSpelling
{
    /// <summary>Whether words <paramref name="i"/>..<paramref name="phraseEnd"/> are read as one place by their consonants.</summary>
    public static bool IsOnePlace(ToponymLexicon lexicon, string text, List<WordToken> tokens, int i, int phraseEnd, int sentenceEnd)
    {
        if (GeoparsingWords.Default.Contains("direction", text.Substring(tokens[i].Start, tokens[i].Length).ToLowerInvariant()))
        {
            return false;
        }
        var end = tokens[phraseEnd].End;
        if (RoadAfterRegex.IsMatch(text.AsSpan(end, Math.Min(sentenceEnd, end + 32) - end)))
        {
            return false;
        }
        return lexicon.ContainsSkeleton(text[tokens[i].Start..end]);
    }

    /// <summary>
    /// The last word of the phrase <paramref name="i"/>..<paramref name="phraseEnd"/> before a facility word that closes it
    /// ("X Y Airbase", "X Y Military Airport"): the facility is not part of the name whose consonants are tested.
    /// </summary>
    public static int BeforeFacility(string text, List<WordToken> tokens, int i, int phraseEnd)
    {
        for (var k = i + 1; k <= phraseEnd; k++)
        {
            var tail = string.Join(' ', text[tokens[k].Start..tokens[phraseEnd].End].Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)).ToLowerInvariant();
            if (GeoparsingWords.Default.Contains("facility-after", tail))
            {
                return k - 1;
            }
        }
        return phraseEnd;
    }

    private static readonly Regex RoadAfterRegex = new(
        @"^\s+(?:" + GeoparsingWords.Default.Alternation("road-after") + @")\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | Events.WordListRegexes.Options);
}
