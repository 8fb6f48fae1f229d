namespace MapDashboard.Core.Pipeline;

/// <summary>
/// A change of control one event states (or an analyst sets): the place, the day it changed hands (null when the event
/// is undated: kept, but it colours no date), the side that took it and, when stated, the side that lost it.
/// </summary>
/// <param name="Contested">A capture the other side disputes: stored as a contested period of the place, not as its change of hands.</param>
/// <param name="Precision">ACLED geo-precision of the place: 1 the place itself; 2 a village "near X" kept at its anchor's point.</param>
public sealed record ControlChangeReport(
    string PlaceId,
    string PlaceName,
    double Lat,
    double Lon,
    DateOnly? Date,
    string NewController,
    string? PreviousController,
    string Verb,
    double Confidence,
    int Precision = 1,
    bool Contested = false);
