namespace MapDashboard.Web.Components.Dashboard;

/// <summary>One month of the time bar's histogram: its key (yyyy-MM), events and bar height in percent.</summary>
public sealed record HistogramBar(string Month, long Count, double Height);
