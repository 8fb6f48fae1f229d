using MapDashboard.Core.Geo;

namespace MapDashboard.Core.Gazetteer;

/// <summary>
/// Orders a name's gazetteer candidates for a reviewer by the article's region: first those near a place the article
/// already resolved (nearest first), then those in the region's countries, then the rest, each tier keeping the
/// gazetteer's own order. An unresolved "Aran" in an article about al-Bab offers the Arran south of al-Bab first.
/// </summary>
public static class RegionalCandidateOrder
{
    /// <summary>How far from one of the article's places a candidate still counts as near it.</summary>
    public const double NearKm = 60;

    /// <summary>The candidates in that order.</summary>
    public static List<GeoCandidate> Order(IReadOnlyList<GeoCandidate> candidates, IReadOnlyCollection<(double Lat, double Lon)> articlePlaces,
        IReadOnlyCollection<string> regionCountries) =>
        candidates
            .Select((c, i) => (Candidate: c, Index: i, Km: Nearest(c.Place, articlePlaces)))
            .OrderBy(x => x.Km <= NearKm ? 0 : x.Candidate.Place.CountryCode is { } cc && regionCountries.Contains(cc) ? 1 : 2)
            .ThenBy(x => x.Km <= NearKm ? x.Km : 0)
            .ThenBy(x => x.Index)
            .Select(x => x.Candidate)
            .ToList();

    private static double Nearest(Place place, IReadOnlyCollection<(double Lat, double Lon)> points) =>
        points.Count == 0 ? double.MaxValue : points.Min(p => GeoDistance.Kilometres(place.Lat, place.Lon, p.Lat, p.Lon));
}
