namespace MapDashboard.Data.Store;

/// <summary>
/// An event with every source that reported it, the other appearances (copies, republications, excerpts) of those
/// reports, and what the outlets table says of their outlets.
/// </summary>
public sealed record EventDetail(EventSummary Event, IReadOnlyList<string> AssocActors, IReadOnlyList<EventSource> Sources)
{
    /// <summary>The copies of the reports, in the order they were recorded.</summary>
    public IReadOnlyList<ArticleAppearance> Appearances { get; init; } = [];

    /// <summary>The outlets table's rows for the outlets of the reports and their copies.</summary>
    public IReadOnlyList<Outlets.Outlet> OutletFacts { get; init; } = [];
}
