namespace MapDashboard.Data.Import;

/// <summary>One valid row of an ACLED-format CSV, as it is stored.</summary>
public sealed record AcledRow(
    string EventId,
    DateOnly Date,
    long? TimePrecision,
    string Type,
    string? SubType,
    string? Actor1,
    string? AssocActor1,
    string? Actor2,
    string? AssocActor2,
    string? Country,
    string? Admin1,
    string? Admin2,
    string? Location,
    double Lat,
    double Lon,
    long? GeoPrecision,
    long? Fatalities,
    string? Source,
    string? Notes);
