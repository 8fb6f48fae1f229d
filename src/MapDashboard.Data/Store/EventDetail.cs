namespace MapDashboard.Data.Store;

/// <summary>An event with every source that reported it.</summary>
public sealed record EventDetail(EventSummary Event, IReadOnlyList<string> AssocActors, IReadOnlyList<EventSource> Sources);
