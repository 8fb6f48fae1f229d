using NetTopologySuite.Geometries;

namespace MapDashboard.Core.Control;

/// <summary>A front line at a date: where the areas of two sides meet (lon/lat lines).</summary>
public sealed record ControlFront(string SideA, string SideB, Geometry Lines);
