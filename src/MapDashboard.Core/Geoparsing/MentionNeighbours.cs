using MapDashboard.Core.Gazetteer;

namespace MapDashboard.Core.Geoparsing;

/// <summary>What a mention's neighbours in the article say about it, for <see cref="PlaceRanker"/>.</summary>
internal static class MentionNeighbours
{
    /// <summary>Whether any candidate matched only loosely (by skeleton or fuzzier).</summary>
    internal static bool HasLooseMatch(IReadOnlyList<GeoCandidate> candidates)
    {
        for (var c = 0; c < candidates.Count; c++)
        {
            if (candidates[c].Kind >= MatchKind.Skeleton)
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>Whether the mention is named right after another place of its sentence as its container ("X in Idlib", "X, Hama").</summary>
    internal static bool IsContainer(int index, IReadOnlyList<PlaceMention> mentions, string? text)
    {
        if (index == 0 || text is null)
        {
            return false;
        }
        var previous = mentions[index - 1];
        var mention = mentions[index];
        if (previous.SentenceStart != mention.SentenceStart || mention.Start - previous.End > 12)
        {
            return false;
        }
        var gap = text.AsSpan(previous.End, mention.Start - previous.End).Trim();
        return gap is "," or "in" or ", in" or "in the" or "of" || gap.SequenceEqual("in rural");
    }

    /// <summary>Whether a cue-less mention's candidate was picked for the same name, cued as a settlement or facility, elsewhere in the article.</summary>
    internal static bool SameNameElsewhere(int index, IReadOnlyList<PlaceMention> mentions, Place place, Place?[] picks)
    {
        if ((mentions[index].Cues & (MentionCue.Region | MentionCue.Direction | MentionCue.Settlement | MentionCue.Facility)) != 0)
        {
            return false;
        }
        var (from, to) = PlaceRanker.ContextOf(index, mentions.Count);
        for (var j = from; j < to; j++)
        {
            if (j != index && picks[j]?.Id == place.Id && (mentions[j].Cues & (MentionCue.Settlement | MentionCue.Facility)) != 0
                && string.Equals(mentions[j].Text, mentions[index].Text, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }
        return false;
    }
}
