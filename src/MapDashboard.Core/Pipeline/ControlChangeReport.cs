namespace MapDashboard.Core.Pipeline;

/// <summary>
/// A change of control one event states (or an analyst sets): the place, the day it changed hands (null when the event
/// is undated: kept, but it colours no date), the side that took it and, when stated, the side that lost it.
/// </summary>
public sealed record ControlChangeReport(
    string PlaceId,
    string PlaceName,
    double Lat,
    double Lon,
    DateOnly? Date,
    string NewController,
    string? PreviousController,
    string Verb,
    double Confidence);
