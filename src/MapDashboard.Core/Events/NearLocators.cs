using System.Text.RegularExpressions;
using MapDashboard.Core.Geoparsing;

namespace MapDashboard.Core.Events;

/// <summary>
/// "clashes in A near B", "around A, east of B", "in the vicinity of A, a village close to B": B is named right after A only
/// to say where A lies, so the event is at A and B adds no event of its own (A's own "near" cue, "around A", does not make A
/// a mere locator). The locating words are the geoparser's "near" and "X of" lists (geoparsing-words.tsv). When A has a "near"
/// word of its own ("around A", "in the vicinity of A"), a phrase about where A lies may stand between them ("around A on
/// the far bank of the canal near B", session 29): without it the report's event was drawn at the locator B.
/// </summary>
internal static class NearLocators
{
    private static readonly GeoparsingWords W = GeoparsingWords.Default;

    // What may stand between A and B: a comma, "a village" or "the town" (two words at most), "located", then the locating
    // phrase ("near", "close to", "on the outskirts of", "east of") and "the town of".
    // "located", "just" ... before the locating phrase, and the phrase itself to the end of the gap: both gaps below end so.
    private static readonly string Qualifiers = @"(?:(?:located|lying|situated|just|directly|immediately)\s+)*";

    private static readonly string LocatingPhrase =
        @"(?:" + W.Alternation("near-before") + "|" + W.Alternation("relative-direction") + @"\s+of)\s+(?:the\s+)?"
        + @"(?:(?:" + W.Alternation("settlement-before") + @")\s+of\s+)?$";

    private static readonly Regex LocatingGap = new(
        @"^\s*,?\s*(?:(?:a|an|the)\s+(?:[\p{L}-]+\s+){1,2})?" + Qualifiers + @"(?:(?:in|on)\s+the\s+)?" + LocatingPhrase,
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));

    // "around A on the eastern bank of the river near B", "in the vicinity of A, in the valley near B": a phrase of up to
    // eight words that says more about where A lies (it opens with a word of kind where-phrase-start and holds no comma and no
    // word of kind where-phrase-stop, which would open another clause or a second place), then the locating phrase.
    private static readonly Regex PhraseGap = new(
        @"^\s*,?\s*" + W.Alternation("where-phrase-start") + @"\s+(?:(?!" + W.Alternation("where-phrase-stop") + @"\b)[\p{L}'-]+\s+){1,8}?"
        + Qualifiers + LocatingPhrase,
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));

    /// <summary>How long (characters) the words between A and its locator may be; a longer gap names B in another clause.</summary>
    private const int MaxGap = 60;

    /// <summary>As <see cref="MaxGap"/>, when a phrase about where A lies stands before the locating words.</summary>
    private const int MaxPhraseGap = 100;

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
            if ((gap.Length <= MaxGap && LocatingGap.IsMatch(gap)) || (gap.Length <= MaxPhraseGap && (located.Mention.Cues & MentionCue.Near) != 0 && PhraseGap.IsMatch(gap)))
            {
                locators.Add(locator);
            }
        }
        return locators;
    }
}
