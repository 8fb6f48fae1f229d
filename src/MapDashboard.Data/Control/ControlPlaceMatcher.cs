using MapDashboard.Core.Control;
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

    /// <summary>
    /// How far from its anchor a place "near" it (ACLED geo-precision 2) may lie: the villages of an anchor's countryside
    /// lie up to a dozen km out (the same order as the approximate ring the map draws around such a place).
    /// </summary>
    public const double NearRadiusKm = 15.0;

    /// <summary>
    /// The gazetteer places (not areas) a note names that lie within <see cref="NearRadiusKm"/> of an anchor's point,
    /// nearest first, leaving out the anchor itself (<paramref name="anchorId"/>, or any place spelled as <paramref name="anchorName"/>).
    /// </summary>
    public async Task<IReadOnlyList<Place>> NamedNearAsync(string? note, double lat, double lon, string? anchorId, string? anchorName,
        CancellationToken cancellationToken = default)
    {
        var anchorKey = anchorName is null ? null : NameFolding.Fold(anchorName);
        var found = new Dictionary<string, (Place Place, double Km)>(StringComparer.Ordinal);
        foreach (var name in ControlNoteNames.Candidates(note))
        {
            if (NameFolding.Fold(name) == anchorKey)
            {
                continue;
            }
            foreach (var candidate in await gazetteer.FindNamedAsync(name, 25, cancellationToken))
            {
                var km = GeoDistance.Kilometres(lat, lon, candidate.Place.Lat, candidate.Place.Lon);
                if (candidate.Kind is MatchKind.Exact or MatchKind.Folded && !candidate.Place.IsArea && km <= NearRadiusKm
                    && candidate.Place.Id != anchorId && NameFolding.Fold(candidate.Place.Name) != anchorKey)
                {
                    found.TryAdd(candidate.Place.Id, (candidate.Place, km));
                }
            }
        }
        return found.Values.OrderBy(f => f.Km).Select(f => f.Place).ToList();
    }

    /// <summary>The id of a point no gazetteer place matched: its prefix and its coordinates to about 10 m.</summary>
    public static string OwnId(string prefix, double lat, double lon) =>
        string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{prefix}:{lat:0.0000},{lon:0.0000}");
}
