namespace MapDashboard.Data.Gazetteer.Villages;

/// <summary>One row of a Who's On First localities file (GeoNames-derived), as laid out in gazetteer/sources/wof_*.tsv.</summary>
/// <param name="GeoNameId">The GeoNames id, or 0 when WOF has none.</param>
/// <param name="Region">The first-level division's name where WOF has it (GeoNames' spelling), else null.</param>
public sealed record WofLocality(
    long WofId,
    long GeoNameId,
    string Name,
    string? GnName,
    string? NameAr,
    IReadOnlyList<string> AltNames,
    string PlaceType,
    string? FeatureCode,
    double Lat,
    double Lon,
    long Population,
    string? Region,
    string CountryCode,
    string Source);
