namespace MapDashboard.Core.Evaluation;

/// <summary>
/// The coder's reading of one row's notes, reduced to what the row records: its first event (or none), the first
/// actor's top-level faction, where it was placed, the date, the territory's new holder and the fatalities.
/// </summary>
public sealed record AcledPrediction(
    bool Found,
    string? Type,
    string? SubType,
    string? Actor1Faction,
    double? Lat,
    double? Lon,
    string? Admin2,
    string? PlaceName,
    DateOnly? Date,
    string? Gainer,
    int? Fatalities,
    int EventCount)
{
    /// <summary>No event was coded from the notes.</summary>
    public static readonly AcledPrediction None = new(false, null, null, null, null, null, null, null, null, null, null, 0);
}
