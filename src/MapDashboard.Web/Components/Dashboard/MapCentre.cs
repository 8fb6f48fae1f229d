namespace MapDashboard.Web.Components.Dashboard;

/// <summary>A map centre kept in the URL; the zoom is absent when the link names only a point.</summary>
public readonly record struct MapCentre(double Lat, double Lon, int? Zoom);
