namespace MapDashboard.Core.Control;

/// <summary>How control areas are drawn, bound from configuration.</summary>
public sealed record ControlLayerOptions
{
    /// <summary>
    /// A place's reach is this many times the distance to its k-th nearest neighbouring place (see
    /// <see cref="SparsityNeighbour"/>): a town among villages reaches a few km, a lone desert town much further.
    /// </summary>
    public double RadiusFactor { get; init; } = 1.5;

    /// <summary>Which neighbour measures sparsity (3: the third-nearest place), so one close pair does not shrink both.</summary>
    public int SparsityNeighbour { get; init; } = 3;

    /// <summary>The smallest reach of a place (km), even in the densest cluster.</summary>
    public double MinRadiusKm { get; init; } = 3;

    /// <summary>The largest reach of a place (km): empty desert beyond it is claimed by nobody.</summary>
    public double MaxRadiusKm { get; init; } = 20;

    /// <summary>
    /// A military site (base, hill, checkpoint...) seeds an area only when no settlement lies within this many km;
    /// otherwise it is a symbol on the map and the settlements around it make the area.
    /// </summary>
    public double MilitarySeedKm { get; init; } = 10;

    /// <summary>Ages (days) where the last evidence's band changes: newer than the first, newer than the second, older.</summary>
    public IReadOnlyList<int> AgeBandDays { get; init; } = [90, 365];

    /// <summary>Fill opacity factor per age band (one more entry than <see cref="AgeBandDays"/>): old evidence fades.</summary>
    public IReadOnlyList<double> AgeBandOpacity { get; init; } = [1.0, 0.65, 0.35];

    /// <summary>At most this many places listed in an area's popup (the newest evidence first; the rest counted).</summary>
    public int PopupPlaces { get; init; } = 40;

    /// <summary>The outline colour of contested places (drawn hatched, not in a side's colour).</summary>
    public string ContestedColour { get; init; } = "#616161";

    /// <summary>
    /// The dashed ring (km) around a place only known to be near its anchor (precision 2), as the events' "near X"
    /// ring: it says where the place may be, and it claims no area.
    /// </summary>
    public double ApproximateRingKm { get; init; } = 10;

    /// <summary>That ring in whole metres, as both layers write it for the map to draw.</summary>
    public double ApproximateRingMetres => Math.Round(ApproximateRingKm * 1000);

    /// <summary>
    /// How far (degrees) the drawn outlines of areas and front lines may stray from the computed ones when simplified for
    /// the map (Douglas-Peucker): 0.001 degrees is about 100 m, less than a pixel up to zoom 10, and drops most of the
    /// vertices of the reaches' arcs. 0 draws every vertex. The geometries of <see cref="ControlLayerBuilder.AreasAt"/> are not simplified.
    /// </summary>
    public double DrawToleranceDegrees { get; init; } = 0.001;

    /// <summary>How many dates are kept computed.</summary>
    public int CacheSize { get; init; } = 64;

    /// <summary>The age band (0 = newest) of evidence <paramref name="ageDays"/> old.</summary>
    public int BandOf(int ageDays)
    {
        var band = 0;
        while (band < AgeBandDays.Count && ageDays >= AgeBandDays[band])
        {
            band++;
        }
        return band;
    }

    /// <summary>The opacity factor of an age band.</summary>
    public double OpacityOf(int band) => AgeBandOpacity[Math.Clamp(band, 0, AgeBandOpacity.Count - 1)];
}
