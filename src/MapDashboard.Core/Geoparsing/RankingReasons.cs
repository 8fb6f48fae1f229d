using System.Globalization;
using MapDashboard.Core.Gazetteer;
using MapDashboard.Core.Geo;

namespace MapDashboard.Core.Geoparsing;

/// <summary>The human-readable reasons the ranker gives for a pick or for leaving a mention unresolved.</summary>
internal static class RankingReasons
{
    /// <summary>Why the top candidate was picked: how it matched, what it is, what supported it, who came next.</summary>
    public static string Picked(PlaceMention mention, GeoCandidate top, IReadOnlyList<GeoCandidate> others, double adminBonus, IEnumerable<Place> context)
    {
        var parts = new List<string> { $"{(top.Kind == MatchKind.CloseSpelling ? "close-spelling" : top.Kind.ToString().ToLowerInvariant())} match on '{top.MatchedName}'", Describe(top.Place) };
        if (mention.Direction is { } direction)
        {
            parts.Add($"'{direction}' part of it");
        }
        if (adminBonus > 0)
        {
            parts.Add("its sub-district, district or governorate is named in the article");
        }
        var near = context.Where(p => !p.IsCountry && p.Id != top.Place.Id)
            .Select(p => (Place: p, Km: GeoDistance.Kilometres(top.Place.Lat, top.Place.Lon, p.Lat, p.Lon)))
            .OrderBy(x => x.Km).FirstOrDefault();
        if (near.Place is not null && near.Km < 150)
        {
            parts.Add(string.Create(CultureInfo.InvariantCulture, $"{near.Km:F0} km from {near.Place.Name}"));
        }
        if (others.Count > 0)
        {
            parts.Add($"{others.Count} other candidate(s), next: {Describe(others[0].Place)}");
        }
        return string.Join("; ", parts);
    }

    /// <summary>A place with its kind and admin path: "Arran (locality, Tadaf, Al Bab, Aleppo, SY)".</summary>
    public static string Describe(Place place)
    {
        var kind = place.FeatureCode switch
        {
            "PCLI" => "country",
            "ADM1" => "governorate/province",
            "AIRB" => "air base",
            "AIRP" => "airport",
            "OILF" or "GASF" => "oil or gas field",
            "DAM" => "dam",
            "PSTB" => "border crossing",
            "RGN" => "region",
            "MTS" => "mountains",
            "VAL" => "valley",
            "RD" => "road",
            "PPLC" => "capital",
            _ => place.Population > 0 ? string.Create(CultureInfo.InvariantCulture, $"town of {place.Population:N0}") : "locality",
        };
        var path = place.FeatureCode is "ADM1" or "PCLI" ? [place.Admin1, place.CountryCode] : new[] { place.Admin3, place.Admin2, place.Admin1, place.CountryCode };
        var where = string.Join(", ", path.Where(s => !string.IsNullOrEmpty(s) && !s.All(char.IsDigit)).Distinct(StringComparer.OrdinalIgnoreCase));
        return where.Length > 0 ? $"{place.Name} ({kind}, {where})" : $"{place.Name} ({kind})";
    }
}
