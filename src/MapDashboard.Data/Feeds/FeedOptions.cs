namespace MapDashboard.Data.Feeds;

/// <summary>How feeds are fetched (<c>Ingest:Feeds</c> in configuration).</summary>
public sealed class FeedOptions
{
    /// <summary>Whether the dashboard polls the subscribed feeds in the background (the command line's <c>feeds poll</c> always may).</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>How often the dashboard looks for feeds that are due (each feed is polled on its own interval).</summary>
    public TimeSpan CheckInterval { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>Longest wait for one response (each attempt).</summary>
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(20);

    /// <summary>Retries after a failed attempt (network error, timeout, 5xx, 429), with exponential back-off from <see cref="RetryDelay"/>.</summary>
    public int Retries { get; set; } = 2;

    public TimeSpan RetryDelay { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>Shortest time between two requests to one host (politeness).</summary>
    public TimeSpan HostInterval { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>Largest feed or article page read; a larger one is refused.</summary>
    public long MaxBytes { get; set; } = 5 * 1024 * 1024;

    /// <summary>Fewest characters of text a feed item must carry to be taken as the article; a shorter one has its page fetched.</summary>
    public int MinItemTextChars { get; set; } = 600;

    /// <summary>Most redirects followed.</summary>
    public int MaxRedirects { get; set; } = 5;
}
