namespace MapDashboard.Data.Control;

/// <summary>
/// One period of control of a place as stored: who held it from <see cref="ValidFrom"/> until <see cref="ValidTo"/>
/// (null: still open), how (<see cref="Status"/>), and on whose word (<see cref="Source"/>, <see cref="Evidence"/>).
/// </summary>
/// <param name="PlaceId">A gazetteer id, or a snapshot's own point id (<c>snap:LAT,LON</c>).</param>
/// <param name="Controller">A faction id of the catalogue.</param>
/// <param name="ClaimedStatus">What the source said: held, contested, shared or besieged.</param>
/// <param name="Status">What the map shows: the claimed status, or contested when another source disputes it that day.</param>
/// <param name="Source">baseline, article, acled or correction.</param>
/// <param name="Snapshot">For baseline and ACLED periods: the imported file's name.</param>
public sealed record ControlPeriod(
    long Id,
    string PlaceId,
    string PlaceName,
    double Lat,
    double Lon,
    string Kind,
    string Controller,
    string ClaimedStatus,
    string Status,
    DateOnly ValidFrom,
    DateOnly? ValidTo,
    string Source,
    double Confidence,
    string? Evidence,
    string? Snapshot,
    long? ArticleId,
    long? EventId,
    string? Verb,
    string? Note)
{
    /// <summary>ACLED geo-precision of the place: 1 the place itself, 2 a village "near X" kept at its anchor's point (drawn with a dashed ring, no area).</summary>
    public int Precision { get; init; } = 1;
}
