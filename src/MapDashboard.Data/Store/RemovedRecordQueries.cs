using Dapper;

namespace MapDashboard.Data.Store;

/// <summary>
/// What became of an event or place mention id that no longer answers: the tombstone re-processing left, or (for an
/// event) the analyst's deletion that hides it.
/// </summary>
public sealed class RemovedRecordQueries(IStoreConnectionFactory factory)
{
    /// <summary>The removal of an event, or null when the id never was an event's or the event is live.</summary>
    public async Task<RemovedRecord?> FindEventAsync(long id, CancellationToken cancellationToken = default)
    {
        await using var connection = await factory.OpenConnectionAsync(cancellationToken);
        return await connection.QuerySingleOrDefaultAsync<RemovedRecord>(new CommandDefinition(
                   RemovedRecordSql.Find, new { kind = RemovedRecordSql.EventKind, id }, cancellationToken: cancellationToken))
               ?? await connection.QuerySingleOrDefaultAsync<RemovedRecord>(new CommandDefinition(
                   RemovedRecordSql.FindDeletedEvent, new { id }, cancellationToken: cancellationToken));
    }

    /// <summary>The removal of a place mention, or null when the id never was a mention's or the mention is live.</summary>
    public async Task<RemovedRecord?> FindMentionAsync(long id, CancellationToken cancellationToken = default)
    {
        await using var connection = await factory.OpenConnectionAsync(cancellationToken);
        return await connection.QuerySingleOrDefaultAsync<RemovedRecord>(new CommandDefinition(
            RemovedRecordSql.Find, new { kind = RemovedRecordSql.MentionKind, id }, cancellationToken: cancellationToken));
    }
}
