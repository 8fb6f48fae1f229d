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

    private static readonly Regex RoadAfterRegex = new(
        @"^\s+(?:" + GeoparsingWords.Default.Alternation("road-after") + @")\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | Events.WordListRegexes.Options);
}
