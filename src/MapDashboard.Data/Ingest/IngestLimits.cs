namespace MapDashboard.Data.Ingest;

/// <summary>
/// The most place mentions and event reports one article may store: a pathological article (a name repeated a
/// hundred thousand times, a list of every village) keeps its first ones, in text order, and is reported as truncated
/// instead of flooding the map and holding the store.
/// </summary>
public sealed record IngestLimits
{
    /// <summary>The limits when none are configured.</summary>
    public static IngestLimits Default { get; } = new();

    /// <summary>The most place mentions stored for one article (default 2,000).</summary>
    public int MaxMentionsPerArticle { get; init; } = 2000;

    /// <summary>The most event reports stored for one article (default 500).</summary>
    public int MaxEventsPerArticle { get; init; } = 500;
}
