using System.Text.RegularExpressions;

namespace MapDashboard.Core.Geoparsing;

/// <summary>
/// Places named only as the two ends of a stretch of ground or of a road ("the area between A and B", "the road linking
/// A and B", "the road from A to B"), and places named only as where a movement or a road heads ("advanced towards B",
/// "cut the road to B"). The ends are marked as those of "the A-B road" are (<see cref="RoadEnds"/>): one event, near
/// the first end. A goal is marked <see cref="MentionCue.RoadTo"/> alone: it gives way to any other place of the event.
/// Word lists `pair-opener`, `road-link`, `goal-before`, `road-goal` and `on-route` of geoparsing-words.tsv.
/// </summary>
internal static class PlacePairs
{
    private const int Window = 80;

    private static readonly GeoparsingWords W = GeoparsingWords.Default;

    private static readonly string SettlementOf = @"(?:(?:" + W.Alternation("settlement-before") + @")\s+of\s+)?";

    private static readonly string Road = @"(?:" + W.Alternation("road-after") + @")s?";

    // "between (the towns of) A", "the road linking (the city of) A": the words right before the first end.
    private static readonly Regex Opener = new(
        @"\b(?:" + W.Alternation("pair-opener") + "|(?<road>" + Road + @"\s+" + W.Alternation("road-link") + @"))\s+(?:the\s+)?" + SettlementOf + "$",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));

    // "A and B", "A city to B", "A with the town of B": what joins the two ends.
    private static readonly Regex Join = new(
        @"^\s*(?:(?:" + W.Alternation("settlement-after", "settlement-before") + @")\s+)?(?:,\s*(?:and\s+)?|(?:and|to|with|&)\s+)(?:the\s+)?" + SettlementOf + "$",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));

    // "towards B", "the road to B", "the highway leading to the town of B".
    private static readonly Regex Goal = new(
        @"\b(?:" + W.Alternation("goal-before") + "|" + Road + @"\s+" + W.Alternation("road-goal") + @")\s+(?:the\s+)?" + SettlementOf + "$",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));

    // "on the", "in the area", "along the main": the stretch or road is where the event is, not what it acts on.
    private static readonly Regex OnRoute = new(
        @"\b" + W.Alternation("on-route") + @"\s+(?:the\s+)?(?:[\p{L}-]+\s+){0,2}$",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));

    /// <summary>
    /// Whether the words before a road or stretch of ground put the event on it ("on the", "in the area") rather than make
    /// it what the verb acts on or heads for ("cut the", "reached the").
    /// </summary>
    public static bool OnRouteBefore(string text, int sentenceStart, int at)
    {
        var from = Math.Max(sentenceStart, at - Window);
        return OnRoute.IsMatch(text.AsSpan(from, at - from));
    }

    /// <summary>The mentions with the ends of each pair and each goal marked; road ends already marked are left as they are.</summary>
    public static List<PlaceMention> Mark(string text, List<PlaceMention> mentions)
    {
        const MentionCue marked = MentionCue.RoadFrom | MentionCue.RoadTo;
        for (var i = 0; i < mentions.Count; i++)
        {
            var x = mentions[i];
            if ((x.Cues & marked) != 0)
            {
                continue;
            }
            var from = Math.Max(x.SentenceStart, x.Start - Window);
            var before = text[from..x.Start];
            if (i + 1 < mentions.Count && mentions[i + 1] is var y && y.SentenceStart == x.SentenceStart && y.Start >= x.End && (y.Cues & marked) == 0
                && Opener.Match(before) is { Success: true } opener && Join.IsMatch(text.AsSpan(x.End, y.Start - x.End)))
            {
                // Ground between two places is where the event is ("took the area between A and B"); a road may be only what
                // the verb acts on ("cut the road between A and B").
                var near = !opener.Groups["road"].Success || OnRoute.IsMatch(before.AsSpan(0, opener.Index)) ? MentionCue.Near : MentionCue.None;
                mentions[i] = x with { Cues = x.Cues | MentionCue.RoadFrom | near };
                // "between A, B and C", "between A and B towns and C city": every place joined on is a far end too.
                for (i++; i < mentions.Count && mentions[i] is var z && z.SentenceStart == x.SentenceStart && z.Start >= mentions[i - 1].End
                    && (z.Cues & marked) == 0 && (ReferenceEquals(z, y) || Join.IsMatch(text.AsSpan(mentions[i - 1].End, z.Start - mentions[i - 1].End))); i++)
                {
                    mentions[i] = z with { Cues = (z.Cues & ~(MentionCue.Road | MentionCue.Near)) | MentionCue.RoadTo };
                }
                i--;
                continue;
            }
            if (Goal.IsMatch(before))
            {
                mentions[i] = x with { Cues = (x.Cues & ~MentionCue.Near) | MentionCue.RoadTo };
            }
        }
        return mentions;
    }
}
