using MapDashboard.Core.Gazetteer;
using MapDashboard.Core.Geo;

namespace MapDashboard.Data.Control;

/// <summary>
/// Finds the gazetteer place a named point of another source (a snapshot mark, an ACLED location) stands for: a place
/// whose name matches as written or folded, nearest to the point within <see cref="RadiusKm"/>; otherwise none, and the
/// point keeps an id of its own.
/// </summary>
public sealed class ControlPlaceMatcher(IGazetteer gazetteer)
{
    /// <summary>How far a place of the same name may lie from the point and still be taken as it.</summary>
    public const double RadiusKm = 2.0;

    /// <summary>The matching place, or null.</summary>
    public async Task<Place?> MatchAsync(string name, double lat, double lon, CancellationToken cancellationToken = default)
    {
        if (string.IsNullOrWhiteSpace(name))
        {
            return null;
        }
        var candidates = await gazetteer.FindNamedAsync(name, 25, cancellationToken);
        return candidates.Where(c => c.Kind is MatchKind.Exact or MatchKind.Folded && !c.Place.IsArea)
            .Select(c => (c.Place, Km: GeoDistance.Kilometres(lat, lon, c.Place.Lat, c.Place.Lon)))
            .Where(c => c.Km <= RadiusKm).OrderBy(c => c.Km).Select(c => c.Place).FirstOrDefault();
    }

    /// <summary>The id of a point no gazetteer place matched: its prefix and its coordinates to about 10 m.</summary>
    public static string OwnId(string prefix, double lat, double lon) =>
        string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{prefix}:{lat:0.0000},{lon:0.0000}");
}
