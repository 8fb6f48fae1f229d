namespace MapDashboard.Core.Control;

/// <summary>The control layer at a date: its GeoJSON and the legend's counts.</summary>
public sealed record ControlLayerResult(string GeoJson, IReadOnlyList<ControlLegendEntry> Legend);
