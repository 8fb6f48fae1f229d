using Dapper;

namespace MapDashboard.Data.Corrections;

/// <summary>What a review item asks the analyst to check.</summary>
public enum ReviewKind
{
    /// <summary>A place mention left unresolved or resolved with low confidence.</summary>
    Mention,

    /// <summary>An event whose date is only a week, a month or a span.</summary>
    AmbiguousDate,

    /// <summary>An article with no trustworthy publication date (its events are undated).</summary>
    UndatedArticle,

    /// <summary>An article dated from a weak clue (a URL or file name, a modification date, a guessed year).</summary>
    WeakArticleDate,
}

/// <summary>One item of the review queue; <see cref="EventsAffected"/> is what fixing it would change.</summary>
public sealed class ReviewItem
{
    public ReviewKind Kind { get; set; }

    /// <summary>The mention's, event's or article's id, by <see cref="Kind"/>.</summary>
    public long Id { get; set; }

    public long ArticleId { get; set; }

    public string ArticleTitle { get; set; } = "";

    /// <summary>The mention's words, the event's type and place, or the article's title.</summary>
    public string Text { get; set; } = "";

    /// <summary>Why it is in the queue.</summary>
    public string Detail { get; set; } = "";

    public double? Confidence { get; set; }

    public long EventsAffected { get; set; }
}

/// <summary>
/// The review queue: unresolved and low-confidence mentions, events with ambiguous dates, undated articles and articles
/// dated from a weak clue, most
/// consequential first (by the number of events fixing the item would change). Items an analyst corrected leave it.
/// </summary>
public sealed class ReviewQueue(IStoreConnectionFactory factory)
{
    /// <summary>Mentions resolved with less confidence than this are listed.</summary>
    public const double LowConfidence = 0.5;

    private const string Items = """
        SELECT CAST(0 AS BIGINT) AS Kind, m.id AS Id, m.article_id AS ArticleId, COALESCE(a.title, a.source) AS ArticleTitle, m.text AS Text,
               CASE WHEN m.resolved = 0 THEN 'unresolved: ' || m.reason
                    ELSE 'low confidence: ' || m.place_name || ' (' || m.reason || ')' END AS Detail,
               m.confidence AS Confidence,
               (SELECT COUNT(*) FROM event_sources s JOIN events e ON e.id = s.event_id
                WHERE s.article_id = m.article_id AND s.place_start = m.start_offset AND e.deleted = 0) AS EventsAffected
        FROM place_mentions m JOIN articles a ON a.id = m.article_id
        WHERE m.correction_id IS NULL AND (m.resolved = 0 OR m.confidence < @LowConfidence) AND @Mentions = 1
        UNION ALL
        SELECT 1, e.id, (SELECT MIN(s.article_id) FROM event_sources s WHERE s.event_id = e.id),
               (SELECT COALESCE(a.title, a.source) FROM event_sources s JOIN articles a ON a.id = s.article_id WHERE s.event_id = e.id ORDER BY a.id LIMIT 1),
               e.sub_type || ' at ' || e.place_name,
               'dated only to the ' || e.date_precision || ': ' || e.date_start || CASE WHEN e.date_end <> e.date_start THEN ' to ' || e.date_end ELSE '' END,
               e.confidence, 1
        FROM events e
        WHERE e.deleted = 0 AND e.correction_id IS NULL AND e.date_start IS NOT NULL AND e.date_precision <> 'day' AND @Dates = 1
        UNION ALL
        SELECT 2, a.id, a.id, COALESCE(a.title, a.source), COALESCE(a.title, a.source),
               'undated: ' || COALESCE(a.date_evidence, 'no publication date found'), NULL,
               (SELECT COUNT(DISTINCT s.event_id) FROM event_sources s WHERE s.article_id = a.id)
        FROM articles a
        WHERE a.published IS NULL AND @Undated = 1
        UNION ALL
        SELECT 3, a.id, a.id, COALESCE(a.title, a.source), COALESCE(a.title, a.source),
               'dated ' || a.published || ' from a weak clue (' || COALESCE(a.date_clue, 'unknown') || '): ' || COALESCE(a.date_evidence, '')
                   || COALESCE('; ' || a.date_note, ''), NULL,
               (SELECT COUNT(DISTINCT s.event_id) FROM event_sources s WHERE s.article_id = a.id)
        FROM articles a
        WHERE a.published IS NOT NULL AND a.date_weak = 1 AND @Weak = 1
        """;

