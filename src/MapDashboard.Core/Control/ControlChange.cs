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

    /// <summary>
    /// ACLED geo-precision of the place: 1 the place itself; 2 a village "near X" placed at its anchor's point, which
    /// seeds no area, never shares the anchor's point and is drawn with a dashed ring so nobody reads it as exact.
    /// </summary>
    public int Precision { get; init; } = 1;

    /// <summary>Whether the place's point is only its anchor's (precision 2 or coarser).</summary>
    public bool IsApproximate => Precision >= 2;

    /// <summary>The stored event that reported the change, when an article's event did.</summary>
    public long? EventId { get; init; }

    /// <summary>The article that reported the change, when one did.</summary>
    public long? ArticleId { get; init; }
}
