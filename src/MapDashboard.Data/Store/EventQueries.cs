using System.Text;
using System.Text.Json;
using Dapper;

namespace MapDashboard.Data.Store;

/// <summary>The event store's read side: the indexed queries the dashboard and the API need.</summary>
public sealed class EventQueries
{
    private const string SummaryColumns = """
        e.id AS Id, e.date_start AS DateStart, e.date_end AS DateEnd, e.date_precision AS DatePrecision, e.type AS Type,
        e.sub_type AS SubType, e.actor1 AS Actor1, e.actor2 AS Actor2, e.place_id AS PlaceId, e.place_name AS PlaceName,
        e.admin1 AS Admin1, e.lat AS Lat, e.lon AS Lon, e.precision AS Precision, e.confidence AS Confidence,
        (SELECT COUNT(*) FROM event_sources s WHERE s.event_id = e.id) AS SourceCount, e.correction_id AS CorrectionId
        """;

    private readonly IStoreConnectionFactory _factory;

    /// <summary>Creates the queries over the database the factory opens.</summary>
    public EventQueries(IStoreConnectionFactory factory) => _factory = factory;

    /// <summary>Events matching the query, ordered by date then id.</summary>
    public async Task<IReadOnlyList<EventSummary>> FindAsync(EventQuery query, CancellationToken cancellationToken = default)
    {
        var (where, parameters) = BuildFilter(query, _factory.Provider);
        parameters.Add("Limit", Math.Clamp(query.Limit, 1, 100_000));
        parameters.Add("Offset", Math.Max(0, query.Offset));
        var sql = $"SELECT {SummaryColumns} FROM events e {where} ORDER BY e.day_start NULLS FIRST, e.id LIMIT @Limit OFFSET @Offset";
        await using var connection = await _factory.OpenConnectionAsync(cancellationToken);
        return (await connection.QueryAsync<EventSummary>(new CommandDefinition(sql, parameters, cancellationToken: cancellationToken))).AsList();
    }

    /// <summary>How many events match the query (ignoring paging).</summary>
    public async Task<long> CountAsync(EventQuery query, CancellationToken cancellationToken = default)
    {
        var (where, parameters) = BuildFilter(query, _factory.Provider);
        await using var connection = await _factory.OpenConnectionAsync(cancellationToken);
        return await connection.ExecuteScalarAsync<long>(new CommandDefinition($"SELECT COUNT(*) FROM events e {where}", parameters, cancellationToken: cancellationToken));
    }

