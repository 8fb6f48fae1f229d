namespace MapDashboard.Core.Control;

/// <summary>A place changing hands on a date, as a source claimed it.</summary>
public sealed record ControlChange(string PlaceId, string PlaceName, double Lat, double Lon, DateOnly Date, string Controller, string? Previous, string Verb, double Confidence)
{
    /// <summary>How the controller holds the place from this date.</summary>
    public ControlStatus Status { get; init; } = ControlStatus.Held;

    /// <summary>Where the claim comes from: "baseline", "article", "acled" or "correction".</summary>
    public string Source { get; init; } = "article";

    /// <summary>What the place is: "settlement" (the default), or a military site such as "base", "airbase", "hill", "checkpoint".</summary>
    public string Kind { get; init; } = "settlement";

    /// <summary>A link to the evidence (an article sentence such as "/article/12?event=4", or "snapshot:NAME"), when there is one.</summary>
    public string? Evidence { get; init; }

    /// <summary>The stored event that reported the change, when an article's event did.</summary>
    public long? EventId { get; init; }

    /// <summary>The article that reported the change, when one did.</summary>
    public long? ArticleId { get; init; }
}
