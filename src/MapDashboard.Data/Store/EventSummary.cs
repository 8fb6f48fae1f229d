namespace MapDashboard.Data.Store;

/// <summary>An event as listed and drawn: enough for a marker and a list row.</summary>
public class EventSummary
{
    public long Id { get; set; }

    public string? DateStart { get; set; }

    public string? DateEnd { get; set; }

    public string DatePrecision { get; set; } = "";

    public string Type { get; set; } = "";

    public string SubType { get; set; } = "";

    public string? Actor1 { get; set; }

    public string? Actor2 { get; set; }

    public string? PlaceId { get; set; }

    public string PlaceName { get; set; } = "";

    public string? Admin1 { get; set; }

    public double? Lat { get; set; }

    public double? Lon { get; set; }

    public long Precision { get; set; }

    public double Confidence { get; set; }

    public long SourceCount { get; set; }

    /// <summary>The analyst correction that shaped the event last, if any.</summary>
    public long? CorrectionId { get; set; }
}
