using System.Text.RegularExpressions;
using MapDashboard.Core.Gazetteer;
using MapDashboard.Core.Text;

namespace MapDashboard.Core.Geoparsing;

/// <summary>
/// "A in eastern Aleppo, near B", "A in the Hama countryside, north of B": a town named right after the governorate
/// that contains A says where in the governorate A lies, so it, not the governorate, is A's locator. Namesakes of A
/// elsewhere in the governorate are not the place meant; when none lies near B, A is drawn near B.
/// </summary>
internal static class SecondLocator
{
    private static readonly GeoparsingWords W = GeoparsingWords.Default;

    /// <summary>
    /// The words between the governorate and B: an optional compass or region word ("Hama countryside"), an optional
    /// comma, then a nearness phrase ("near", "close to", "north of") and at most three words before B ("near the town of").
    /// </summary>
    private static readonly GuardedRegex GapRegex = new(new Regex(
        @"^\s*(?:(?:" + W.Alternation("direction") + @")\s+)?(?:" + W.Alternation("region-after") + @"\s*)?,?\s*(?:"
        + W.Alternation("near-before") + @"|" + W.Alternation("relative-direction") + @"\s+of)\s+(?:the\s+)?(?:[\w-]+\s+){0,3}$",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | Events.WordListRegexes.Options));

    /// <summary>
    /// The index of the town that locates A more narrowly than governorate mention <paramref name="j"/>, or -1: the next
    /// mention of the sentence, read as a point inside the governorate (<paramref name="inGovernorate"/>), joined to it
    /// by nothing but a nearness phrase.
    /// </summary>
    public static int Find(int j, IReadOnlyList<PlaceMention> mentions, string? text, Place?[] picks, Func<Place, bool> inGovernorate)
    {
        var k = j + 1;
        if (text is null || k >= mentions.Count || mentions[k].SentenceStart != mentions[j].SentenceStart
            || (mentions[k].Cues & MentionCue.Near) == 0 || picks[k] is not { IsArea: false, IsCountry: false } town || !inGovernorate(town))
        {
            return -1;
        }
        return GapRegex.IsMatch(text.AsSpan(mentions[j].End, mentions[k].Start - mentions[j].End)) ? k : -1;
    }
}
