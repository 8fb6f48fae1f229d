using MapDashboard.Core.Gazetteer;
using MapDashboard.Core.Geo;

namespace MapDashboard.Core.Geoparsing;

/// <summary>
/// The evidence of the whole report for a name with namesakes: the other places it names and resolved. When one reading
/// lies within <see cref="RankerOptions.NeighbourKm"/> of such a place and no other reading does, the report settles
/// the name (villages fought over together lie a few km apart): an unresolved name is resolved to it, and a pick lying
/// near none of them is replaced by it. When two readings far apart both lie near places of the report, or none does,
/// nothing is settled (the name stays as the ranker left it, unresolved rather than guessed).
/// </summary>
internal static class NeighbourEvidence
{
    /// <summary>Cues that make a mention a region ("northern Aleppo", "Hama province"): a region is no neighbour of a village.</summary>
    private const MentionCue RegionCues = MentionCue.Region | MentionCue.Province | MentionCue.Direction;

    /// <summary>A settled reading and the place of the report it lies near.</summary>
    internal readonly record struct Settled(GeoCandidate Reading, Place Neighbour, double Km);

    /// <summary>
    /// The reading of mention <paramref name="index"/> the other places of the report settle, among <paramref name="readings"/>
    /// (best first, already filtered by the mention's locator), or null when they settle nothing or confirm <paramref name="current"/>.
    /// Only readings matched as closely as the best one count: a looser spelling near a place is a coincidence of consonants.
    /// </summary>
    internal static Settled? Settle(int index, IReadOnlyList<PlaceMention> mentions, IReadOnlyList<GeoCandidate> readings, Place? current,
        Place?[] picks, RankerOptions options)
    {
        if (readings.Count < 2)
        {
            return null;
        }
        var bestKind = readings.Min(r => r.Kind);
        Settled? near = null;
        for (var r = 0; r < readings.Count; r++)
        {
            var reading = readings[r];
            if (reading.Kind != bestKind || Nearest(index, mentions, reading.Place, readings, picks) is not { } neighbour || neighbour.Km > options.NeighbourKm)
            {
                continue;
            }
            if (near is { } first)
            {
                if (GeoDistance.ApproxKilometres(first.Reading.Place.Lat, first.Reading.Place.Lon, reading.Place.Lat, reading.Place.Lon) > options.NamesakeKm)
                {
                    return null; // namesakes far apart both lie near places of the report: it does not tell them apart
                }
                continue;
            }
            near = new Settled(reading, neighbour.Place, neighbour.Km);
        }
        if (near is not { } settled || (current is not null && Nearest(index, mentions, current, readings, picks) is { } support && support.Km <= options.NeighbourKm))
        {
            return null; // nothing settled, or the pick lies near a place of the report itself
        }
        return settled;
    }

    /// <summary>
    /// The nearest point place (not a country or an area) picked for another name of the report, and how far it lies.
    /// A region, a mention of the same name, or one picked as one of this name's own readings, is no evidence about it.
    /// </summary>
    internal static (Place Place, double Km)? Nearest(int index, IReadOnlyList<PlaceMention> mentions, Place place, IReadOnlyList<GeoCandidate> readings, Place?[] picks)
    {
        (Place Place, double Km)? best = null;
        var (from, to) = PlaceRanker.ContextOf(index, picks.Length);
        for (var j = from; j < to; j++)
        {
            if (j == index || picks[j] is not { IsCountry: false, IsArea: false } other || (mentions[j].Cues & RegionCues) != 0
                || string.Equals(mentions[j].Text, mentions[index].Text, StringComparison.OrdinalIgnoreCase) || IsReading(other, readings))
            {
                continue;
            }
            var km = GeoDistance.ApproxKilometres(place.Lat, place.Lon, other.Lat, other.Lon);
            if (best is null || km < best.Value.Km)
            {
                best = (other, km);
            }
        }
        return best;
    }

    private static bool IsReading(Place place, IReadOnlyList<GeoCandidate> readings)
    {
        for (var r = 0; r < readings.Count; r++)
        {
            if (readings[r].Place.Id == place.Id)
            {
                return true;
            }
        }
        return false;
    }
}
