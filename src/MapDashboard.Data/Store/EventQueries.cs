using System.Text.Json;
using Dapper;

namespace MapDashboard.Data.Store;

/// <summary>The event store's read side: the indexed queries the dashboard and the API need.</summary>
public sealed class EventQueries
{
    private const string BaseColumns = """
        e.id AS Id, e.date_start AS DateStart, e.date_end AS DateEnd, e.date_precision AS DatePrecision, e.type AS Type,
        e.sub_type AS SubType, e.actor1 AS Actor1, e.actor2 AS Actor2, e.place_id AS PlaceId, e.place_name AS PlaceName,
        e.admin1 AS Admin1, e.lat AS Lat, e.lon AS Lon, e.precision AS Precision, e.confidence AS Confidence,
        (SELECT COUNT(*) FROM event_sources s WHERE s.event_id = e.id) AS SourceCount, e.correction_id AS CorrectionId
        """;

    private readonly IStoreConnectionFactory _factory;
    private readonly EventClusterer _clusterer;

    private string SummaryColumns => BaseColumns + ",\n" + AppearanceSql.CorroborationColumns(_factory.Provider);

    /// <summary>Creates the queries over the database the factory opens.</summary>
    public EventQueries(IStoreConnectionFactory factory)
    {
        _factory = factory;
        _clusterer = new EventClusterer(factory);
        ControlPeriods = new Control.ControlPeriodStore(factory);
    }

    /// <summary>Events matching the query, ordered by date then id.</summary>
    public async Task<IReadOnlyList<EventSummary>> FindAsync(EventQuery query, CancellationToken cancellationToken = default)
    {
        var (where, parameters) = EventFilter.Build(query, _factory.Provider);
        parameters.Add("Limit", Math.Clamp(query.Limit, 1, 100_000));
        parameters.Add("Offset", Math.Max(0, query.Offset));
        var sql = $"SELECT {SummaryColumns} FROM events e {where} ORDER BY e.day_start NULLS FIRST, e.id LIMIT @Limit OFFSET @Offset";
        await using var connection = await _factory.OpenConnectionAsync(cancellationToken);
        return (await connection.QueryAsync<EventSummary>(new CommandDefinition(sql, parameters, cancellationToken: cancellationToken))).AsList();
    }

    /// <summary>
    /// Those of the given events that pass the query's filters (types, actors, article, confidence, area), whatever
    /// its window, with their dates: which reports of a change of control the dashboard's filters keep, and when. Only
    /// the dates are read (a slider step asks for a few hundred events; their corroboration columns would join each
    /// one's sources, articles and copies for nothing).
    /// </summary>
    public async Task<IReadOnlyList<EventDates>> MatchingAsync(EventQuery query, IReadOnlyCollection<long> ids, CancellationToken cancellationToken = default)
    {
        if (ids.Count == 0)
        {
            return [];
        }
        var (where, parameters) = EventFilter.Build(query with { From = null, To = null, UndatedOnly = false }, _factory.Provider);
        parameters.Add("Ids", ids.ToArray());
        var sql = $"SELECT e.id AS Id, e.date_start AS DateStart, e.date_end AS DateEnd FROM events e {where} AND {_factory.Provider.In("e.id", "Ids")} ORDER BY e.id";
        await using var connection = await _factory.OpenConnectionAsync(cancellationToken);
        return (await connection.QueryAsync<EventDates>(new CommandDefinition(sql, parameters, cancellationToken: cancellationToken))).AsList();
    }

    /// <summary>How many events match the query (ignoring paging).</summary>
    public async Task<long> CountAsync(EventQuery query, CancellationToken cancellationToken = default)
    {
        var (where, parameters) = EventFilter.Build(query, _factory.Provider);
        await using var connection = await _factory.OpenConnectionAsync(cancellationToken);
        return await connection.ExecuteScalarAsync<long>(new CommandDefinition($"SELECT COUNT(*) FROM events e {where}", parameters, cancellationToken: cancellationToken));
    }

