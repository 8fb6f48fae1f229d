using NetTopologySuite.Geometries;

namespace MapDashboard.Core.Control;

/// <summary>
/// One drawn area at a date: the dissolved pieces of the points of one side (or the contested ones) whose last
/// evidence falls in one age band.
/// </summary>
/// <param name="Category">"held" (besieged included), "shared" or "contested".</param>
/// <param name="Side">The side's name ("" for contested).</param>
/// <param name="Colour">The side's colour.</param>
/// <param name="Band">The age band of the last evidence (0: newest).</param>
/// <param name="Geometry">The (multi)polygon, lon/lat.</param>
/// <param name="Places">The latest change of each place in it.</param>
public sealed record ControlArea(string Category, string Side, string Colour, int Band, Geometry Geometry, IReadOnlyList<ControlChange> Places);
