namespace MapDashboard.Data.Store;

/// <summary>A place mention with its resolution; offsets index the original text.</summary>
public sealed record StoredMention(
    string Text,
    int Start,
    int End,
    bool Resolved,
    string? PlaceId,
    string? PlaceName,
    double? Lat,
    double? Lon,
    string? FeatureCode,
    string? Country,
    string? Admin1,
    int? Precision,
    double Confidence,
    string Reason,
    string? RunnerUpId,
    long? CorrectionId = null);
