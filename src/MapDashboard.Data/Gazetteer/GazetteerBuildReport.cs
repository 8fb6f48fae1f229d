namespace MapDashboard.Data.Gazetteer;

/// <summary>What a gazetteer build wrote, what it skipped, and how long it took.</summary>
public sealed record GazetteerBuildReport(
    IReadOnlyDictionary<string, long> PlacesBySource,
    long Names,
    IReadOnlyList<SourceError> Errors,
    TimeSpan Elapsed)
{
    /// <summary>Total places written.</summary>
    public long Places => PlacesBySource.Values.Sum();
}
