namespace MapDashboard.Core.Gazetteer;

/// <summary>How a place is shown to a user: its kind in words and its admin path ("Tadaf, Al Bab, Aleppo").</summary>
public static class PlaceLabels
{
    /// <summary>The kind of place in words, from its feature code (GeoNames' codes; "governorate" for Syria's first-level divisions).</summary>
    public static string Type(Place place) => place.FeatureCode switch
    {
        var c when c.StartsWith("PCL", StringComparison.Ordinal) => "country",
        "ADM1" => place.CountryCode == "SY" ? "governorate" : "province",
        "ADM2" => "district",
        "PPLC" or "PPLA" or "PPLA2" => "city",
        "PPLA3" or "PPLA4" => "town",
        "PPLX" => "neighbourhood",
        "PPLQ" or "PPLH" => "abandoned village",
        "PPLL" or "PPLF" or "STLMT" => "hamlet",
        "PPL" => place.Population >= 100_000 ? "city" : place.Population >= 10_000 ? "town" : "village",
        "AIRB" or "MILB" => "airbase",
        "AIRP" or "AIRF" or "AIRH" => "airport",
        "RGN" or "AREA" => "region",
        "MTS" => "mountains",
        "VAL" => "valley",
        "PLN" => "plain",
        "DSRT" => "desert",
        "SPNG" => "spring",
        "OILF" => "oil field",
        "GASF" => "gas field",
        "GOSP" or "OILR" or "PMPO" => "oil and gas facility",
        "DAM" => "dam",
        "PSTB" => "border crossing",
        "HLL" => "hill",
        "MT" => "mountain",
        "RD" => "road",
        _ => place.FeatureClass == "P" ? "village" : "place",
    };

    /// <summary>The divisions the place lies in, smallest first, without repeats and without the place's own name.</summary>
    public static string AdminPath(Place place)
    {
        var parts = new List<string>();
        foreach (var part in new[] { place.Admin3, place.Admin2, place.Admin1 })
        {
            // GeoNames' numeric admin-2 codes are not names.
            if (string.IsNullOrWhiteSpace(part) || part.All(char.IsDigit) || parts.Contains(part, StringComparer.OrdinalIgnoreCase)
                || string.Equals(part, place.Name, StringComparison.OrdinalIgnoreCase) && parts.Count == 0 && part != place.Admin1)
            {
                continue;
            }
            parts.Add(part);
        }
        return string.Join(", ", parts);
    }
}