    /// <summary>A page of the queue (optionally one kind), most consequential first.</summary>
    public async Task<IReadOnlyList<ReviewItem>> ListAsync(ReviewKind? kind = null, int limit = 100, int offset = 0, CancellationToken cancellationToken = default)
    {
        await using var connection = await factory.OpenConnectionAsync(cancellationToken);
        var rows = await connection.QueryAsync<ReviewItem>(new CommandDefinition(
            $"{Items} ORDER BY EventsAffected DESC, Kind, Id LIMIT @limit OFFSET @offset",
            Parameters(kind, new { limit = Math.Clamp(limit, 1, 1000), offset = Math.Max(offset, 0) }), cancellationToken: cancellationToken));
        return rows.AsList();
    }

    /// <summary>How many items of each kind wait.</summary>
    public async Task<IReadOnlyDictionary<ReviewKind, long>> CountAsync(CancellationToken cancellationToken = default)
    {
        await using var connection = await factory.OpenConnectionAsync(cancellationToken);
        var rows = await connection.QueryAsync<(long Kind, long Count)>(new CommandDefinition(
            $"SELECT Kind, COUNT(*) FROM ({Items}) AS items GROUP BY Kind", Parameters(null, null), cancellationToken: cancellationToken));
        var counts = Enum.GetValues<ReviewKind>().ToDictionary(k => k, _ => 0L);
        foreach (var (k, count) in rows)
        {
            counts[(ReviewKind)k] = count;
        }
        return counts;
    }

    /// <summary>One mention for review: its words, what the geoparser decided, and the sentence around it; null when there is none.</summary>
    public async Task<MentionForReview?> GetMentionAsync(long mentionId, CancellationToken cancellationToken = default)
    {
        await using var connection = await factory.OpenConnectionAsync(cancellationToken);
        var mention = await connection.QuerySingleOrDefaultAsync<MentionForReview>(new CommandDefinition("""
            SELECT m.id AS Id, m.article_id AS ArticleId, COALESCE(a.title, a.source) AS ArticleTitle, m.text AS Text, m.start_offset AS Start,
                   m.end_offset AS "End", m.resolved AS Resolved, m.place_id AS PlaceId, m.place_name AS PlaceName, m.lat AS Lat, m.lon AS Lon,
                   m.confidence AS Confidence, m.reason AS Reason, m.runner_up_id AS RunnerUpId, m.correction_id AS CorrectionId,
                   substr(a.original_text, CAST(CASE WHEN m.start_offset > 400 THEN m.start_offset - 399 ELSE 1 END AS INTEGER),
                          CAST(CASE WHEN m.start_offset < 400 THEN m.start_offset ELSE 400 END + (m.end_offset - m.start_offset) + 400 AS INTEGER)) AS Context,
                   CASE WHEN m.start_offset > 400 THEN m.start_offset - 400 ELSE 0 END AS ContextStart
            FROM place_mentions m JOIN articles a ON a.id = m.article_id WHERE m.id = @mentionId
            """, new { mentionId }, cancellationToken: cancellationToken));
        if (mention is null)
        {
            return null;
        }
        mention.Sentence = SentenceAround(mention.Context, (int)(mention.Start - mention.ContextStart), (int)(mention.End - mention.ContextStart), out var offset);
        mention.SentenceMentionStart = offset;
        mention.EventsAffected = await connection.ExecuteScalarAsync<long>(new CommandDefinition("""
            SELECT COUNT(*) FROM event_sources s JOIN events e ON e.id = s.event_id
            WHERE s.article_id = @ArticleId AND s.place_start = @Start AND e.deleted = 0
            """, new { mention.ArticleId, mention.Start }, cancellationToken: cancellationToken));
        mention.SameFormElsewhere = await connection.ExecuteScalarAsync<long>(new CommandDefinition(
            "SELECT COUNT(*) FROM place_mentions WHERE text = @Text AND article_id <> @ArticleId", new { mention.Text, mention.ArticleId }, cancellationToken: cancellationToken));
        return mention;
    }

