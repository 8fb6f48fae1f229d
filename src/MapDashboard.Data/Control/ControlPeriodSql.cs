namespace MapDashboard.Data.Control;

/// <summary>The control_periods table's SQL, in one place.</summary>
internal static class ControlPeriodSql
{
    public const string Columns = """
        id, place_id, place_name, lat, lon, kind, controller, claimed_status, status, valid_from, valid_to, source, confidence,
        evidence, snapshot, article_id, event_id, verb, note, location_precision
        """;

    public const string Insert = """
        INSERT INTO control_periods (place_id, place_name, lat, lon, kind, controller, claimed_status, status, valid_from, source, confidence,
                                     evidence, snapshot, verb, note, location_precision, created_at)
        VALUES (@PlaceId, @PlaceName, @Lat, @Lon, @Kind, @Controller, @Status, @Status, @ValidFrom, @Source, @Confidence,
                @Evidence, @Snapshot, @Verb, @Note, @LocationPrecision, @CreatedAt)
        RETURNING id
        """;

    /// <summary>An article's control changes (already written to control_changes) as its periods.</summary>
    public const string InsertFromArticle = """
        INSERT INTO control_periods (place_id, place_name, lat, lon, controller, valid_from, source, confidence, evidence, article_id, event_id, verb,
                                     location_precision, claimed_status, status, created_at)
        SELECT place_id, place_name, lat, lon, new_controller, date, 'article', confidence,
               '/article/' || article_id || CASE WHEN event_id IS NULL THEN '' ELSE '?event=' || event_id END, article_id, event_id, verb,
               location_precision, status, status, @CreatedAt
        FROM control_changes WHERE article_id = @articleId AND date IS NOT NULL
        """;

    /// <summary>Every article's control changes as periods (stores written in bulk, without the article writer).</summary>
    public static readonly string InsertFromAllArticles = InsertFromArticle.Replace("article_id = @articleId AND ", "", StringComparison.Ordinal);

    public const string DeleteAllArticles = "DELETE FROM control_periods WHERE source = 'article'";

    /// <summary>The places and days an article's periods start on.</summary>
    public const string DatesOfArticle = "SELECT DISTINCT place_id, valid_from FROM control_periods WHERE source = 'article' AND article_id = @articleId";

    public const string DeleteOfArticle = "DELETE FROM control_periods WHERE source = 'article' AND article_id = @articleId";

    public const string PlacesOfSnapshot = "SELECT DISTINCT place_id FROM control_periods WHERE source = @source AND snapshot = @snapshot";

    public const string DeleteOfSnapshot = "DELETE FROM control_periods WHERE source = @source AND snapshot = @snapshot";

    public const string HasSource = "SELECT COUNT(*) FROM control_periods WHERE source = @source";

    public const string SelectAll = $"SELECT {Columns} FROM control_periods ORDER BY valid_from, id";

    public const string SelectOfPlace = $"SELECT {Columns} FROM control_periods WHERE place_id = @placeId ORDER BY valid_from, id";

    public const string SelectById = $"SELECT {Columns} FROM control_periods WHERE id = @id";

    public const string DeleteCorrection = "DELETE FROM control_periods WHERE id = @id AND source = 'correction'";

    /// <summary>
    /// <see cref="Rechain"/> of only the periods of place <c>@place</c> that a period added or removed on day <c>@from</c>
    /// can change, when the place's other periods were chained before: those starting that day (their end, and whether
    /// another source disputes them) and those of the place's latest earlier day (their end). A later period's end and
    /// status, and an earlier one's, do not depend on that day's periods.
    /// </summary>
    public static readonly string RechainAround = Rechain("""
        place_id = @place AND valid_from <= @from
        AND valid_from >= COALESCE((SELECT MAX(p.valid_from) FROM control_periods p WHERE p.place_id = @place AND p.valid_from < @from), @from)
        """);

    /// <summary>
    /// Chains the periods of the places in <paramref name="filter"/>: each ends where the place's next begins; a period
    /// another source disputes on the same day (another side, no analyst's correction that day) is contested.
    /// </summary>
    public static string Rechain(string filter) => $"""
        UPDATE control_periods SET
            valid_to = (SELECT MIN(n.valid_from) FROM control_periods n
                        WHERE n.place_id = control_periods.place_id AND n.valid_from > control_periods.valid_from),
            status = CASE
                WHEN control_periods.source <> 'correction'
                     AND EXISTS (SELECT 1 FROM control_periods o WHERE o.place_id = control_periods.place_id
                                 AND o.valid_from = control_periods.valid_from AND o.controller <> control_periods.controller)
                     AND NOT EXISTS (SELECT 1 FROM control_periods c WHERE c.place_id = control_periods.place_id
                                     AND c.valid_from = control_periods.valid_from AND c.source = 'correction')
                THEN 'contested' ELSE claimed_status END
        WHERE {filter}
        """;
}
