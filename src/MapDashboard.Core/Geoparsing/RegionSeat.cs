using MapDashboard.Core.Gazetteer;

namespace MapDashboard.Core.Geoparsing;

/// <summary>
/// The seat of a governorate named like it: among the candidates of the same name, the first-level seat (PPLA) or
/// capital (PPLC) of the same country and governorate. Syrian governorates but Rif Dimashq are named after their
/// seats, and analysts draw "the Hama countryside" or "eastern Homs" at the city (ACLED geo-precision 2), not at the
/// governorate's centroid, which can lie in an empty desert a hundred kilometres from anywhere the report means.
/// </summary>
internal static class RegionSeat
{
    /// <summary>The seat of <paramref name="area"/> among <paramref name="candidates"/>, or null when it has none of its name.</summary>
    public static Place? Of(Place? area, IReadOnlyList<GeoCandidate> candidates)
    {
        if (area is not { FeatureCode: "ADM1" } || area.Admin1 is null)
        {
            return null;
        }
        Place? seat = null;
        foreach (var candidate in candidates)
        {
            var place = candidate.Place;
            if (place.FeatureClass == "P" && place.FeatureCode is "PPLA" or "PPLC" && place.CountryCode == area.CountryCode
                && string.Equals(NameFolding.Fold(place.Admin1 ?? ""), NameFolding.Fold(area.Admin1), StringComparison.Ordinal)
                && (seat is null || place.Population > seat.Population))
            {
                seat = place;
            }
        }
        return seat;
    }
}
