using MapDashboard.Data.Import;

namespace MapDashboard.Data.Control;

/// <summary>What importing a control snapshot did.</summary>
/// <param name="Periods">Periods stored (one per place and side).</param>
/// <param name="Matched">Of those, at a gazetteer place (same folded name within the match radius).</param>
/// <param name="OwnPoints">Of those, kept at the snapshot's own point.</param>
/// <param name="UnknownSide">Rows skipped because their side holds nothing the side map knows (e.g. "unknown").</param>
/// <param name="Duplicates">Rows that repeated a place and side already read.</param>
/// <param name="Errors">Rows skipped as unusable, with their lines.</param>
public sealed record ControlImportReport(string File, long Rows, long Periods, long Matched, long OwnPoints, long UnknownSide, long Duplicates,
    IReadOnlyList<ImportRowError> Errors)
{
    /// <summary>One line for people.</summary>
    public string Summary =>
        $"{Rows} rows: {Periods} places stored ({Matched} at gazetteer places, {OwnPoints} at their own points), {UnknownSide} skipped for an unknown side, "
        + $"{Duplicates} duplicates, {Errors.Count} unusable";
}
