using MapDashboard.Core.Gazetteer;

namespace MapDashboard.Core.Geoparsing;

/// <summary>One sense per discourse for a name the ranker left undecided where it was written again and decided.</summary>
public sealed partial class PlaceRanker
{
    /// <summary>
    /// For an undecided mention: the reading another mention of the same name in the report was given, when it is one of
    /// this mention's readings (after its locator). A report naming a village twice means one village ("fighters entered
    /// A ... jets struck A"); where one mention settles it, the other is not left for review. Not for a region or compass
    /// part ("eastern A" names a part of A), nor between mentions written differently.
    /// </summary>
    private Scored? SameNameDecided(int index, IReadOnlyList<PlaceMention> mentions, List<Scored> scored, Place?[] picks)
    {
        var mention = mentions[index];
        if (scored.Count < 2 || (mention.Cues & (MentionCue.Region | MentionCue.Province | MentionCue.Direction)) != 0)
        {
            return null;
        }
        var (from, to) = ContextOf(index, mentions.Count);
        for (var j = from; j < to; j++)
        {
            if (j == index || picks[j] is not { IsArea: false, IsCountry: false } other
                || (mentions[j].Cues & (MentionCue.Region | MentionCue.Province | MentionCue.Direction)) != 0
                || !string.Equals(mentions[j].Text, mention.Text, StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }
            if (scored.Find(s => s.Candidate.Place.Id == other.Id) is { } same)
            {
                return same;
            }
        }
        return null;
    }

    private ResolvedPlace SameNamePlace(PlaceMention mention, (int Start, int End, string Text) original, List<Scored> scored, Scored same, IReadOnlyList<GeoCandidate> candidates)
    {
        var place = same.Candidate.Place;
        var reason = $"{same.Candidate.Kind.ToString().ToLowerInvariant()} match; {RankingReasons.Describe(place)}; the reading of the same name where the report "
            + $"writes it again ({scored.Count - 1} other candidate(s))";
        return ChosenByContext(mention, original, scored, place, reason, candidates);
    }
}
