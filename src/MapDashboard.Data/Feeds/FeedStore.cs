using Dapper;

namespace MapDashboard.Data.Feeds;

/// <summary>The feed subscriptions and the items each has given (feeds, feed_items).</summary>
public sealed class FeedStore(IStoreConnectionFactory factory)
{
    /// <summary>Subscribes to a feed; returns its id, or null when the URL is subscribed already.</summary>
    public async Task<long?> AddAsync(string url, string? name, int intervalMinutes = 30, CancellationToken cancellationToken = default)
    {
        if (!Uri.TryCreate(url, UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https"))
        {
            throw new ArgumentException($"'{url}' is not an http or https address.", nameof(url));
        }
        if (intervalMinutes is < 1 or > 10080)
        {
            throw new ArgumentException($"The polling interval must be 1 to 10080 minutes, not {intervalMinutes}.", nameof(intervalMinutes));
        }
        await using var connection = await factory.OpenConnectionAsync(cancellationToken);
        return await connection.ExecuteScalarAsync<long?>(new CommandDefinition(FeedSql.Insert,
            new { Url = uri.AbsoluteUri, Name = string.IsNullOrWhiteSpace(name) ? null : name.Trim(), IntervalMinutes = intervalMinutes, CreatedAt = DateTime.UtcNow.ToString("O") },
            cancellationToken: cancellationToken));
    }

    /// <summary>Every subscription, oldest first.</summary>
    public async Task<IReadOnlyList<Feed>> ListAsync(CancellationToken cancellationToken = default)
    {
        await using var connection = await factory.OpenConnectionAsync(cancellationToken);
        return (await connection.QueryAsync<Feed>(new CommandDefinition(FeedSql.List, cancellationToken: cancellationToken))).AsList();
    }

    /// <summary>One subscription, or null.</summary>
    public async Task<Feed?> GetAsync(long id, CancellationToken cancellationToken = default)
    {
        await using var connection = await factory.OpenConnectionAsync(cancellationToken);
        return await connection.QuerySingleOrDefaultAsync<Feed>(new CommandDefinition(FeedSql.Get, new { id }, cancellationToken: cancellationToken));
    }

    /// <summary>Unsubscribes; false when there was no such feed.</summary>
    public async Task<bool> RemoveAsync(long id, CancellationToken cancellationToken = default)
    {
        await using var connection = await factory.OpenConnectionAsync(cancellationToken);
        return await connection.ExecuteAsync(new CommandDefinition(FeedSql.Delete, new { id }, cancellationToken: cancellationToken)) > 0;
    }

    /// <summary>Pauses or resumes a feed; false when there was no such feed.</summary>
    public async Task<bool> SetPausedAsync(long id, bool paused, CancellationToken cancellationToken = default)
    {
        await using var connection = await factory.OpenConnectionAsync(cancellationToken);
        return await connection.ExecuteAsync(new CommandDefinition(FeedSql.SetPaused, new { id, paused = paused ? 1 : 0 }, cancellationToken: cancellationToken)) > 0;
    }

    /// <summary>Records a poll: the validators to send next time, the error (null: none) and how many articles it took.</summary>
    public async Task RecordPollAsync(long id, string? etag, string? lastModified, string? error, int taken, CancellationToken cancellationToken = default)
    {
        await using var connection = await factory.OpenConnectionAsync(cancellationToken);
        await connection.ExecuteAsync(new CommandDefinition(FeedSql.RecordPoll,
            new { Id = id, ETag = etag, LastModified = lastModified, LastPoll = DateTime.UtcNow.ToString("O"), LastError = error, Taken = taken },
            cancellationToken: cancellationToken));
    }

    /// <summary>Whether the feed has given this item before.</summary>
    public async Task<bool> SeenAsync(long feedId, string itemKey, CancellationToken cancellationToken = default)
    {
        await using var connection = await factory.OpenConnectionAsync(cancellationToken);
        return await connection.ExecuteScalarAsync<long>(new CommandDefinition(FeedSql.ItemSeen, new { FeedId = feedId, ItemKey = itemKey }, cancellationToken: cancellationToken)) > 0;
    }

    /// <summary>Remembers an item and what became of it.</summary>
    public async Task MarkAsync(long feedId, string itemKey, string outcome, CancellationToken cancellationToken = default)
    {
        await using var connection = await factory.OpenConnectionAsync(cancellationToken);
        await connection.ExecuteAsync(new CommandDefinition(FeedSql.MarkItem,
            new { FeedId = feedId, ItemKey = itemKey, Outcome = outcome, SeenAt = DateTime.UtcNow.ToString("O") }, cancellationToken: cancellationToken));
    }
}
