namespace MapDashboard.Data.Trends;

/// <summary>How many events lie in one governorate (admin1; null when the place has none).</summary>
public sealed record RegionCount(string? Admin1, long Count);
