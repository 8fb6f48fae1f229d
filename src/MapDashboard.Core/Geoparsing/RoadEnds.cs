using System.Text.RegularExpressions;

namespace MapDashboard.Core.Geoparsing;

/// <summary>
/// Roads named after the two places they join ("the X-Y road", "the X - Y highway"). Such a road is not at X, nor at
/// Y: an event on it is at the place the text says it is near ("on the X-Y highway near Z"), otherwise near X, the end
/// the road is named from (ACLED codes these at X, geo-precision 2); Y only says which way the road runs. The first
/// end is marked <see cref="MentionCue.RoadFrom"/> and "near" (<see cref="MentionCue.Near"/>: a capture on the road
/// does not flip X), the second <see cref="MentionCue.RoadTo"/> (not a locator of X, and not a road itself: "Homs"
/// in "the Damascus-Homs highway" is the city).
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
            mentions[i] = x with { Cues = x.Cues | MentionCue.RoadFrom | MentionCue.Near };
            mentions[i + 1] = y with { Cues = (y.Cues & ~MentionCue.Road) | MentionCue.RoadTo };
            i++;
        }
        return mentions;
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
        var from = points.Where(p => (p.Mention.Cues & MentionCue.RoadFrom) != 0).ToList();
        return from.Count > 0 ? from : points;
    }

    private static readonly Regex RoadAfterRegex = new(
        @"^\s+(?:(?:international|main|old|new)\s+)?(?:" + GeoparsingWords.Default.Alternation("road-after") + @")\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | Events.WordListRegexes.Options);

    private static readonly Regex DashRegex = new(@"^\s*[-\u2010\u2011\u2013\u2014]\s*$", RegexOptions.CultureInvariant);
}
