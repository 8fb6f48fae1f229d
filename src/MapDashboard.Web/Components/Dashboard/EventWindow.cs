using MapDashboard.Data.Store;
using MapDashboard.Web.Components.Map;

namespace MapDashboard.Web.Components.Dashboard;

/// <summary>
/// The events of a time window for one view: their number, whether the markers depend on the view (the server clustered
/// them, or sent the view's own events at the greatest zoom: <paramref name="PointsInView"/>), markers and listed rows.
/// </summary>
public sealed record EventWindow(long Count, bool Clustered, IReadOnlyList<MapMarker> Markers, IReadOnlyList<EventSummary> Rows, bool PointsInView = false);
