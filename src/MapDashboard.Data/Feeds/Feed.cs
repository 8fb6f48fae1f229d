namespace MapDashboard.Data.Feeds;

/// <summary>A feed subscription and its status.</summary>
public sealed class Feed
{
    public long Id { get; set; }

    public string Url { get; set; } = "";

    /// <summary>The outlet it belongs to (an outlets row of that name), credited with its items; null until the first poll names it after the feed's own title.</summary>
    public string? Name { get; set; }

    public long IntervalMinutes { get; set; } = 30;

    public long Paused { get; set; }

    /// <summary>The last response's ETag, sent back as If-None-Match.</summary>
    public string? ETag { get; set; }

    /// <summary>The last response's Last-Modified (RFC 1123), sent back as If-Modified-Since.</summary>
    public string? LastModified { get; set; }

    /// <summary>When the feed was last polled (ISO 8601, UTC), or null.</summary>
    public string? LastPoll { get; set; }

    /// <summary>Why the last poll failed, or null when it succeeded.</summary>
    public string? LastError { get; set; }

    public long ArticlesTaken { get; set; }
}
