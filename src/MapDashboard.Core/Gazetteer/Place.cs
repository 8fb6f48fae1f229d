namespace MapDashboard.Core.Gazetteer;

/// <summary>A gazetteer entry: a populated place, an administrative area, a facility, a region or a road.</summary>
/// <param name="Id">Source-prefixed id: <c>ocha:C1215</c> (a Syrian community, merged with its GeoNames/WOF twins), <c>gn:174018</c>, <c>wof:1209495293</c>, <c>ne0:SY</c>, <c>ne1:SY-ID</c>, <c>oa:OS57</c>, <c>cur:tiyas-airbase</c>, <c>user:…</c>.</param>
/// <param name="FeatureClass">GeoNames feature class (P populated, A administrative, S facility, L area, T terrain, H water, R road).</param>
/// <param name="FeatureCode">GeoNames feature code (PPL, PPLA, PCLI, ADM1, AIRB, RGN, MTS, RD ...).</param>
/// <param name="Admin1">The first-level division's name (e.g. "Idlib"), not its code.</param>
/// <param name="Admin2">The second-level division's name (a Syrian district, e.g. "Al Bab"), when known.</param>
/// <param name="Wkt">The place's geometry when it is more than a point (a region's polygon, a road's line).</param>
/// <param name="Admin3">The third-level division's name (a Syrian sub-district or nahiya, e.g. "Tadaf"), when known.</param>
/// <param name="NameAr">The place's Arabic name as its source writes it, when known.</param>
public sealed record Place(
    string Id,
    string Name,
    double Lat,
    double Lon,
    string FeatureClass,
    string FeatureCode,
    string? CountryCode,
    string? Admin1,
    string? Admin2,
    long Population,
    string Source,
    string? Wkt = null,
    string? Admin3 = null,
    string? NameAr = null)
{
    /// <summary>Whether the place is a country.</summary>
    public bool IsCountry => FeatureCode.StartsWith("PCL", StringComparison.Ordinal);

    /// <summary>Whether the place is an area rather than a point: a country, a first-level division, a region or range.</summary>
    public bool IsArea => IsCountry || FeatureCode is "ADM1" or "ADM2" or "RGN" or "MTS" or "VAL" or "PLN" or "DSRT" or "AREA";

    /// <summary>Whether the place is an airport or air base.</summary>
    public bool IsAirfield => FeatureCode is "AIRB" or "AIRP" or "AIRF" or "AIRH";
}
