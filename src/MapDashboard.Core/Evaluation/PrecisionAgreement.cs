namespace MapDashboard.Core.Evaluation;

/// <summary>
/// Location agreement among the rows the human coders placed at one geo-precision: 1 at the named place, 2 at a town
/// near it, 3 at a region's point. The share within 10 km differs a great deal between them, so a user trusting the
/// automatic points on their own export needs it per precision.
/// </summary>
public sealed record PrecisionAgreement(int Precision, int Rows, int Within10Km, int Located)
{
    /// <summary>Within 10 km as a share of this precision's rows (0 when there are none).</summary>
    public double Rate => Rows == 0 ? 0 : (double)Within10Km / Rows;
}
