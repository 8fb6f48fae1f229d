namespace MapDashboard.Core.Evaluation;

/// <summary>One toponym span the geoparser reported, resolved or not.</summary>
public sealed record PredictedMention(
    string Text,
    int Start,
    int End,
    bool Resolved,
    string? PlaceId,
    double? Lat,
    double? Lon,
    string? FeatureCode,
    string? Admin1,
    string? Country,
    int? Precision = null);