    /// <summary>
    /// Server-side clustering for a map view: counts the window's events and groups those inside <paramref name="view"/>
    /// into square cells of <paramref name="cellDegrees"/>. The window's whole calendar months come from the
    /// pre-aggregated <c>event_grid</c> (per month, 0.1-degree cell and type; kept exact by triggers), so the cost grows with
    /// months and places, not with events; partial months, multi-day events and filters the grid cannot answer (actors,
    /// confidence, article, sub-types) are read from the events, restricted to the view inside SQLite. A cell holding one
    /// event carries that event's id, type and sub-type. The browser receives at most one feature per cell.
    /// </summary>
    public async Task<EventClusters> ClusterAsync(EventQuery query, BoundingBox view, double cellDegrees, CancellationToken cancellationToken = default)
    {
        view.Validate();
        if (!(cellDegrees > 0) || double.IsInfinity(cellDegrees))
        {
            throw new ArgumentOutOfRangeException(nameof(cellDegrees), cellDegrees, "The cell size must be a positive number of degrees.");
        }
        var columns = (long)Math.Ceiling((view.MaxLon - view.MinLon) / cellDegrees) + 1;
        var cells = new Dictionary<long, CellSum>();
        void Add(double lat, double lon, long n, double sumLat, double sumLon, long id)
        {
            if (lon < view.MinLon || lon > view.MaxLon || lat < view.MinLat || lat > view.MaxLat)
            {
                return;
            }
            var key = (long)((lat - view.MinLat) / cellDegrees) * columns + (long)((lon - view.MinLon) / cellDegrees);
            cells[key] = cells.TryGetValue(key, out var c) ? new CellSum(c.Count + n, c.SumLat + sumLat, c.SumLon + sumLon, c.Id) : new CellSum(n, sumLat, sumLon, id);
        }

        var (where, parameters) = BuildFilter(query with { Bounds = null }, _factory.Provider);
        await using var connection = await _factory.OpenConnectionAsync(cancellationToken);
        long total = 0;
        // The events to read one by one: the whole window, or with whole months on the grid, the partial months on
        // either side and the irregular events of the whole months, each as a single index range (never a scan of the
        // grid's events). They reuse the window's @FromDay and @ToDay.
        var rest = new[] { where };
        if (GridMonths(query) is { } months)
        {
            var (gridWhere, gridParameters) = ("WHERE month BETWEEN @FirstMonth AND @LastMonth", new DynamicParameters(new { months.FirstMonth, months.LastMonth }));
            if (query.Types.Count > 0)
            {
                gridWhere += " AND " + _factory.Provider.In("type", "Types");
                gridParameters.Add("Types", query.Types.ToArray());
            }
            await using (var reader = await connection.ExecuteReaderAsync(new CommandDefinition(
                $"SELECT n, sum_lat, sum_lon, any_id FROM event_grid {gridWhere}", gridParameters, cancellationToken: cancellationToken)))
            {
                while (await reader.ReadAsync(cancellationToken))
                {
                    var n = reader.GetInt64(0);
                    var sumLat = reader.GetDouble(1);
                    var sumLon = reader.GetDouble(2);
                    total += n;
                    Add(sumLat / n, sumLon / n, n, sumLat, sumLon, reader.IsDBNull(3) ? 0 : reader.GetInt64(3));
                }
            }
            parameters.Add("GridFirstDay", months.FirstDay);
            parameters.Add("GridLastDay", months.LastDay);
            var (untimed, _) = BuildFilter(query with { Bounds = null, From = null, To = null }, _factory.Provider);
            rest =
            [
                query.From is null
                    ? $"{untimed} AND e.day_start < @GridFirstDay"
                    : $"{untimed} AND e.day_start >= @FromDay - {LongestSpan} AND e.day_start < @GridFirstDay AND e.day_end >= @FromDay",
                $"{untimed} AND e.day_start > @GridLastDay AND e.day_start <= @ToDay",
                $"{untimed} AND e.day_start BETWEEN @GridFirstDay AND @GridLastDay AND (day_start <> day_end OR lat IS NULL OR lon IS NULL)",
            ];
        }
        total += await connection.ExecuteScalarAsync<long>(new CommandDefinition(
            "SELECT " + string.Join(" + ", rest.Select(w => $"(SELECT COUNT(*) FROM events e {w})")), parameters, cancellationToken: cancellationToken));
        parameters.AddDynamicParams(new { ViewWest = view.MinLon, ViewSouth = view.MinLat, ViewEast = view.MaxLon, ViewNorth = view.MaxLat });
        var inView = " AND e.lat BETWEEN @ViewSouth AND @ViewNorth AND e.lon BETWEEN @ViewWest AND @ViewEast";
        await using (var reader = await connection.ExecuteReaderAsync(new CommandDefinition(
            string.Join(" UNION ALL ", rest.Select(w => $"SELECT e.lon, e.lat, e.id FROM events e {w}{inView}")), parameters, cancellationToken: cancellationToken)))
        {
            while (await reader.ReadAsync(cancellationToken))
            {
                var lon = reader.GetDouble(0);
                var lat = reader.GetDouble(1);
                Add(lat, lon, 1, lat, lon, reader.GetInt64(2));
            }
        }

        var singles = cells.Values.Where(c => c.Count == 1).Select(c => c.Id).ToList();
        var kinds = new Dictionary<long, (string Type, string SubType)>();
        foreach (var chunk in singles.Chunk(900))
        {
            foreach (var row in await connection.QueryAsync<(long Id, string Type, string SubType)>(new CommandDefinition(
                "SELECT id, type, sub_type FROM events WHERE " + _factory.Provider.In("id", "Ids"), new { Ids = chunk }, cancellationToken: cancellationToken)))
            {
                kinds[row.Id] = (row.Type, row.SubType);
            }
        }
        var result = cells.Values.Select(c =>
        {
            var kind = c.Count == 1 ? kinds.GetValueOrDefault(c.Id) : default;
            return new EventCluster { Count = c.Count, Lat = c.SumLat / c.Count, Lon = c.SumLon / c.Count, EventId = c.Id, Type = kind.Type ?? "", SubType = kind.SubType ?? "" };
        }).ToList();
        return new EventClusters(total, result);
    }

