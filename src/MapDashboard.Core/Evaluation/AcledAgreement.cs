namespace MapDashboard.Core.Evaluation;

/// <summary>
/// Agreement between the coder and ACLED's human coders over a set of rows. Every rate is over all rows (a row with no
/// coded event disagrees on everything) except direction, which is over the territory rows, and actor 1, which is
/// also given over the rows whose ACLED actor the alias map knows.
/// </summary>
public sealed record AcledAgreement(
    int Rows,
    int Found,
    int TypeAgree,
    int SubTypeAgree,
    int Within10Km,
    int Located,
    int SameAdmin2,
    int DateExact,
    int Actor1Agree,
    int Actor1Mapped,
    int TerritoryRows,
    int ChangeFound,
    int DirectionAgree,
    int FatalitiesExact,
    IReadOnlyDictionary<(string Gold, string Predicted), int> Confusion)
{
    /// <summary>A count as a share of the rows (0 when there are none).</summary>
    public double Rate(int count) => Rows == 0 ? 0 : (double)count / Rows;

    /// <summary>Actor 1 agreement over the rows whose actor is mapped.</summary>
    public double Actor1RateOfMapped => Actor1Mapped == 0 ? 0 : (double)Actor1Agree / Actor1Mapped;

    /// <summary>Location agreement by the human coders' geo-precision, in precision order (rows without one left out).</summary>
    public IReadOnlyList<PrecisionAgreement> ByPrecision { get; init; } = [];

    /// <summary>
    /// Rows that share their notes and date with other rows (one report coded at several places), each compared with
    /// one of the coder's events of those notes rather than all with the first (<see cref="AcledRowMatching"/>).
    /// </summary>
    public int SharedNotesRows { get; init; }

    /// <summary>
    /// Territory rows whose gainer is on the same side of the war as the human coders' actor 1 (the government's camp, the
    /// opposition, the Islamic State ...), where a unit or another faction of that side counts as agreeing; null when no
    /// side map was given. <see cref="DirectionAgree"/> is the stricter figure (the same faction after lineage and units).
    /// </summary>
    public int? GainerSideAgree { get; init; }

    /// <summary>Direction agreement over the territory rows.</summary>
    public double DirectionRate => TerritoryRows == 0 ? 0 : (double)DirectionAgree / TerritoryRows;
}
