using System.Data.Common;

namespace MapDashboard.Data.Store;

/// <summary>
/// Writes a new article's rows on PostgreSQL table by table, each table's rows in one multi-row statement
/// (<see cref="MultiRowInsert"/>) instead of one round trip per row, inside the caller's transaction (and savepoint):
/// the rows, their order and the events merged with other reports are what <see cref="ArticleRowWriter"/> writes row by row.
/// </summary>
internal static class PostgresArticleRows
{
    /// <summary>
    /// Writes the rows; <paramref name="bands"/> (<see cref="AppearanceStore.BandRows"/>) go with the last statements, the
    /// event actors, sources and control changes, in one round trip.
    /// </summary>
    public static async Task WriteAsync(DbConnection connection, DbTransaction transaction, StoredArticle article, long articleId, RecordIdKeeper ids,
        IReadOnlyList<object> bands, CancellationToken cancellationToken)
    {
        var mentions = article.Mentions.Select(m =>
            ArticleRowWriter.MentionParameters(m, ids.TakeMention(RecordIdKeeper.MentionKey(m.Start, m.End, m.Text)), articleId)).ToList();
        foreach (var mentionId in await MultiRowInsert.Of(StoreSql.InsertMention(sqlite: false)).QueryAsync<long>(connection, transaction, mentions, cancellationToken))
        {
            ids.Written(RemovedRecordSql.MentionKind, mentionId);
        }
        if (article.Events.Count == 0)
        {
            await MultiRowInsert.Of(AppearanceSql.InsertBand).ExecuteAsync(connection, transaction, bands, cancellationToken);
            return;
        }

        // A new article has no kept ids to give back (those are for an article processed again, written row by row).
        var events = article.Events.Select(e => ArticleRowWriter.EventParameters(e, null)).ToList();
        var inserted = (await MultiRowInsert.Of(StoreSql.InsertEventReturningKey).QueryAsync<(long Id, string Key)>(connection, transaction, events, cancellationToken))
            .ToDictionary(e => e.Key, e => e.Id, StringComparer.Ordinal);
        var eventIds = new long[article.Events.Count];
        var actors = new List<object>();
        for (var i = 0; i < article.Events.Count; i++)
        {
            var stored = article.Events[i];
            // The first report of a key in the statement inserted it; a later one of the same key, or an event another
            // article stored first, is merged into the stored event, as the row-by-row write does.
            if (inserted.Remove(stored.MergeKey, out var eventId))
            {
                actors.AddRange(ArticleRowWriter.Roles(stored).Select(r => (object)new { eventId, actor = r.Actor, role = r.Role }));
            }
            else
            {
                eventId = await ArticleRowWriter.MergeIntoStoredAsync(connection, transaction, stored, cancellationToken);
            }
            eventIds[i] = eventId;
            ids.Written(RemovedRecordSql.EventKind, eventId);
        }
        await MultiRowInsert.ExecuteTogetherAsync(connection, transaction, [
            (MultiRowInsert.Of(StoreSql.InsertEventActor), actors),
            (MultiRowInsert.Of(StoreSql.InsertEventSource), article.Events.Select((e, i) => ArticleRowWriter.SourceParameters(e, eventIds[i], articleId)).ToList()),
            (MultiRowInsert.Of(StoreSql.InsertControlChange),
                article.Events.Select((e, i) => ArticleRowWriter.ControlChangeParameters(e, eventIds[i], articleId)).OfType<object>().ToList()),
            (MultiRowInsert.Of(AppearanceSql.InsertBand), bands),
        ], cancellationToken);
    }
}
