namespace MapDashboard.Web.Components.Dashboard;

/// <summary>The place an analyst opened the correction form for, as the map's popup named it.</summary>
public sealed record ControlCorrectionTarget(string PlaceId, string Name);
