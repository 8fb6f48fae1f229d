namespace MapDashboard.Data.Store;

/// <summary>
/// Filters for imported events, with the same meaning as <see cref="EventQuery"/>'s: a window of days (inclusive), a
/// lon/lat box, and event types or sub-types; null or empty means "no filter".
/// </summary>
public sealed record ImportedEventQuery
{
    /// <summary>The dataset ("acled").</summary>
    public string Dataset { get; init; } = Import.AcledImporter.Dataset;

    public DateOnly? From { get; init; }

    public DateOnly? To { get; init; }

    public BoundingBox? Bounds { get; init; }

    /// <summary>Event types or sub-event types; an event matches when its type or its sub-type is listed.</summary>
    public IReadOnlyList<string> Types { get; init; } = [];

    public int Limit { get; init; } = 5000;

    public int Offset { get; init; }
}
