namespace MapDashboard.Data.Control;

/// <summary>A period to store: the place, the side, how, from when, and the evidence (the store fills valid_to and status).</summary>
/// <param name="Precision">ACLED geo-precision of the place: 1 the place itself, 2 a village "near X" kept at its anchor's point.</param>
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
    string? Note = null,
    int Precision = 1);
