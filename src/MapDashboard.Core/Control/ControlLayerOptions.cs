namespace MapDashboard.Core.Control;

/// <summary>How control areas are drawn, bound from configuration.</summary>
public sealed record ControlLayerOptions
{
    /// <summary>A held place's area reaches at most this far from it (km).</summary>
    public double RadiusKm { get; init; } = 12;

    /// <summary>How many distinct control states are kept computed.</summary>
    public int CacheSize { get; init; } = 64;
}
