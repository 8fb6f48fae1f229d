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
}
