using System.Globalization;
using Dapper;

namespace MapDashboard.Data.Store;

/// <summary>One stored article as listed: its metadata and what the pipeline found in it.</summary>
public sealed class ArticleSummary
{
    public long Id { get; set; }

    public string? Title { get; set; }

    public string? Outlet { get; set; }

    public string? Published { get; set; }

    public string Source { get; set; } = "";

    public long Events { get; set; }

    public long Mentions { get; set; }

    public long Unresolved { get; set; }
}

/// <summary>Lists the stored articles, newest first, by publication window and words of the title, outlet or source.</summary>
public sealed class ArticleQueries(IStoreConnectionFactory factory)
{
    private const string Where = """
        WHERE (@From IS NULL OR a.published >= @From) AND (@To IS NULL OR a.published <= @To)
          AND (@Text IS NULL OR lower(a.title) LIKE @Text ESCAPE '\' OR lower(a.outlet) LIKE @Text ESCAPE '\' OR lower(a.source) LIKE @Text ESCAPE '\')
        """;

    /// <summary>A page of articles and how many match in all.</summary>
    public async Task<(IReadOnlyList<ArticleSummary> Items, long Total)> ListAsync(DateOnly? from, DateOnly? to, string? text, int limit, int offset,
        CancellationToken cancellationToken = default)
    {
        var parameters = new
        {
            From = from?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            To = to?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            Text = string.IsNullOrWhiteSpace(text) ? null : "%" + text.Trim().ToLowerInvariant().Replace(@"\", @"\\").Replace("%", @"\%").Replace("_", @"\_") + "%",
            Limit = limit,
            Offset = offset,
        };
        await using var connection = await factory.OpenConnectionAsync(cancellationToken);
        var items = await connection.QueryAsync<ArticleSummary>(new CommandDefinition($"""
            SELECT a.id AS Id, a.title AS Title, a.outlet AS Outlet, a.published AS Published, a.source AS Source,
                   (SELECT COUNT(DISTINCT s.event_id) FROM event_sources s JOIN events e ON e.id = s.event_id WHERE s.article_id = a.id AND e.deleted = 0) AS Events,
                   (SELECT COUNT(*) FROM place_mentions m WHERE m.article_id = a.id) AS Mentions,
                   (SELECT COUNT(*) FROM place_mentions m WHERE m.article_id = a.id AND m.resolved = 0 AND m.correction_id IS NULL) AS Unresolved
            FROM articles a {Where}
            ORDER BY a.published IS NULL, a.published DESC, a.id DESC LIMIT @Limit OFFSET @Offset
            """, parameters, cancellationToken: cancellationToken));
        var total = await connection.ExecuteScalarAsync<long>(new CommandDefinition($"SELECT COUNT(*) FROM articles a {Where}", parameters, cancellationToken: cancellationToken));
        return (items.AsList(), total);
    }

    /// <summary>One article with its mentions and events, or null.</summary>
    public async Task<ArticleView?> GetViewAsync(long id, CancellationToken cancellationToken = default)
    {
        await using var connection = await factory.OpenConnectionAsync(cancellationToken);
        var article = await connection.QuerySingleOrDefaultAsync<(long Id, string? Title, string? Outlet, string? Published, string Source, string OriginalText, long DateSetByUser,
            string? DateClue, string? DateEvidence, string? DateNote, long DateWeak)?>(new CommandDefinition(
                "SELECT id, title, outlet, published, source, original_text, date_set_by_user, date_clue, date_evidence, date_note, date_weak FROM articles WHERE id = @id",
                new { id }, cancellationToken: cancellationToken));
        if (article is not { } a)
        {
            return null;
        }
        var mentions = await connection.QueryAsync<ArticleMention>(new CommandDefinition("""
            SELECT id AS Id, start_offset AS Start, end_offset AS "End", text AS Text, resolved AS Resolved, place_name AS PlaceName, lat AS Lat, lon AS Lon,
                   precision AS Precision, confidence AS Confidence, reason AS Reason, correction_id AS CorrectionId
            FROM place_mentions WHERE article_id = @id ORDER BY start_offset
            """, new { id }, cancellationToken: cancellationToken));
        var events = await connection.QueryAsync<ArticleEvent>(new CommandDefinition("""
            SELECT e.id AS Id, e.sub_type AS SubType, e.date_start AS DateStart, e.date_end AS DateEnd, e.place_name AS PlaceName, s.excerpt_start AS ExcerptStart, s.excerpt_end AS ExcerptEnd,
                   e.correction_id AS CorrectionId
            FROM event_sources s JOIN events e ON e.id = s.event_id WHERE s.article_id = @id AND e.deleted = 0 ORDER BY s.excerpt_start, e.id
            """, new { id }, cancellationToken: cancellationToken));
        var corrected = await connection.ExecuteScalarAsync<long>(new CommandDefinition(
            "SELECT COUNT(*) FROM correction_articles ca JOIN corrections c ON c.id = ca.correction_id WHERE ca.article_id = @id AND c.target_kind = 'article'",
            new { id }, cancellationToken: cancellationToken));
        return new ArticleView(a.Id, a.Title, a.Outlet, a.Published, a.Source, a.OriginalText, mentions.AsList(), events.AsList(), corrected > 0,
            new ArticleDating(a.DateClue, a.DateEvidence, a.DateNote, a.DateWeak != 0));
    }
}
