namespace MapDashboard.Core.Evaluation;

/// <summary>
/// One human-coded ACLED row as the agreement report reads it: what the coders recorded, with the actor already mapped
/// to a catalogue faction (null when the map has no entry), and the report text the machine codes. GeoPrecision is
/// ACLED's: 1 at the named place, 2 near it, 3 a region (null when the file has none).
/// </summary>
public sealed record AcledCodedRow(
    string EventId,
    DateOnly Date,
    string Type,
    string? SubType,
    string? Actor1,
    string? Actor1Faction,
    string? Admin2,
    string? Location,
    double Lat,
    double Lon,
    long? Fatalities,
    string Notes,
    int? GeoPrecision = null);
