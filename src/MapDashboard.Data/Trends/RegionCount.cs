namespace MapDashboard.Data.Trends;

/// <summary>How many events lie in one district (admin2) of one governorate (admin1); null where the admin path does not say.</summary>
public sealed record RegionCount(string? Admin1, string? Admin2, long Count);
