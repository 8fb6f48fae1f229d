using MapDashboard.Core.Geo;
using MapDashboard.Core.Gazetteer;

namespace MapDashboard.Core.Events;

/// <summary>
/// "Fighting flared in the Idlib countryside. Rebels said they shelled X.": a report that opens at a region (a
/// governorate's or a town's countryside, a compass part, a mountain range) and names, in its next sentence, a known
/// village inside that region for an event of the same days, tells where the fighting was: the opening event is drawn
/// at the village (ACLED's rule 1, the most specific place the report names for it), not at the region's seat. Not when
/// the village lies outside the region ("Separately, jets struck Y in Raqqa"), nor for a sentence dated to other days
/// ("A week later, ..."), nor when the opening sentence named a point of its own.
/// </summary>
public static class EventLocationNextSentence
{
    /// <summary>How far from a town a village still lies in "the X countryside" (or from a range's point, in its area).</summary>
    public const double CountrysideKm = 25;

    /// <summary>
    /// Moves the previous sentence's regional events (<paramref name="events"/> from <paramref name="from"/> on) to the
    /// first known village of <paramref name="coded"/> (the next sentence's events) when it lies inside their region.
    /// </summary>
    public static void Apply(List<CodedEvent> events, int from, IReadOnlyList<CodedEvent> coded)
    {
        ArgumentNullException.ThrowIfNull(events);
        ArgumentNullException.ThrowIfNull(coded);
        if (from >= events.Count || coded.FirstOrDefault(IsVillage) is not { } village)
        {
            return;
        }
        var opening = events.Skip(from).ToList();
        if (!opening.All(Regional))
        {
            return;
        }
        for (var i = from; i < events.Count; i++)
        {
            var e = events[i];
            if (e.When.First == village.When.First && e.When.Last == village.When.Last && Inside(village.Location!, e))
            {
                events[i] = e with { Where = village.Where, Location = village.Location, Precision = village.Precision };
            }
        }
    }

    /// <summary>An event at a known point the text names as such (not a region, not a place drawn near another).</summary>
    private static bool IsVillage(CodedEvent e) =>
        e.Where.Place is { IsArea: false } p && e.Location?.Id == p.Id && !e.Where.Mention.IsRegional;

    private static bool Regional(CodedEvent e) => e.Location is not null && (e.Where.Place is { IsArea: true } || e.Where.Mention.IsRegional);

    /// <summary>
    /// A governorate (named as such or by its seat) holds the villages of its governorate; a town's countryside or an
    /// area, the villages within <see cref="CountrysideKm"/> of its point.
    /// </summary>
    private static bool Inside(Place village, CodedEvent region)
    {
        var named = region.Where.Place ?? region.Location!;
        if (named is { FeatureCode: "ADM1" } || region.Location is { FeatureCode: "PPLA" or "PPLC" })
        {
            var governorate = region.Where.Seat ?? region.Location ?? named;
            return village.Admin1 is { Length: > 0 } a && governorate.Admin1 is { Length: > 0 } b && NameFolding.Fold(a) == NameFolding.Fold(b);
        }
        var at = region.Location!;
        return GeoDistance.ApproxKilometres(at.Lat, at.Lon, village.Lat, village.Lon) <= CountrysideKm;
    }
}
