namespace MapDashboard.Core.Control;

/// <summary>A place changing hands on a date, as a source claimed it.</summary>
public sealed record ControlChange(string PlaceId, string PlaceName, double Lat, double Lon, DateOnly Date, string Controller, string? Previous, string Verb, double Confidence);
