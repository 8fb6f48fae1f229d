using System.Text.RegularExpressions;
using MapDashboard.Core.Geoparsing;

namespace MapDashboard.Core.Events;

/// <summary>
/// "clashes in A near B", "around A, east of B", "in the vicinity of A, a village close to B": B is named right after A only
/// to say where A lies, so the event is at A and B adds no event of its own (A's own "near" cue, "around A", does not make A
/// a mere locator). The locating words are the geoparser's "near" and "X of" lists (geoparsing-words.tsv).
/// </summary>
internal static class NearLocators
{
    private static readonly GeoparsingWords W = GeoparsingWords.Default;

    // What may stand between A and B: a comma, "a village" or "the town" (two words at most), "located", then the locating
    // phrase ("near", "close to", "on the outskirts of", "east of") and "the town of".
    private static readonly Regex LocatingGap = new(
        @"^\s*,?\s*(?:(?:a|an|the)\s+(?:[\p{L}-]+\s+){1,2})?(?:(?:located|lying|situated|just|directly|immediately)\s+)*(?:(?:in|on)\s+the\s+)?"
        + @"(?:" + W.Alternation("near-before") + "|" + W.Alternation("relative-direction") + @"\s+of)\s+(?:the\s+)?"
        + @"(?:(?:" + W.Alternation("settlement-before") + @")\s+of\s+)?$",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));

    /// <summary>The places of <paramref name="points"/> that only locate the point named right before them in the sentence.</summary>
    public static HashSet<ResolvedPlace> Of(List<ResolvedPlace> points, List<ResolvedPlace> places, string sentence, int sentenceStart)
    {
        var ordered = EventTargets.InSentence(places, sentence, sentenceStart);
        var locators = new HashSet<ResolvedPlace>();
        for (var i = 1; i < ordered.Count; i++)
        {
            var (located, locator) = (ordered[i - 1], ordered[i]);
            if (!points.Contains(locator) || !points.Contains(located) || locators.Contains(located) || located.Mention.End > locator.Mention.Start
                || (located.Place is null && located.Anchor is null) || (locator.Mention.Cues & MentionCue.Near) == 0)
            {
                continue;
            }
            var gap = sentence[(located.Mention.End - sentenceStart)..(locator.Mention.Start - sentenceStart)];
            if (gap.Length <= 60 && LocatingGap.IsMatch(gap))
            {
                locators.Add(locator);
            }
        }
        return locators;
    }
}
