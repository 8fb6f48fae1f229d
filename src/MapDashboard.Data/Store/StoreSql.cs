namespace MapDashboard.Data.Store;

/// <summary>The event store's SQL, one place per table.</summary>
internal static class StoreSql
{
    public const string InsertArticle = """
        INSERT INTO articles (content_hash, source, title, outlet, author, published, published_precision, date_evidence, date_set_by_user,
                              original_text, cleaned_text, offset_map, pipeline_version, ingested_at)
        VALUES (@ContentHash, @Source, @Title, @Outlet, @Author, @Published, @PublishedPrecision, @DateEvidence, @DateSetByUser,
                @OriginalText, @CleanedText, @OffsetMap, @PipelineVersion, @IngestedAt)
        RETURNING id
        """;

    public const string UpdateArticle = """
        UPDATE articles SET source = @Source, title = @Title, outlet = @Outlet, author = @Author, published = @Published,
               published_precision = @PublishedPrecision, date_evidence = @DateEvidence, date_set_by_user = @DateSetByUser,
               original_text = @OriginalText, cleaned_text = @CleanedText, offset_map = @OffsetMap, pipeline_version = @PipelineVersion,
               ingested_at = @IngestedAt
        WHERE id = @Id
        """;

    public const string InsertMention = """
        INSERT INTO place_mentions (article_id, text, start_offset, end_offset, resolved, place_id, place_name, lat, lon,
                                    feature_code, country, admin1, precision, confidence, reason, runner_up_id, correction_id)
        VALUES (@ArticleId, @Text, @Start, @End, @Resolved, @PlaceId, @PlaceName, @Lat, @Lon,
                @FeatureCode, @Country, @Admin1, @Precision, @Confidence, @Reason, @RunnerUpId, @CorrectionId)
        """;

    public const string InsertEvent = """
        INSERT INTO events (event_key, date_start, date_end, date_precision, day_start, day_end, type, sub_type, actor1, actor2,
                            assoc_actors, place_id, place_name, admin1, lat, lon, precision, confidence, deleted, correction_id)
        VALUES (@Key, @DateStart, @DateEnd, @DatePrecision, @DayStart, @DayEnd, @Type, @SubType, @Actor1, @Actor2,
                @AssocActors, @PlaceId, @PlaceName, @Admin1, @Lat, @Lon, @Precision, @Confidence, @Deleted, @CorrectionId)
        RETURNING id
        """;

    public const string InsertEventSource = """
        INSERT OR IGNORE INTO event_sources (event_id, article_id, excerpt, excerpt_start, excerpt_end, claimed_by, date_evidence, place_start, place_end)
        VALUES (@EventId, @ArticleId, @Excerpt, @ExcerptStart, @ExcerptEnd, @ClaimedBy, @DateEvidence, @PlaceStart, @PlaceEnd)
        """;

    public const string InsertControlChange = """
        INSERT INTO control_changes (article_id, event_id, place_id, place_name, lat, lon, date, new_controller,
                                     previous_controller, verb, confidence, excerpt_start, excerpt_end)
        VALUES (@ArticleId, @EventId, @PlaceId, @PlaceName, @Lat, @Lon, @Date, @NewController,
                @PreviousController, @Verb, @Confidence, @ExcerptStart, @ExcerptEnd)
        """;

    /// <summary>Removes an article's derived rows, then events no other article reports.</summary>
    public const string DeleteDerived = """
        DELETE FROM place_mentions WHERE article_id = @articleId;
        DELETE FROM correction_articles WHERE article_id = @articleId;
        DELETE FROM control_changes WHERE article_id = @articleId;
        DELETE FROM event_sources WHERE article_id = @articleId;
        DELETE FROM events_rtree WHERE id IN (SELECT e.id FROM events e WHERE NOT EXISTS (SELECT 1 FROM event_sources s WHERE s.event_id = e.id));
        DELETE FROM events WHERE NOT EXISTS (SELECT 1 FROM event_sources s WHERE s.event_id = events.id);
        """;
}
