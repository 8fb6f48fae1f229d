namespace MapDashboard.Data.Feeds;

/// <summary>What one poll of one feed did: articles taken, items skipped with their reasons, or why the feed failed.</summary>
public sealed record FeedPollResult(Feed Feed, int Taken, IReadOnlyList<string> ItemProblems, string? Error, bool NotModified = false)
{
    /// <summary>One line for the command line and the log.</summary>
    public string Describe() =>
        Error is not null ? $"feed {Feed.Id} ({Feed.Url}): failed: {Error}"
        : NotModified ? $"feed {Feed.Id} ({Feed.Url}): not modified"
        : $"feed {Feed.Id} ({Feed.Url}): {Taken} article(s) taken" + (ItemProblems.Count == 0 ? "" : $"; {ItemProblems.Count} item(s) skipped: {string.Join("; ", ItemProblems)}");
}
