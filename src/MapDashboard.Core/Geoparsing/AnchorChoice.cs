using MapDashboard.Core.Gazetteer;
using MapDashboard.Core.Geo;

namespace MapDashboard.Core.Geoparsing;

/// <summary>Which known place of a sentence an unknown one is tied to, and how far from its locator a reading may lie.</summary>
internal static class AnchorChoice
{
    /// <summary>The index of the known place of the same sentence an unknown village is tied to (the nearest in the text), or -1.</summary>
    public static int Anchor(int index, IReadOnlyList<PlaceMention> mentions, Place?[] picks)
    {
        var best = -1;
        var bestDistance = int.MaxValue;
        var (from, to) = PlaceRanker.ContextOf(index, mentions.Count);
        for (var j = from; j < to; j++)
        {
            if (j == index || picks[j] is not { } place || mentions[j].SentenceStart != mentions[index].SentenceStart || place.IsCountry)
            {
                continue;
            }
            // The place the sentence locates the others at ("A, B and C near X") before a list-mate, a region last.
            var listMate = (mentions[j].Cues & MentionCue.ListedPlace) != 0 && (mentions[index].Cues & MentionCue.ListedPlace) != 0;
            // A district or sub-district seat named as its area ("in the X district", "X countryside") is where ACLED codes
            // the unknown villages of it: after the points the text names, before a governorate's seat ("... of Hama"),
            // a list-mate and a governorate.
            var regional = place.IsArea || mentions[j].IsRegional;
            var districtSeat = regional && !place.IsArea && place.FeatureCode is "PPLA2" or "PPLA3";
            var governorateSeat = !regional && place.FeatureCode is "PPLA" or "PPLC";
            var distance = Math.Abs(mentions[j].Start - mentions[index].Start) + (listMate ? 5_000 : 0)
                + (districtSeat ? 2_000 : governorateSeat ? 2_500 : regional ? 10_000 : 0);
            if (distance < bestDistance)
            {
                bestDistance = distance;
                best = j;
            }
        }
        return best;
    }

    /// <summary>Whether mention <paramref name="locator"/> (-1 for none) is a known point named after "near" or a compass word, not a region.</summary>
    public static bool IsPointLocator(int locator, IReadOnlyList<PlaceMention> mentions, Place?[] picks) =>
        locator >= 0 && picks[locator] is { IsArea: false } && (mentions[locator].Cues & MentionCue.Near) != 0
        && (mentions[locator].Cues & (MentionCue.Region | MentionCue.Direction | MentionCue.Province)) == 0;

    /// <summary>Whether a place lies farther than <paramref name="km"/> from a locator (never, for an unbounded distance).</summary>
    public static bool Beyond(Place place, Place locator, double km) =>
        !double.IsPositiveInfinity(km) && GeoDistance.ApproxKilometres(place.Lat, place.Lon, locator.Lat, locator.Lon) > km;
}
