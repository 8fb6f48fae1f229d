using MapDashboard.Core.Control;

namespace MapDashboard.Web.Components.Dashboard;

/// <summary>A place that changed hands in the window as the dashboard lists and rings it: the change, and when, as its event's date or span.</summary>
public sealed record ChangedHands(ControlChange Change, string When);
