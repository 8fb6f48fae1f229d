namespace MapDashboard.Data.Store;

/// <summary>One article's report of an event: the excerpt and where it came from.</summary>
public sealed class EventSource
{
    public long ArticleId { get; set; }

    public string? Title { get; set; }

    public string? Outlet { get; set; }

    public string? Published { get; set; }

    public string Source { get; set; } = "";

    public string Excerpt { get; set; } = "";

    public long ExcerptStart { get; set; }

    public long ExcerptEnd { get; set; }

    public string? ClaimedBy { get; set; }

    public string? DateEvidence { get; set; }

    public long? PlaceStart { get; set; }

    public long? PlaceEnd { get; set; }
}
