using NetTopologySuite.Geometries;

namespace MapDashboard.Core.Control;

/// <summary>How one point stands at a date: the holding side (or contested), and how old its last evidence is.</summary>
/// <param name="Latest">The latest change of the place that decides the point.</param>
/// <param name="Category">"held" (besieged included), "shared" or "contested".</param>
/// <param name="Members">The places on the point in the same state (each once).</param>
internal sealed record ControlSiteState(ControlChange Latest, IReadOnlyList<string> Claims, string Category, string Side, string Colour, int AgeDays, int Band,
    IReadOnlyList<ControlChange> Members);

/// <summary>A drawn area before it is written: its polygons, places and the ages of their evidence.</summary>
internal sealed record ControlAreaModel(string Category, string Side, string Colour, int Band, List<ControlPolygon> Polygons, List<ControlChange> Places, int MinAgeDays, int MaxAgeDays);

/// <summary>A point drawn as a symbol (a military site, a contested place, a place with a history), with its history to the date.</summary>
internal sealed record ControlPointModel(ControlSite Site, ControlSiteState State, List<ControlChange> History);

/// <summary>The control layer at a date before it is written out.</summary>
internal sealed record ControlLayerModel(DateOnly Date, List<ControlAreaModel> Areas, List<(string SideA, string SideB, List<LineString> Lines)> Fronts,
    List<ControlPointModel> Points, List<ControlLegendEntry> Legend);
