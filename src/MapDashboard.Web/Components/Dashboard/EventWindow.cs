using MapDashboard.Data.Store;
using MapDashboard.Web.Components.Map;

namespace MapDashboard.Web.Components.Dashboard;

/// <summary>The events of a time window for one view: their number, whether the server clustered them, markers and listed rows.</summary>
public sealed record EventWindow(long Count, bool Clustered, IReadOnlyList<MapMarker> Markers, IReadOnlyList<EventSummary> Rows);
