namespace MapDashboard.Data.Store;

/// <summary>Filters for the dashboard's and the API's event queries; null means "no filter".</summary>
public sealed record EventQuery
{
    /// <summary>First day of the window (inclusive); events overlapping the window match.</summary>
    public DateOnly? From { get; init; }

    /// <summary>Last day of the window (inclusive).</summary>
    public DateOnly? To { get; init; }

    /// <summary>When true, only undated events are returned (the window is ignored).</summary>
    public bool UndatedOnly { get; init; }

    public BoundingBox? Bounds { get; init; }

    /// <summary>An area drawn on the map: only events inside it (or on its edge) match.</summary>
    public AreaPolygon? Area { get; init; }

    public IReadOnlyList<string> Types { get; init; } = [];

    public IReadOnlyList<string> Actors { get; init; } = [];

    public long? ArticleId { get; init; }

    public double MinConfidence { get; init; }

    /// <summary>Only events supported by at least this many independent reports (copies of one report count once); 1 or less is no filter.</summary>
    public int MinReports { get; init; } = 1;

    public int Limit { get; init; } = 5000;

    public int Offset { get; init; }

    /// <summary>
    /// Whether the query narrows the events by anything but their time (window, undated) and paging: a box, a drawn area,
    /// types, actors, an article, a confidence or a number of reports. Whoever adds a filter adds it here too
    /// (EventQueryTests fails for a property it does not know).
    /// </summary>
    public bool FiltersBeyondTime =>
        Bounds is not null || Area is not null || Types.Count > 0 || Actors.Count > 0 || ArticleId is not null || MinConfidence > 0 || MinReports > 1;
}

/// <summary>A lon/lat rectangle.</summary>
public sealed record BoundingBox(double MinLon, double MinLat, double MaxLon, double MaxLat)
{
    /// <summary>Throws when the box is not a valid WGS84 rectangle.</summary>
    public BoundingBox Validate()
    {
        if (MinLon < -180 || MaxLon > 180 || MinLat < -90 || MaxLat > 90 || MinLon > MaxLon || MinLat > MaxLat)
        {
            throw new ArgumentException($"Bounding box ({MinLon}, {MinLat}, {MaxLon}, {MaxLat}) is not a valid lon/lat rectangle.");
        }
        return this;
    }
}
