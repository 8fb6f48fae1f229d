namespace MapDashboard.Data.Store;

/// <summary>What ingesting one article did to the store.</summary>
public enum IngestStatus
{
    /// <summary>A new article and its derived rows were written.</summary>
    Added,

    /// <summary>The same content was already stored by the same pipeline version; nothing changed.</summary>
    Unchanged,

    /// <summary>The article was stored by another pipeline version; its derived rows were replaced.</summary>
    Reprocessed,

    /// <summary>A copy, republication or excerpt of a stored article: recorded as another appearance of it, no events written.</summary>
    Appearance,
}

/// <summary>The result of one article's ingest; <paramref name="Truncated"/> when mentions or events over the per-article limits were left out.</summary>
public sealed record IngestOutcome(long ArticleId, IngestStatus Status, int Events, int Mentions, bool Truncated = false);
