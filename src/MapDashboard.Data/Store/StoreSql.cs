namespace MapDashboard.Data.Store;

/// <summary>The event store's SQL, one place per table.</summary>
internal static class StoreSql
{
    /// <summary>The stored article with a content hash: its id, pipeline version and outlet.</summary>
    public const string FindArticleByHash = "SELECT id, pipeline_version, outlet FROM articles WHERE content_hash = @ContentHash";

    /// <summary>An outlet renamed by an analyst: the articles credited to it follow (issue #19.5).</summary>
    public const string RenameArticleOutlet = "UPDATE articles SET outlet = @Name WHERE lower(outlet) = lower(@Current)";

    public const string InsertArticle = """
        INSERT INTO articles (content_hash, source, title, outlet, author, published, published_precision, date_evidence, date_set_by_user,
                              date_clue, date_note, date_weak, original_text, cleaned_text, shingles, offset_map, pipeline_version, ingested_at)
        VALUES (@ContentHash, @Source, @Title, @Outlet, @Author, @Published, @PublishedPrecision, @DateEvidence, @DateSetByUser,
                @DateClue, @DateNote, @DateWeak, @OriginalText, @CleanedText, @Shingles, @OffsetMap, @PipelineVersion, @IngestedAt)
        RETURNING id
        """;

    public const string UpdateArticle = """
        UPDATE articles SET source = @Source, title = @Title, outlet = @Outlet, author = @Author, published = @Published,
               published_precision = @PublishedPrecision, date_evidence = @DateEvidence, date_set_by_user = @DateSetByUser,
               date_clue = @DateClue, date_note = @DateNote, date_weak = @DateWeak,
               original_text = @OriginalText, cleaned_text = @CleanedText, shingles = @Shingles, offset_map = @OffsetMap, pipeline_version = @PipelineVersion,
               ingested_at = @IngestedAt
        WHERE id = @Id
        """;

    /// <summary>The insert of a mention under its kept id (<c>@Id</c>) or a new one (<see cref="RemovedRecordSql.NextId"/>).</summary>
    public static string InsertMention(bool sqlite) => sqlite ? MentionSqlite : MentionPostgres;

    private static readonly string MentionSqlite = MentionInsert(true);
    private static readonly string MentionPostgres = MentionInsert(false);

    private static string MentionInsert(bool sqlite) => $"""
        INSERT INTO place_mentions (id, article_id, text, start_offset, end_offset, resolved, place_id, place_name, lat, lon,
                                    feature_code, country, admin1, precision, confidence, reason, runner_up_id, correction_id)
        VALUES ({RemovedRecordSql.NextId("place_mentions", RemovedRecordSql.MentionKind, sqlite)}, @ArticleId, @Text, @Start, @End, @Resolved, @PlaceId, @PlaceName, @Lat, @Lon,
                @FeatureCode, @Country, @Admin1, @Precision, @Confidence, @Reason, @RunnerUpId, @CorrectionId)
        RETURNING id
        """;

    /// <summary>
    /// The insert of an event under its kept id or a new one, unless another article's report of it is there already.
    /// </summary>
    public static string InsertEvent(bool sqlite) => sqlite ? EventSqlite : EventPostgres;

    private static readonly string EventSqlite = EventInsert(true);
    private static readonly string EventPostgres = EventInsert(false);

    /// <summary>
    /// <see cref="InsertEvent"/> on PostgreSQL returning each inserted event's key too (sent for many events at once by
    /// <see cref="MultiRowInsert"/>, which gives back only the rows it inserted).
    /// </summary>
    public static readonly string InsertEventReturningKey = EventInsert(false, "id, event_key");

    private static string EventInsert(bool sqlite, string returning = "id") => $"""
        INSERT INTO events (id, {string.Join(", ", EventColumns.Written.Select(c => c.Column))})
        VALUES ({RemovedRecordSql.NextId("events", RemovedRecordSql.EventKind, sqlite)}, {string.Join(", ", EventColumns.Written.Select(c => "@" + c.Parameter))})
        ON CONFLICT (event_key) DO NOTHING
        RETURNING {returning}
        """;

    /// <summary>A correction an article's processing applied.</summary>
    public const string InsertCorrectionArticle =
        "INSERT INTO correction_articles (correction_id, article_id) VALUES (@correctionId, @articleId) ON CONFLICT DO NOTHING";

    /// <summary>An event's point in the SQLite R*Tree beside the events table (PostgreSQL indexes events.geom itself).</summary>
    public const string InsertEventPoint = "INSERT INTO events_rtree (id, min_lon, max_lon, min_lat, max_lat) VALUES (@eventId, @lon, @lon, @lat, @lat)";

    public const string InsertEventActor = "INSERT INTO event_actors (event_id, actor_id, role) VALUES (@eventId, @actor, @role) ON CONFLICT DO NOTHING";


    public const string InsertEventSource = """
        INSERT INTO event_sources (event_id, article_id, excerpt, excerpt_start, excerpt_end, claimed_by, date_evidence, place_start, place_end)
        VALUES (@EventId, @ArticleId, @Excerpt, @ExcerptStart, @ExcerptEnd, @ClaimedBy, @DateEvidence, @PlaceStart, @PlaceEnd)
        ON CONFLICT DO NOTHING
        """;

    public const string InsertControlChange = """
        INSERT INTO control_changes (article_id, event_id, place_id, place_name, lat, lon, date, new_controller,
                                     previous_controller, verb, confidence, excerpt_start, excerpt_end, location_precision, status)
        VALUES (@ArticleId, @EventId, @PlaceId, @PlaceName, @Lat, @Lon, @Date, @NewController,
                @PreviousController, @Verb, @Confidence, @ExcerptStart, @ExcerptEnd, @LocationPrecision, @Status)
        """;

    /// <summary>
    /// Removes an article's derived rows: the events only it reported (only those: a scan for orphans over the whole
    /// table would also meet rows another writer is adding on PostgreSQL), then its reports of the others.
    /// </summary>
    public const string DeleteDerived = $"""
        DELETE FROM place_mentions WHERE article_id = @articleId;
        DELETE FROM correction_articles WHERE article_id = @articleId;
        DELETE FROM control_changes WHERE article_id = @articleId;
        DELETE FROM events WHERE id IN ({OnlyThisArticle});
        DELETE FROM event_sources WHERE article_id = @articleId;
        """;

    /// <summary><see cref="DeleteDerived"/> with the R*Tree entries of the events it removes (SQLite).</summary>
    public const string DeleteDerivedSqlite = $"""
        DELETE FROM events_rtree WHERE id IN ({OnlyThisArticle});
        {DeleteDerived}
        """;

    /// <summary>The sentence an event of <c>events e</c> is cited by: its first source's, by article then position (the export's notes and fatalities).</summary>
    public const string FirstExcerpt =
        "(SELECT s.excerpt FROM event_sources s WHERE s.event_id = e.id ORDER BY s.article_id, s.excerpt_start LIMIT 1)";

    private const string OnlyThisArticle = """
        SELECT s.event_id FROM event_sources s WHERE s.article_id = @articleId
           AND NOT EXISTS (SELECT 1 FROM event_sources o WHERE o.event_id = s.event_id AND o.article_id <> @articleId)
        """;
}
