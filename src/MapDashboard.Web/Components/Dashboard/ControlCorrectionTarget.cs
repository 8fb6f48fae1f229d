namespace MapDashboard.Web.Components.Dashboard;

/// <summary>
/// The place an analyst opened the correction form for, as the map's popup or the list's row named it; where it was opened
/// from ("map" or "list") is kept with the correction as its author (<c>analyst:map</c>, <c>analyst:list</c>).
/// </summary>
public sealed record ControlCorrectionTarget(string PlaceId, string Name, string Origin = "map");
