namespace MapDashboard.Data.Gazetteer;

/// <summary>Where a place lies in its country's administrative divisions: governorate (admin1), district (admin2), sub-district (admin3); null where unknown.</summary>
public sealed record AdminPath(string? Admin1, string? Admin2, string? Admin3);
