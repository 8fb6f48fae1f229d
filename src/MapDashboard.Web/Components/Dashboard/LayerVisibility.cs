namespace MapDashboard.Web.Components.Dashboard;

/// <summary>Which of the dashboard's layers show, and how opaque the control areas are (percent).</summary>
public sealed record LayerVisibility(bool Events = true, bool Changes = true, bool Control = true, int ControlOpacity = 30);
