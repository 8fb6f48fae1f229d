namespace MapDashboard.Core.Evaluation;

/// <summary>
/// One human-coded ACLED row as the agreement report reads it: what the coders recorded, with the actor already mapped
/// to a catalogue faction (null when the map has no entry), and the report text the machine codes.
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
    string Notes);
