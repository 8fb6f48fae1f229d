namespace MapDashboard.Data.Control;

/// <summary>A period to store: the place, the side, how, from when, and the evidence (the store fills valid_to and status).</summary>
public sealed record ControlPeriodDraft(
    string PlaceId,
    string PlaceName,
    double Lat,
    double Lon,
    string Kind,
    string Controller,
    string Status,
    DateOnly ValidFrom,
    double Confidence,
    string? Evidence,
    string? Verb,
    string? Note = null);
