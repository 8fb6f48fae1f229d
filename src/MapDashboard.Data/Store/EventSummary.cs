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

    /// <summary>How many independent reports (stored articles; copies recognised as such are not) support the event.</summary>
    public long ReportCount { get; set; }

    /// <summary>How many copies, republications and excerpts of those reports were seen besides them.</summary>
    public long CopyCount { get; set; }

    /// <summary>Every appearance of the event's reports: the reports themselves and their copies.</summary>
    public long AppearanceCount => ReportCount + CopyCount;

    /// <summary>The outlets of the reports and their copies, "; "-separated in alphabetical order, or null when none is known.</summary>
    public string? Outlets { get; set; }

    /// <summary>The analyst correction that shaped the event last, if any.</summary>
    public long? CorrectionId { get; set; }
}
