using Dapper;

namespace MapDashboard.Data.Feeds;

/// <summary>The feed subscriptions and the items each has given (feeds, feed_items); a feed belongs to the outlet of its name.</summary>
public sealed class FeedStore(IStoreConnectionFactory factory)
{
    /// <summary>
    /// Subscribes to a feed belonging to the outlet <paramref name="outlet"/> (added with no facts when the outlets table
    /// lacks it; null: the feed's own title names it at the first poll); returns its id, or null when the URL is subscribed already.
    /// </summary>
    public async Task<long?> AddAsync(string url, string? outlet, int intervalMinutes = 30, CancellationToken cancellationToken = default)
    {
        if (!Uri.TryCreate(url, UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https"))
        {
            throw new ArgumentException($"'{url}' is not an http or https address.", nameof(url));
        }
        if (intervalMinutes is < 1 or > 10080)
        {
            throw new ArgumentException($"The polling interval must be 1 to 10080 minutes, not {intervalMinutes}.", nameof(intervalMinutes));
        }
        var name = string.IsNullOrWhiteSpace(outlet) ? null : outlet.Trim();
        if (name is not null && Outlets.OutletValidator.Check(new Outlets.Outlet { Name = name }) is { Count: > 0 } problems)
        {
            throw new ArgumentException($"The outlet: {problems[0].Message}", nameof(outlet));
        }
        await using var connection = await factory.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        if (name is not null)
        {
            await connection.ExecuteAsync(new CommandDefinition(Outlets.OutletSql.AddName, new { Name = name }, transaction, cancellationToken: cancellationToken));
            name = await connection.ExecuteScalarAsync<string>(new CommandDefinition(Outlets.OutletSql.StoredName, new { Name = name }, transaction, cancellationToken: cancellationToken));
        }
        var id = await connection.ExecuteScalarAsync<long?>(new CommandDefinition(FeedSql.Insert,
            new { Url = uri.AbsoluteUri, Name = name, IntervalMinutes = intervalMinutes, CreatedAt = DateTime.UtcNow.ToString("O") },
            transaction, cancellationToken: cancellationToken));
        if (id is null)
        {
            // Subscribed already: nothing changes, not even the outlets.
            return null;
        }
        await transaction.CommitAsync(cancellationToken);
        return id;
    }

    /// <summary>Names the outlet of a feed added without one (after the feed's own title), adding the outlet when new; returns its stored spelling.</summary>
    public async Task<string?> NameOutletAsync(long id, string title, CancellationToken cancellationToken = default)
    {
        var name = title.Trim();
        if (Outlets.OutletValidator.Check(new Outlets.Outlet { Name = name }).Count > 0)
        {
            return null;
        }
        await using var connection = await factory.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        await connection.ExecuteAsync(new CommandDefinition(Outlets.OutletSql.AddName, new { Name = name }, transaction, cancellationToken: cancellationToken));
        var stored = await connection.ExecuteScalarAsync<string>(new CommandDefinition(Outlets.OutletSql.StoredName, new { Name = name }, transaction, cancellationToken: cancellationToken));
        await connection.ExecuteAsync(new CommandDefinition(FeedSql.SetOutlet, new { Id = id, Name = stored }, transaction, cancellationToken: cancellationToken));
        await transaction.CommitAsync(cancellationToken);
        return stored;
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