    /// <summary>One event with its sources, or null when there is no such event.</summary>
    public async Task<EventDetail?> GetAsync(long id, CancellationToken cancellationToken = default)
    {
        await using var connection = await _factory.OpenConnectionAsync(cancellationToken);
        var summary = await connection.QuerySingleOrDefaultAsync<EventSummary>(new CommandDefinition(
            $"SELECT {SummaryColumns} FROM events e WHERE e.id = @id AND e.deleted = 0", new { id }, cancellationToken: cancellationToken));
        if (summary is null)
        {
            return null;
        }
        var assoc = await connection.ExecuteScalarAsync<string>(new CommandDefinition(
            "SELECT assoc_actors FROM events WHERE id = @id", new { id }, cancellationToken: cancellationToken));
        var sources = await connection.QueryAsync<EventSource>(new CommandDefinition("""
            SELECT s.article_id AS ArticleId, a.title AS Title, a.outlet AS Outlet, a.published AS Published, a.source AS Source,
                   s.excerpt AS Excerpt, s.excerpt_start AS ExcerptStart, s.excerpt_end AS ExcerptEnd, s.claimed_by AS ClaimedBy,
                   s.date_evidence AS DateEvidence, s.place_start AS PlaceStart, s.place_end AS PlaceEnd
            FROM event_sources s JOIN articles a ON a.id = s.article_id
            WHERE s.event_id = @id ORDER BY a.published NULLS FIRST, a.id
            """, new { id }, cancellationToken: cancellationToken));
        var articleIds = sources.Select(s => s.ArticleId).Distinct().ToArray();
        var appearances = (await connection.QueryAsync<ArticleAppearance>(new CommandDefinition(AppearanceSql.OfArticles(_factory.Provider),
            new { articleIds }, cancellationToken: cancellationToken))).AsList();
        var outletNames = sources.Select(s => s.Outlet).Concat(appearances.Select(a => a.Outlet)).OfType<string>()
            .Select(o => o.ToLowerInvariant()).Distinct().ToArray();
        var outlets = (await connection.QueryAsync<Outlets.Outlet>(new CommandDefinition(Outlets.OutletSql.Named(_factory.Provider),
            new { names = outletNames }, cancellationToken: cancellationToken))).AsList();
        return new EventDetail(summary, JsonSerializer.Deserialize<List<string>>(assoc ?? "[]") ?? [], sources.AsList())
        {
            Appearances = appearances, OutletFacts = outlets,
        };
    }

    /// <summary>The event a correction shaped last (the id it has after the correction), or null.</summary>
    public async Task<long?> FindCorrectedAsync(long correctionId, CancellationToken cancellationToken = default)
    {
        await using var connection = await _factory.OpenConnectionAsync(cancellationToken);
        return await connection.ExecuteScalarAsync<long?>(new CommandDefinition(
            "SELECT MIN(id) FROM events WHERE correction_id = @correctionId AND deleted = 0", new { correctionId }, cancellationToken: cancellationToken));
    }

    /// <summary>The first article (lowest id) that reports each of the events, by event id.</summary>
    public async Task<IReadOnlyDictionary<long, long>> FirstArticlesAsync(IReadOnlyList<long> eventIds, CancellationToken cancellationToken = default)
    {
        await using var connection = await _factory.OpenConnectionAsync(cancellationToken);
        var rows = await connection.QueryAsync<(long EventId, long ArticleId)>(new CommandDefinition(
            $"SELECT event_id, MIN(article_id) FROM event_sources WHERE {_factory.Provider.In("event_id", "Ids")} GROUP BY event_id",
            new { Ids = eventIds.ToArray() }, cancellationToken: cancellationToken));
        return rows.ToDictionary(r => r.EventId, r => r.ArticleId);
    }

    /// <summary>The first and last day any dated event covers, or null when no event is dated.</summary>
    public async Task<(DateOnly First, DateOnly Last)?> GetDateSpanAsync(CancellationToken cancellationToken = default)
    {
        await using var connection = await _factory.OpenConnectionAsync(cancellationToken);
        // Two index searches, not a scan: the first start from the start of the window index; the last end among the events
        // that start within the longest event's length of the last start (no other can end later).
        var span = await connection.QuerySingleAsync<(long? First, long? Last)>(new CommandDefinition($"""
            SELECT (SELECT MIN(day_start) FROM events WHERE deleted = 0 AND day_start IS NOT NULL),
                   (SELECT MAX(day_end) FROM events WHERE deleted = 0
                     AND day_start >= (SELECT MAX(day_start) FROM events WHERE deleted = 0) - {EventFilter.LongestSpan})
            """, cancellationToken: cancellationToken));
        return span.First is { } first && span.Last is { } last
            ? (DateOnly.FromDayNumber((int)first), DateOnly.FromDayNumber((int)last))
            : null;
    }

