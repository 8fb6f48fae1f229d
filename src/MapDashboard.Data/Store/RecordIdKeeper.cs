using System.Data.Common;
using Dapper;

namespace MapDashboard.Data.Store;

/// <summary>
/// Keeps ids stable while an article is processed again: before its derived rows are deleted, it reads the ids they had
/// (and the tombstones of those an earlier re-processing removed) under their match keys; each new event or mention
/// with the same key gets its old id back; at the end, every old one not given back leaves a tombstone.
/// An event matches on its sentence span, place, type and actors (not its date, which a correction may change), a
/// mention on its span and words.
/// </summary>
internal sealed class RecordIdKeeper
{
    private readonly Dictionary<string, Queue<long>> _events = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Queue<long>> _mentions = new(StringComparer.Ordinal);
    private readonly List<(string Kind, long Id, string Key, bool Tombstone)> _old = [];
    private readonly HashSet<(string Kind, long Id)> _kept = [];

    /// <summary>A keeper with nothing to keep (a new article).</summary>
    public static RecordIdKeeper Empty => new();

    /// <summary>The match key of an event reported by an article.</summary>
    public static string EventKey(long excerptStart, long excerptEnd, string? placeId, string placeName, string type, string? actor1, string? actor2) =>
        string.Join('|', excerptStart, excerptEnd, placeId ?? placeName.ToLowerInvariant(), type, actor1 ?? "", actor2 ?? "");

    /// <summary>The match key of a place mention.</summary>
    public static string MentionKey(long start, long end, string text) => string.Join('|', start, end, text);

    /// <summary>Reads the ids of a stored article's events and mentions, live and removed, before they are deleted.</summary>
    public static async Task<RecordIdKeeper> LoadAsync(DbConnection connection, DbTransaction transaction, long articleId, CancellationToken cancellationToken)
    {
        var keeper = new RecordIdKeeper();
        var events = await connection.QueryAsync<(long Id, long Start, long End, string? PlaceId, string PlaceName, string Type, string? Actor1, string? Actor2)>(
            new CommandDefinition(RemovedRecordSql.ArticleEvents, new { articleId }, transaction, cancellationToken: cancellationToken));
        foreach (var e in events)
        {
            keeper.Add(RemovedRecordSql.EventKind, e.Id, EventKey(e.Start, e.End, e.PlaceId, e.PlaceName, e.Type, e.Actor1, e.Actor2), tombstone: false);
        }
        var mentions = await connection.QueryAsync<(long Id, long Start, long End, string Text)>(
            new CommandDefinition(RemovedRecordSql.ArticleMentions, new { articleId }, transaction, cancellationToken: cancellationToken));
        foreach (var m in mentions)
        {
            keeper.Add(RemovedRecordSql.MentionKind, m.Id, MentionKey(m.Start, m.End, m.Text), tombstone: false);
        }
        foreach (var kind in new[] { RemovedRecordSql.EventKind, RemovedRecordSql.MentionKind })
        {
            var removed = await connection.QueryAsync<(long Id, string Key)>(
                new CommandDefinition(RemovedRecordSql.ArticleTombstones, new { articleId, kind }, transaction, cancellationToken: cancellationToken));
            foreach (var r in removed)
            {
                keeper.Add(kind, r.Id, r.Key, tombstone: true);
            }
        }
        return keeper;
    }

    /// <summary>The old id of an event with this key, if one is left to give back.</summary>
    public long? TakeEvent(string key) => Take(_events, key);

    /// <summary>The old id of a mention with this key, if one is left to give back.</summary>
    public long? TakeMention(string key) => Take(_mentions, key);

    /// <summary>Records the id a new row was written under (an old one given back, or another).</summary>
    public void Written(string kind, long id) => _kept.Add((kind, id));

    /// <summary>
    /// Leaves a tombstone for every old event or mention whose id was not given back (an event only when no other
    /// article still reports it) and removes the tombstones of ids given back.
    /// </summary>
    public async Task FinishAsync(DbConnection connection, DbTransaction transaction, long articleId, RemovalCause cause, CancellationToken cancellationToken)
    {
        var removedAt = DateTime.UtcNow.ToString("O");
        foreach (var (kind, id, key, tombstone) in _old.DistinctBy(o => (o.Kind, o.Id)))
        {
            if (_kept.Contains((kind, id)))
            {
                if (tombstone)
                {
                    await connection.ExecuteAsync(new CommandDefinition(RemovedRecordSql.Delete, new { Kind = kind, Id = id }, transaction, cancellationToken: cancellationToken));
                }
                continue;
            }
            if (tombstone || (kind == RemovedRecordSql.EventKind && await connection.ExecuteScalarAsync<long>(
                    new CommandDefinition(RemovedRecordSql.EventExists, new { id }, transaction, cancellationToken: cancellationToken)) > 0))
            {
                continue; // already a tombstone, or an event another article still reports
            }
            await connection.ExecuteAsync(new CommandDefinition(RemovedRecordSql.Insert, new
            {
                Kind = kind, Id = id, ArticleId = articleId, MatchKey = key, cause.Cause, cause.CorrectionId, RemovedAt = removedAt,
            }, transaction, cancellationToken: cancellationToken));
        }
    }

    private void Add(string kind, long id, string key, bool tombstone)
    {
        _old.Add((kind, id, key, tombstone));
        var map = kind == RemovedRecordSql.EventKind ? _events : _mentions;
        if (!map.TryGetValue(key, out var ids))
        {
            map[key] = ids = new Queue<long>();
        }
        if (!ids.Contains(id))
        {
            ids.Enqueue(id);
        }
    }

    private static long? Take(Dictionary<string, Queue<long>> map, string key) =>
        map.TryGetValue(key, out var ids) && ids.TryDequeue(out var id) ? id : null;
}
