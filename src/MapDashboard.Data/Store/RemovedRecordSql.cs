namespace MapDashboard.Data.Store;

/// <summary>
/// The SQL of the removed_records table (the tombstones of events and mentions that re-processing removed) and of the
/// numbering of new events and mentions, which must never hand out an id a tombstone holds.
/// </summary>
internal static class RemovedRecordSql
{
    public const string EventKind = "event";
    public const string MentionKind = "mention";

    public const string ArticleEvents = """
        SELECT e.id, s.excerpt_start, s.excerpt_end, e.place_id, e.place_name, e.type, e.actor1, e.actor2
        FROM event_sources s JOIN events e ON e.id = s.event_id WHERE s.article_id = @articleId ORDER BY s.excerpt_start, e.id
        """;

    public const string ArticleMentions =
        "SELECT id, start_offset, end_offset, text FROM place_mentions WHERE article_id = @articleId ORDER BY start_offset, id";

    public const string ArticleTombstones =
        "SELECT id, match_key FROM removed_records WHERE article_id = @articleId AND kind = @kind ORDER BY id";

    public const string EventExists = "SELECT COUNT(*) FROM events WHERE id = @id";

    public const string Insert = """
        INSERT INTO removed_records (kind, id, article_id, match_key, cause, correction_id, removed_at)
        VALUES (@Kind, @Id, @ArticleId, @MatchKey, @Cause, @CorrectionId, @RemovedAt)
        ON CONFLICT (kind, id) DO UPDATE SET article_id = excluded.article_id, match_key = excluded.match_key, cause = excluded.cause,
            correction_id = excluded.correction_id, removed_at = excluded.removed_at
        """;

    public const string Delete = "DELETE FROM removed_records WHERE kind = @Kind AND id = @Id";

    public const string Find = """
        SELECT kind AS Kind, id AS Id, article_id AS ArticleId, cause AS Cause, correction_id AS CorrectionId, removed_at AS RemovedAt
        FROM removed_records WHERE kind = @kind AND id = @id
        """;

    /// <summary>An event an analyst deleted: its row stays (hidden) so the deletion survives re-processing.</summary>
    public const string FindDeletedEvent = """
        SELECT 'event' AS Kind, e.id AS Id, (SELECT MIN(s.article_id) FROM event_sources s WHERE s.event_id = e.id) AS ArticleId,
               'deleted' AS Cause, e.correction_id AS CorrectionId, c.created_at AS RemovedAt
        FROM events e LEFT JOIN corrections c ON c.id = e.correction_id WHERE e.id = @id AND e.deleted <> 0
        """;

    /// <summary>
    /// The id a new row takes: the kept one (<c>@Id</c>) or the next free one. SQLite numbers a row after the table's
    /// highest id, which would reuse the id of a removed last row: the tombstones' highest counts too. PostgreSQL's
    /// identity sequence never repeats.
    /// </summary>
    public static string NextId(string table, string kind, bool sqlite) => sqlite
        ? $"COALESCE(CAST(@Id AS INTEGER), (SELECT MAX(m) FROM (SELECT MAX(id) AS m FROM {table} UNION ALL SELECT MAX(id) FROM removed_records WHERE kind = '{kind}') ids) + 1)"
        : $"COALESCE(CAST(@Id AS bigint), nextval(pg_get_serial_sequence('{table}', 'id')))";
}
