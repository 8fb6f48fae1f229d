using System.Text.RegularExpressions;

namespace MapDashboard.Core.Geoparsing;

/// <summary>
/// Roads named after the two places they join ("the X-Y road", "the X - Y highway"). Such a road is not at X, nor at
/// Y: an event on it is at the place the text says it is near ("on the X-Y highway near Z"), otherwise near X, the end
/// the road is named from (ACLED codes these at X, geo-precision 2); Y only says which way the road runs. The first
/// end is marked <see cref="MentionCue.RoadFrom"/> and "near" (<see cref="MentionCue.Near"/>: a capture on the road
/// does not flip X), the second <see cref="MentionCue.RoadTo"/> (not a locator of X, and not a road itself: "Homs"
/// in "the Damascus-Homs highway" is the city). A front, axis or line named by its two ends ("the X-Y front") is read
/// the same way.
/// </summary>
public static class RoadEnds
{
    private const MentionCue Ends = MentionCue.RoadFrom | MentionCue.RoadTo;

    /// <summary>The mentions with the two ends of each "X-Y road" marked; the others unchanged.</summary>
    public static List<PlaceMention> Mark(string text, List<PlaceMention> mentions)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(mentions);
        for (var i = 0; i + 1 < mentions.Count; i++)
        {
            var (x, y) = (mentions[i], mentions[i + 1]);
            if (x.SentenceStart != y.SentenceStart || y.Start < x.End
                || !DashRegex.IsMatch(text.AsSpan(x.End, y.Start - x.End))
                || !RoadAfterRegex.IsMatch(text.AsSpan(y.End, Math.Min(y.SentenceEnd, y.End + 32) - y.End)))
            {
                continue;
            }
            // "on the X-Y road": the event is on the road near X, and X locates what is named right before it. "cut the X-Y
            // road": the road is what the verb acts on; X is no place of the event and locates nothing.
            var near = PlacePairs.OnRouteBefore(text, x.SentenceStart, x.Start) ? MentionCue.Near : MentionCue.None;
            mentions[i] = x with { Cues = x.Cues | MentionCue.RoadFrom | near };
            // "front" after Y reads as "near Y" to the context reader; at a road's far end it locates nothing.
            mentions[i + 1] = y with { Cues = (y.Cues & ~(MentionCue.Road | MentionCue.Near)) | MentionCue.RoadTo };
            i++;
        }
        return PlacePairs.Mark(text, mentions);
    }

    /// <summary>
    /// The event places among <paramref name="points"/>: a road's ends, and a road itself ("the M5 highway near Z"), give
    /// way to any other place of the sentence; when only road ends are left, the first-named end of each road.
    /// </summary>
    public static List<ResolvedPlace> EventPlaces(List<ResolvedPlace> points)
    {
        ArgumentNullException.ThrowIfNull(points);
        static bool OnRoad(ResolvedPlace p) => (p.Mention.Cues & Ends) != 0 || p.Place is { FeatureCode: "RD" };
        if (points.Any(p => !OnRoad(p)))
        {
            return points.Where(p => !OnRoad(p)).ToList();
        }
        // The event is on the road near X, not in X: precision 2 even when X is a village (which "near X" alone leaves at 1).
        // X known to the gazetteer first; when only Y is ("between A and B" with A unknown), near Y rather than at a
        // point A was merely drawn near.
        static bool Known(ResolvedPlace p) => p.Place is not null;
        var firsts = points.Where(p => (p.Mention.Cues & MentionCue.RoadFrom) != 0).ToList();
        var seconds = points.Where(p => (p.Mention.Cues & MentionCue.RoadTo) != 0 && Known(p)).ToList();
        var from = firsts.Any(Known) ? firsts.Where(Known).ToList() : firsts.Count > 0 && seconds.Count > 0 ? seconds : firsts;
        return from.Count > 0 ? from.Select(p => p.Precision >= 2 ? p : p with { Precision = 2 }).ToList() : points;
    }

    /// <summary>
    /// In "the X-Y road" (or front, axis, line) written as one hyphenated phrase that is no name of the gazetteer, the
    /// index of X's last word when X and Y are both places (by folded name, or by the consonants of a place of the focus
    /// country, as "Sbeikhan" for Sabikhan); otherwise null. Words <paramref name="i"/>..<paramref name="end"/> are the phrase.
    /// </summary>
    internal static int? HyphenSplit(ToponymLexicon lexicon, string text, List<WordToken> tokens, int i, int end, int sentenceEnd)
    {
        ArgumentNullException.ThrowIfNull(lexicon);
        ArgumentNullException.ThrowIfNull(tokens);
        var after = tokens[end].End;
        if (end <= i || !RoadAfterRegex.IsMatch(text.AsSpan(after, Math.Min(sentenceEnd, after + 32) - after)))
        {
            return null;
        }
        for (var k = i; k < end; k++)
        {
            if (text.AsSpan(tokens[k].End, tokens[k + 1].Start - tokens[k].End).Contains('-')
                && IsPlace(lexicon, text[tokens[i].Start..tokens[k].End]) && IsPlace(lexicon, text[tokens[k + 1].Start..tokens[end].End]))
            {
                return k;
            }
        }
        return null;
    }

    private static bool IsPlace(ToponymLexicon lexicon, string name) =>
        !CommonWords.Contains(name) && (lexicon.ContainsKey(lexicon.Fold(name)) || lexicon.ContainsSkeleton(name));

    private static readonly Regex RoadAfterRegex = new(
        @"^\s+(?:" + GeoparsingWords.Default.Alternation("road-adjective") + @"\s+)?(?:" + GeoparsingWords.Default.Alternation("road-after", "line-after") + @")\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | Events.WordListRegexes.Options);

    private static readonly Regex DashRegex = new(@"^\s*[-\u2010\u2011\u2013\u2014]\s*$", RegexOptions.CultureInvariant);
}
