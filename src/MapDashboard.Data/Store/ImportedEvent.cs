namespace MapDashboard.Data.Store;

/// <summary>An event imported from another dataset (ACLED), with the file and line it came from.</summary>
public sealed class ImportedEvent
{
    public long Id { get; set; }

    public string Dataset { get; set; } = "";

    /// <summary>The dataset's own id (ACLED's event_id_cnty).</summary>
    public string EventId { get; set; } = "";

    /// <summary>yyyy-MM-dd.</summary>
    public string EventDate { get; set; } = "";

    public long? TimePrecision { get; set; }

    public string Type { get; set; } = "";

    public string? SubType { get; set; }

    public string? Actor1 { get; set; }

    public string? AssocActor1 { get; set; }

    public string? Actor2 { get; set; }

    public string? AssocActor2 { get; set; }

    public string? Country { get; set; }

    public string? Admin1 { get; set; }

    public string? Admin2 { get; set; }

    public string? Location { get; set; }

    public double Lat { get; set; }

    public double Lon { get; set; }

    public long? GeoPrecision { get; set; }

    public long? Fatalities { get; set; }

    public string? Source { get; set; }

    public string? Notes { get; set; }

    public string ImportFile { get; set; } = "";

    public long Line { get; set; }

    public string ImportedAt { get; set; } = "";
}