    /// <summary>The longest event in days (an expression index answers it at once): bounds a window's index scan from below.</summary>
    private const string LongestSpan = "(SELECT COALESCE(MAX(day_end - day_start), 0) FROM events)";

    private readonly record struct CellSum(long Count, double SumLat, double SumLon, long Id);

    /// <summary>
    /// The whole calendar months of the query's window that the grid can answer, or null when it cannot (filters it does
    /// not hold, no whole month in the window).
    /// </summary>
    private static (long FirstMonth, long LastMonth, long FirstDay, long LastDay)? GridMonths(EventQuery query)
    {
        // The calendar's last month has no month after it: such a window is counted without the grid.
        var lastMonth = new DateOnly(9999, 12, 1);
        if (query.UndatedOnly || query.To is not { } to || to >= lastMonth || query.From >= lastMonth || query.Actors.Count > 0 || query.MinConfidence > 0 || query.ArticleId is not null
            || query.Types.Any(t => !Core.Events.EventType.All.Contains(t)))
        {
            return null;
        }
        var first = query.From is { } from
            ? (from.Day == 1 ? from : new DateOnly(from.Year, from.Month, 1).AddMonths(1))
            : new DateOnly(1, 1, 1);
        var afterLast = new DateOnly(to.Year, to.Month, 1).AddMonths(to.AddDays(1).Day == 1 ? 1 : 0);
        if (first >= afterLast)
        {
            return null;
        }
        var last = afterLast.AddDays(-1);
        return (first.Year * 12L + first.Month - 1, last.Year * 12L + last.Month - 1, first.DayNumber, last.DayNumber);
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
        return new EventDetail(summary, JsonSerializer.Deserialize<List<string>>(assoc ?? "[]") ?? [], sources.AsList());
    }

    /// <summary>The event a correction shaped last (the id it has after the correction), or null.</summary>
    public async Task<long?> FindCorrectedAsync(long correctionId, CancellationToken cancellationToken = default)
    {
        await using var connection = await _factory.OpenConnectionAsync(cancellationToken);
        return await connection.ExecuteScalarAsync<long?>(new CommandDefinition(
            "SELECT MIN(id) FROM events WHERE correction_id = @correctionId AND deleted = 0", new { correctionId }, cancellationToken: cancellationToken));
    }

    /// <summary>The first and last day any dated event covers, or null when no event is dated.</summary>
    public async Task<(DateOnly First, DateOnly Last)?> GetDateSpanAsync(CancellationToken cancellationToken = default)
    {
        await using var connection = await _factory.OpenConnectionAsync(cancellationToken);
        var span = await connection.QuerySingleAsync<(long? First, long? Last)>(new CommandDefinition(
            "SELECT MIN(day_start), MAX(day_end) FROM events WHERE deleted = 0 AND day_start IS NOT NULL", cancellationToken: cancellationToken));
        return span.First is { } first && span.Last is { } last
            ? (DateOnly.FromDayNumber((int)first), DateOnly.FromDayNumber((int)last))
            : null;
    }

