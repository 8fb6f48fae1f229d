namespace MapDashboard.Data.Gazetteer;

/// <summary>What a gazetteer build wrote, what it skipped, how long it took, and how Syria's village lists merged.</summary>
public sealed record GazetteerBuildReport(
    IReadOnlyDictionary<string, long> PlacesBySource,
    long Names,
    IReadOnlyList<SourceError> Errors,
    TimeSpan Elapsed,
    Villages.VillageMergeReport? Villages = null)
{
    /// <summary>Total places written.</summary>
    public long Places => PlacesBySource.Values.Sum();
}
