namespace MapDashboard.Tests.Shared;

/// <summary>
/// One hand-written event of a fixture article: its sentence (which must name the place), place, date (a span up to
/// <paramref name="End"/> when given), coding and governorate.
/// </summary>
public sealed record FixtureEvent(
    string Sentence, string Place, double Lat, double Lon, DateOnly Date, string Type, string SubType, string? Actor1 = null, string? Actor2 = null,
    int Precision = 1, double Confidence = 0.9, string? NewController = null, DateOnly? End = null, string? Admin1 = null);
