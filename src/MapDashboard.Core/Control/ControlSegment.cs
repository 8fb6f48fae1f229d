namespace MapDashboard.Core.Control;

/// <summary>
/// A directed boundary segment on a fixed grid (1e-7 degrees, about 1 cm), so the edge two neighbouring cells share is
/// the same value in both, once in each direction, and cancels out when the cells are dissolved.
/// </summary>
internal readonly record struct ControlSegment(long X1, long Y1, long X2, long Y2)
{
    /// <summary>Grid steps per degree.</summary>
    public const double Scale = 1e7;

    /// <summary>The same segment the other way round.</summary>
    public ControlSegment Reversed => new(X2, Y2, X1, Y1);

    /// <summary>The segment in a direction independent of the ring it came from (for matching neighbours).</summary>
    public ControlSegment Canonical => X1 < X2 || (X1 == X2 && Y1 <= Y2) ? this : Reversed;

    /// <summary>A coordinate's grid value.</summary>
    public static long Grid(double degrees) => (long)Math.Round(degrees * Scale);
}
