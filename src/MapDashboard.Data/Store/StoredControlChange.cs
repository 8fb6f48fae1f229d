namespace MapDashboard.Data.Store;

/// <summary>A change of control at a place, stated by the event's sentence.</summary>
public sealed record StoredControlChange(
    string PlaceId,
    string PlaceName,
    double Lat,
    double Lon,
    DateOnly? Date,
    string NewController,
    string? PreviousController,
    string Verb,
    double Confidence);
