using Dapper;
using MapDashboard.Data.Export;
using MapDashboard.Data.Gazetteer;
using MapDashboard.Data.Store;

namespace MapDashboard.Data.Trends;

/// <summary>
/// The trends panel's aggregations over the events an <see cref="EventQuery"/> matches (its filters and window; its
/// limit is ignored): counts per period and type, fatalities per period, and counts per governorate and district.
/// </summary>
public sealed class EventTrends(IStoreConnectionFactory factory)
{
    /// <summary>
    /// Counts of dated events per period and type, oldest first. An event is counted once, in the period of its first
    /// day, or of the window's first day when it began before the window, so the counts add up to the window's total.
    /// </summary>
    public async Task<IReadOnlyList<TrendCount>> ByPeriodAsync(EventQuery query, TrendGranularity granularity, CancellationToken cancellationToken = default)
    {
        var (where, parameters, key) = PeriodFilter(query, granularity);
        var sql = $"""
            SELECT CAST({key} AS BIGINT) AS period, e.type AS type, COUNT(*) AS n
            FROM events e {where}
            GROUP BY 1, 2 ORDER BY 1, 2
            """;
        await using var connection = await factory.OpenConnectionAsync(cancellationToken);
        var rows = await connection.QueryAsync<(long Period, string Type, long Count)>(new CommandDefinition(sql, parameters, cancellationToken: cancellationToken));
        return rows.Select(r => new TrendCount(PeriodStart(r.Period, granularity), r.Type, r.Count)).ToList();
    }

    /// <summary>
    /// The fatalities stated per period (periods as <see cref="ByPeriodAsync"/> counts them), oldest first: each event's
    /// cited sentence read as the CSV export reads it, an event that states none counting nothing.
    /// </summary>
    public async Task<IReadOnlyList<PeriodFatalities>> FatalitiesByPeriodAsync(EventQuery query, TrendGranularity granularity, CancellationToken cancellationToken = default)
    {
        var (where, parameters, key) = PeriodFilter(query, granularity);
        var sql = $"SELECT CAST({key} AS BIGINT) AS Period, {StoreSql.FirstExcerpt} AS Excerpt FROM events e {where}";
        var totals = new SortedDictionary<long, long>();
        await using var connection = await factory.OpenConnectionAsync(cancellationToken);
        await foreach (var row in connection.QueryUnbufferedAsync<(long Period, string? Excerpt)>(sql, parameters).WithCancellation(cancellationToken))
        {
            totals[row.Period] = totals.GetValueOrDefault(row.Period) + (AcledFields.Fatalities(row.Excerpt) ?? 0);
        }
        return totals.Select(t => new PeriodFatalities(PeriodStart(t.Key, granularity), t.Value)).ToList();
    }

    /// <summary>
    /// Counts of dated events per governorate and district, largest first, then by name. The admin path is the CSV
    /// export's (<see cref="PlaceAdminPaths"/>): the stored governorate, else the place's; the place's district.
    /// </summary>
    public async Task<IReadOnlyList<RegionCount>> ByDistrictAsync(EventQuery query, PlaceAdminPaths paths, CancellationToken cancellationToken = default)
    {
        var (where, parameters) = EventQueries.Filter(query with { UndatedOnly = false }, factory.Provider);
        var sql = $"""
            SELECT e.admin1 AS Admin1, e.place_id AS PlaceId, COUNT(*) AS Count
            FROM events e {where} AND e.day_start IS NOT NULL
            GROUP BY e.admin1, e.place_id
            """;
        List<(string? Admin1, string? PlaceId, long Count)> rows;
        await using (var connection = await factory.OpenConnectionAsync(cancellationToken))
        {
            rows = (await connection.QueryAsync<(string? Admin1, string? PlaceId, long Count)>(new CommandDefinition(sql, parameters, cancellationToken: cancellationToken))).AsList();
        }
        var counts = new Dictionary<(string? Admin1, string? Admin2), long>();
        foreach (var row in rows)
        {
            var path = await paths.OfAsync(row.PlaceId, row.Admin1, cancellationToken);
            counts[(path.Admin1, path.Admin2)] = counts.GetValueOrDefault((path.Admin1, path.Admin2)) + row.Count;
        }
        return counts.Select(c => new RegionCount(c.Key.Admin1, c.Key.Admin2, c.Value))
            .OrderByDescending(r => r.Count).ThenBy(r => r.Admin1, StringComparer.Ordinal).ThenBy(r => r.Admin2, StringComparer.Ordinal)
            .ToList();
    }

    /// <summary>The query's dated events and the SQL expression of each one's period key (see <see cref="PeriodStart"/>).</summary>
    private (string Where, DynamicParameters Parameters, string Key) PeriodFilter(EventQuery query, TrendGranularity granularity)
    {
        var (where, parameters) = EventQueries.Filter(query with { UndatedOnly = false }, factory.Provider);
        if (query.From is { } from)
        {
            parameters.Add("FromMonth", MonthNumber(from));
        }
        return (where + " AND e.day_start IS NOT NULL", parameters, granularity == TrendGranularity.Week ? WeekKey(query.From) : MonthKey(query.From));
    }

    /// <summary>The first day of the period a key names (a Monday's day number, or year * 12 + month - 1).</summary>
    private static DateOnly PeriodStart(long key, TrendGranularity granularity) => granularity == TrendGranularity.Week
        ? DateOnly.FromDayNumber((int)key)
        : new DateOnly((int)(key / 12), (int)(key % 12) + 1, 1);

    private static int MonthNumber(DateOnly day) => day.Year * 12 + day.Month - 1;

    // Day 0 (0001-01-01) is a Monday, so whole weeks of day numbers start on Mondays.
    private static string WeekKey(DateOnly? from) => from is null
        ? "(e.day_start / 7) * 7"
        : "((CASE WHEN e.day_start < @FromDay THEN @FromDay ELSE e.day_start END) / 7) * 7";

    private static string MonthKey(DateOnly? from)
    {
        const string own = "CAST(substr(e.date_start, 1, 4) AS INTEGER) * 12 + CAST(substr(e.date_start, 6, 2) AS INTEGER) - 1";
        return from is null ? own : $"CASE WHEN e.day_start < @FromDay THEN @FromMonth ELSE {own} END";
    }
}
