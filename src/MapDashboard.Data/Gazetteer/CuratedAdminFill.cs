using MapDashboard.Core.Geo;

namespace MapDashboard.Data.Gazetteer;

/// <summary>
/// Gives a curated point (an air base, an oil field, a dam) the district and sub-district its row cannot state: those of
/// the nearest community of its country within <see cref="ReachKm"/>, when that community lies in the governorate the
/// row names. Events at the facility then carry a district like events at villages do. Areas, roads and rows that
/// state a district are left as they are.
/// </summary>
public static class CuratedAdminFill
{
    /// <summary>How far the nearest community may lie: beyond it, the facility keeps no district rather than a guess.</summary>
    public const double ReachKm = 15;

    /// <summary>The curated entries with districts filled from <paramref name="communities"/> where the rule allows.</summary>
    public static List<PlaceEntry> Fill(IEnumerable<PlaceEntry> curated, IReadOnlyList<PlaceEntry> communities)
    {
        var result = new List<PlaceEntry>();
        foreach (var entry in curated)
        {
            var place = entry.Place;
            if (place.Admin2 is not null || place.IsArea || place.FeatureCode == "RD" || place.CountryCode is null)
            {
                result.Add(entry);
                continue;
            }
            Core.Gazetteer.Place? nearest = null;
            var best = ReachKm;
            foreach (var community in communities)
            {
                var other = community.Place;
                if (other.Admin2 is null || other.CountryCode != place.CountryCode)
                {
                    continue;
                }
                var km = GeoDistance.ApproxKilometres(place.Lat, place.Lon, other.Lat, other.Lon);
                if (km <= best)
                {
                    (best, nearest) = (km, other);
                }
            }
            var agrees = nearest is not null && (place.Admin1 is null || string.Equals(place.Admin1, nearest.Admin1, StringComparison.OrdinalIgnoreCase));
            result.Add(agrees
                ? entry with { Place = place with { Admin1 = place.Admin1 ?? nearest!.Admin1, Admin2 = nearest!.Admin2, Admin3 = nearest.Admin3 } }
                : entry);
        }
        return result;
    }
}
