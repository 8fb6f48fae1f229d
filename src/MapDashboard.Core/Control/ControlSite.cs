namespace MapDashboard.Core.Control;

/// <summary>One point of the map and the places on it (places stacked on the same point share it).</summary>
internal sealed class ControlSite
{
    /// <summary>Longitude (degrees).</summary>
    public required double Lon { get; init; }

    /// <summary>Latitude (degrees).</summary>
    public required double Lat { get; init; }

    /// <summary>The places on this point.</summary>
    public required IReadOnlyList<string> PlaceIds { get; init; }

    /// <summary>Whether a settlement is on this point (otherwise only military sites are).</summary>
    public required bool IsSettlement { get; init; }

    /// <summary>What the place is ("settlement", "base", ...).</summary>
    public required string Kind { get; init; }

    /// <summary>Whether the point is only an anchor's for one place "near" it (precision 2): drawn with a dashed ring, never an area seed.</summary>
    public bool IsApproximate { get; init; }

    /// <summary>Whether the point seeds an area (settlements; military sites with no settlement near).</summary>
    public bool IsSeed { get; set; }

    /// <summary>How far the point's area reaches (km), from the sparsity of the points around it.</summary>
    public double RadiusKm { get; set; }

    /// <summary>The directed boundary segments of its piece: its Voronoi cell within reach and within the outline.</summary>
    public ControlSegment[] Segments { get; set; } = [];
}