    /// <summary>One article with its mentions and events, or null.</summary>
    public async Task<ArticleView?> GetArticleAsync(long id, CancellationToken cancellationToken = default)
    {
        await using var connection = await _factory.OpenConnectionAsync(cancellationToken);
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
            SELECT e.id AS Id, e.sub_type AS SubType, e.date_start AS DateStart, e.place_name AS PlaceName, s.excerpt_start AS ExcerptStart, s.excerpt_end AS ExcerptEnd,
                   e.correction_id AS CorrectionId
            FROM event_sources s JOIN events e ON e.id = s.event_id WHERE s.article_id = @id AND e.deleted = 0 ORDER BY s.excerpt_start, e.id
            """, new { id }, cancellationToken: cancellationToken));
        var corrected = await connection.ExecuteScalarAsync<long>(new CommandDefinition(
            "SELECT COUNT(*) FROM correction_articles ca JOIN corrections c ON c.id = ca.correction_id WHERE ca.article_id = @id AND c.target_kind = 'article'",
            new { id }, cancellationToken: cancellationToken));
        return new ArticleView(a.Id, a.Title, a.Outlet, a.Published, a.Source, a.OriginalText, mentions.AsList(), events.AsList(), corrected > 0,
            new ArticleDating(a.DateClue, a.DateEvidence, a.DateNote, a.DateWeak != 0));
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

    /// <summary>How many dated events start in each month ("yyyy-MM"), for the time slider's histogram.</summary>
    public async Task<IReadOnlyList<(string Month, long Count)>> CountByMonthAsync(CancellationToken cancellationToken = default)
    {
        await using var connection = await _factory.OpenConnectionAsync(cancellationToken);
        var rows = await connection.QueryAsync<(string Month, long Count)>(new CommandDefinition(
            "SELECT substr(date_start, 1, 7), COUNT(*) FROM events WHERE deleted = 0 AND date_start IS NOT NULL GROUP BY 1 ORDER BY 1",
            cancellationToken: cancellationToken));
        return rows.AsList();
    }

    /// <summary>Every dated control change, oldest first.</summary>
    public async Task<IReadOnlyList<Core.Control.ControlChange>> GetControlChangesAsync(CancellationToken cancellationToken = default)
    {
        await using var connection = await _factory.OpenConnectionAsync(cancellationToken);
        var rows = await connection.QueryAsync<(string PlaceId, string PlaceName, double Lat, double Lon, string Date, string Controller, string? Previous, string Verb, double Confidence)>(
            new CommandDefinition("""
                SELECT place_id, place_name, lat, lon, date, new_controller, previous_controller, verb, confidence
                FROM control_changes WHERE date IS NOT NULL ORDER BY date, id
                """, cancellationToken: cancellationToken));
        return rows.Select(r => new Core.Control.ControlChange(r.PlaceId, r.PlaceName, r.Lat, r.Lon,
            DateOnly.ParseExact(r.Date, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), r.Controller, r.Previous, r.Verb, r.Confidence)).ToList();
    }

    /// <summary>The WHERE clause and parameters of a query, for other readers of the store (export).</summary>
    internal static (string Where, DynamicParameters Parameters) Filter(EventQuery query, StoreProvider provider) => BuildFilter(query, provider);

    private static (string Where, DynamicParameters Parameters) BuildFilter(EventQuery query, StoreProvider provider)
    {
        var where = new StringBuilder("WHERE e.deleted = 0");
        var parameters = new DynamicParameters();
        if (query.UndatedOnly)
        {
            where.Append(" AND e.day_start IS NULL");
        }
        else
        {
            if (query.From is { } from)
            {
                // day_end >= from alone cannot bound an index scan; no event is longer than the longest one.
                where.Append($" AND e.day_end >= @FromDay AND e.day_start >= @FromDay - {LongestSpan}");
                parameters.Add("FromDay", from.DayNumber);
            }
            if (query.To is { } to)
            {
                where.Append(" AND e.day_start <= @ToDay");
                parameters.Add("ToDay", to.DayNumber);
            }
        }
        if (query.Bounds is { } box)
        {
            box.Validate();
            where.Append(provider == StoreProvider.Postgres
                ? " AND e.geom && ST_MakeEnvelope(@MinLon, @MinLat, @MaxLon, @MaxLat, 4326)"
                : " AND e.id IN (SELECT id FROM events_rtree WHERE max_lon >= @MinLon AND min_lon <= @MaxLon AND max_lat >= @MinLat AND min_lat <= @MaxLat)");
            parameters.AddDynamicParams(new { box.MinLon, box.MaxLon, box.MinLat, box.MaxLat });
        }
        if (query.Types.Count > 0)
        {
            where.Append($" AND ({provider.In("e.type", "Types")} OR {provider.In("e.sub_type", "Types")})");
            parameters.Add("Types", query.Types.ToArray());
        }
        if (query.Actors.Count > 0)
        {
            where.Append($" AND e.id IN (SELECT event_id FROM event_actors WHERE {provider.In("actor_id", "Actors")})");
            parameters.Add("Actors", query.Actors.ToArray());
        }
        if (query.ArticleId is { } articleId)
        {
            where.Append(" AND e.id IN (SELECT event_id FROM event_sources WHERE article_id = @ArticleId)");
            parameters.Add("ArticleId", articleId);
        }
        if (query.MinConfidence > 0)
        {
            where.Append(" AND e.confidence >= @MinConfidence");
            parameters.Add("MinConfidence", query.MinConfidence);
        }
        return (where.ToString(), parameters);
    }
}