    /// <summary>Where the article's resolved place mentions lie: its region, by which a reviewer's candidates are ordered.</summary>
    public async Task<IReadOnlyList<(double Lat, double Lon)>> GetArticlePlacesAsync(long articleId, CancellationToken cancellationToken = default)
    {
        await using var connection = await factory.OpenConnectionAsync(cancellationToken);
        var rows = await connection.QueryAsync<(double Lat, double Lon)>(new CommandDefinition(
            "SELECT lat, lon FROM place_mentions WHERE article_id = @articleId AND resolved = 1 AND lat IS NOT NULL AND lon IS NOT NULL",
            new { articleId }, cancellationToken: cancellationToken));
        return rows.Distinct().ToList();
    }

    /// <summary>The id a mention has now (processing an article again stores its mentions anew), by article and offset; null when gone.</summary>
    public async Task<long?> FindMentionAsync(long articleId, long start, CancellationToken cancellationToken = default)
    {
        await using var connection = await factory.OpenConnectionAsync(cancellationToken);
        return await connection.ExecuteScalarAsync<long?>(new CommandDefinition(
            "SELECT MIN(id) FROM place_mentions WHERE article_id = @articleId AND start_offset = @start", new { articleId, start }, cancellationToken: cancellationToken));
    }

    /// <summary>The sentence of a text window holding the span [start, end): from the last stop or line break before it to the next after it.</summary>
    private static string SentenceAround(string text, int start, int end, out int mentionOffset)
    {
        start = Math.Clamp(start, 0, text.Length);
        end = Math.Clamp(end, start, text.Length);
        var from = start;
        while (from > 0 && !(text[from - 1] is '\n' || (text[from - 1] is ' ' && from >= 2 && text[from - 2] is '.' or '!' or '?')))
        {
            from--;
        }
        var to = end;
        while (to < text.Length && text[to] is not ('\n' or '.' or '!' or '?'))
        {
            to++;
        }
        to = Math.Min(text.Length, to + 1);
        mentionOffset = start - from;
        return text[from..to].TrimEnd();
    }

    private static DynamicParameters Parameters(ReviewKind? kind, object? extra)
    {
        var parameters = new DynamicParameters(extra);
        parameters.Add("LowConfidence", LowConfidence);
        parameters.Add("Mentions", kind is null or ReviewKind.Mention ? 1 : 0);
        parameters.Add("Dates", kind is null or ReviewKind.AmbiguousDate ? 1 : 0);
        parameters.Add("Undated", kind is null or ReviewKind.UndatedArticle ? 1 : 0);
        parameters.Add("Weak", kind is null or ReviewKind.WeakArticleDate ? 1 : 0);
        return parameters;
    }
}

/// <summary>A place mention as the review page shows it.</summary>
public sealed class MentionForReview
{
    public long Id { get; set; }

    public long ArticleId { get; set; }

    public string ArticleTitle { get; set; } = "";

    public string Text { get; set; } = "";

    public long Start { get; set; }

    public long End { get; set; }

    public bool Resolved { get; set; }

    public string? PlaceId { get; set; }

    public string? PlaceName { get; set; }

    public double? Lat { get; set; }

    public double? Lon { get; set; }

    public double Confidence { get; set; }

    public string Reason { get; set; } = "";

    public string? RunnerUpId { get; set; }

    public long? CorrectionId { get; set; }

    /// <summary>Up to 400 characters of the article either side of the mention.</summary>
    public string Context { get; set; } = "";

    public long ContextStart { get; set; }

    /// <summary>The sentence the mention is in, and where the mention starts in it.</summary>
    public string Sentence { get; set; } = "";

    public int SentenceMentionStart { get; set; }

    public long EventsAffected { get; set; }

    /// <summary>How many mentions with the same words other articles hold (what an everywhere correction would reach).</summary>
    public long SameFormElsewhere { get; set; }
}
