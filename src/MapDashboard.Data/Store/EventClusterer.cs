using Dapper;

namespace MapDashboard.Data.Store;

/// <summary>The server-side clustering of a window's events for a map view (the dashboard's and the API's large windows).</summary>
internal sealed class EventClusterer(IStoreConnectionFactory factory)
{
    /// <summary>
    /// Server-side clustering for a map view: counts the window's events and groups those inside <paramref name="view"/>
    /// into square cells of <paramref name="cellDegrees"/>. The window's whole calendar months come from the
    /// pre-aggregated <c>event_grid</c> (per month, 0.1-degree cell and type; kept exact by triggers), so the cost grows with
    /// months and places, not with events; partial months, multi-day events and filters the grid cannot answer (a drawn area, actors,
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

        var (where, parameters) = EventFilter.Build(query with { Bounds = null }, factory.Provider);
        await using var connection = await factory.OpenConnectionAsync(cancellationToken);
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
                gridWhere += " AND " + factory.Provider.In("type", "Types");
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
            var (untimed, _) = EventFilter.Build(query with { Bounds = null, From = null, To = null }, factory.Provider);
            rest =
            [
                query.From is null
                    ? $"{untimed} AND e.day_start < @GridFirstDay"
                    : $"{untimed} AND e.day_start >= @FromDay - {EventFilter.LongestSpan} AND e.day_start < @GridFirstDay AND e.day_end >= @FromDay",
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
                "SELECT id, type, sub_type FROM events WHERE " + factory.Provider.In("id", "Ids"), new { Ids = chunk }, cancellationToken: cancellationToken)))
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

    private readonly record struct CellSum(long Count, double SumLat, double SumLon, long Id);

    /// <summary>
    /// The whole calendar months of the query's window that the grid can answer, or null when it cannot (filters it does
    /// not hold, no whole month in the window).
    /// </summary>
    private static (long FirstMonth, long LastMonth, long FirstDay, long LastDay)? GridMonths(EventQuery query)
    {
        // The calendar's last month has no month after it: such a window is counted without the grid.
        var lastMonth = new DateOnly(9999, 12, 1);
        if (query.UndatedOnly || query.To is not { } to || to >= lastMonth || query.From >= lastMonth || query.Actors.Count > 0 || query.MinConfidence > 0 || query.ArticleId is not null || query.Area is not null
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
}