    /// <summary>
    /// How many place mentions could not be located in the articles published in a window (all articles when both
    /// ends are null): mentioned, listed for review, never drawn.
    /// </summary>
    public async Task<long> CountUnresolvedMentionsAsync(DateOnly? from, DateOnly? to, long? articleId = null, CancellationToken cancellationToken = default)
    {
        await using var connection = await _factory.OpenConnectionAsync(cancellationToken);
        return await connection.ExecuteScalarAsync<long>(new CommandDefinition("""
            SELECT COUNT(*) FROM place_mentions m JOIN articles a ON a.id = m.article_id
            WHERE m.resolved = 0 AND m.correction_id IS NULL
              AND (@From IS NULL OR a.published >= @From) AND (@To IS NULL OR a.published <= @To)
              AND (@ArticleId IS NULL OR a.id = @ArticleId)
            """, new { From = from?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), To = to?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), ArticleId = articleId },
            cancellationToken: cancellationToken));
    }

    /// <summary>
    /// The unlocated place mentions <see cref="CountUnresolvedMentionsAsync"/> counts, per publication date of their
    /// articles (null: undated articles), in one pass: a count for any window is then a sum over these dates.
    /// </summary>
    public async Task<IReadOnlyList<(string? Published, long Count)>> CountUnresolvedMentionsByDateAsync(CancellationToken cancellationToken = default)
    {
        await using var connection = await _factory.OpenConnectionAsync(cancellationToken);
        return (await connection.QueryAsync<(string? Published, long Count)>(new CommandDefinition("""
            SELECT a.published, COUNT(*) FROM place_mentions m JOIN articles a ON a.id = m.article_id
            WHERE m.resolved = 0 AND m.correction_id IS NULL GROUP BY a.published
            """, cancellationToken: cancellationToken))).AsList();
    }

    /// <summary>How many dated events start in each month ("yyyy-MM"), for the time slider's histogram.</summary>
    public async Task<IReadOnlyList<(string Month, long Count)>> CountByMonthAsync(CancellationToken cancellationToken = default)
    {
        await using var connection = await _factory.OpenConnectionAsync(cancellationToken);
        // Grouped by day_start (the same date as date_start), which the window index holds in order: one scan of the index,
        // no sort and no read of the table's rows; the days are summed into months here.
        var days = await connection.QueryAsync<(long Day, long Count)>(new CommandDefinition(
            "SELECT day_start, COUNT(*) FROM events WHERE deleted = 0 AND day_start IS NOT NULL GROUP BY day_start ORDER BY day_start",
            cancellationToken: cancellationToken));
        var months = new List<(string Month, long Count)>();
        foreach (var (day, count) in days)
        {
            var month = DateOnly.FromDayNumber((int)day).ToString("yyyy-MM", System.Globalization.CultureInfo.InvariantCulture);
            if (months.Count > 0 && months[^1].Month == month)
            {
                months[^1] = (month, months[^1].Count + count);
            }
            else
            {
                months.Add((month, count));
            }
        }
        return months;
    }

    /// <summary>The control periods of every source (baseline snapshot, articles, ACLED, corrections).</summary>
    public Control.ControlPeriodStore ControlPeriods { get; }

    /// <summary>Every control change of every source, oldest first: the beginnings of the stored control periods.</summary>
    public async Task<IReadOnlyList<Core.Control.ControlChange>> GetControlChangesAsync(CancellationToken cancellationToken = default) =>
        Control.ControlPeriodChanges.From(await ControlPeriods.ListAsync(cancellationToken));

    /// <summary>
    /// Server-side clustering for a map view: counts the window's events and groups those inside <paramref name="view"/>
    /// into square cells of <paramref name="cellDegrees"/> (see <see cref="EventClusterer"/>).
    /// </summary>
    public Task<EventClusters> ClusterAsync(EventQuery query, BoundingBox view, double cellDegrees, CancellationToken cancellationToken = default) =>
        _clusterer.ClusterAsync(query, view, cellDegrees, cancellationToken);

    /// <summary>The WHERE clause and parameters of a query, for other readers of the store (export).</summary>
    internal static (string Where, DynamicParameters Parameters) Filter(EventQuery query, StoreProvider provider) => EventFilter.Build(query, provider);
}
