using MapDashboard.Core.Gazetteer;
using MapDashboard.Core.Geo;

namespace MapDashboard.Core.Geoparsing;

/// <summary>Which known place of a sentence an unknown one is tied to, and how far from its locator a reading may lie.</summary>
internal static class AnchorChoice
{
    /// <summary>
    /// Where an unknown village's locator puts it: the surroundings of the town the text names (<c>Inside</c> only), or
    /// the governorate it names (<c>Inside</c>) and its reach (<c>Allowed</c>: where a reading would still be kept).
    /// </summary>
    public sealed record Area(Place Locator, Func<Place, bool> Inside, Func<Place, bool>? Allowed);

    /// <summary>
    /// The area a locator gives (see <see cref="LocatorConstraint.Find"/>'s result), or null when it gives none an anchor
    /// must keep to: a governorate named in another phrase ("A on Monday ... in B") places nothing, and a town named
    /// with "near" or a compass word ("A east of B", "western B") says A lies outside it, at some distance (and a compass
    /// word before a name is often the name's own: "the eastern and western B villages"); "A in B", "A in the B district",
    /// "A neighbourhood of B" put A inside B.
    /// </summary>
    public static Area? AreaOf((int Index, Func<Place, bool> Fits, double FarKm, Func<Place, bool>[] Parts, Func<Place, bool>? OutOfReach) found,
        Place locator, MentionCue cues) =>
        !double.IsPositiveInfinity(found.FarKm) ? (cues & (MentionCue.Near | MentionCue.Direction)) == 0 ? new Area(locator, found.Fits, null) : null
        : found.OutOfReach is not { } outOfReach ? null : new Area(locator, found.Fits, p => found.Fits(p) || !outOfReach(p));

    /// <summary>
    /// The index of the known place of the same sentence an unknown village is tied to (the nearest in the text), or -1.
    /// With the village's locator <paramref name="area"/> ("in the X district", "in eastern Hama"): only places inside
    /// the town's surroundings; for a governorate, first the nearest point inside it other than the governorate's own
    /// mention, else the nearest place in its reach (the locator itself always): a point of another governorate named
    /// nearer in the text is not where the village lies.
    /// </summary>
    public static int Anchor(int index, IReadOnlyList<PlaceMention> mentions, Place?[] picks, Area? area = null)
    {
        if (area is null)
        {
            return Nearest(index, mentions, picks, null);
        }
        if (area.Allowed is not { } allowed)
        {
            return Nearest(index, mentions, picks, p => p.Id == area.Locator.Id || area.Inside(p));
        }
        var inside = Nearest(index, mentions, picks, p => !p.IsArea && p.Id != area.Locator.Id && area.Inside(p));
        return inside >= 0 ? inside : Nearest(index, mentions, picks, p => p.Id == area.Locator.Id || allowed(p));
    }

    private static int Nearest(int index, IReadOnlyList<PlaceMention> mentions, Place?[] picks, Func<Place, bool>? keep)
    {
        var best = -1;
        var bestDistance = int.MaxValue;
        var (from, to) = PlaceRanker.ContextOf(index, mentions.Count);
        for (var j = from; j < to; j++)
        {
            if (j == index || picks[j] is not { } place || mentions[j].SentenceStart != mentions[index].SentenceStart || place.IsCountry
                || keep?.Invoke(place) == false)
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
