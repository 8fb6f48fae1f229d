using Dapper;
using MapDashboard.Data.Store;

namespace MapDashboard.Data.Trends;

/// <summary>
/// The trends panel's aggregations over the events an <see cref="EventQuery"/> matches (its filters and window; its
/// limit is ignored): counts per period and type, and per governorate.
/// </summary>
public sealed class EventTrends(IStoreConnectionFactory factory)
{
    /// <summary>
    /// Counts of dated events per period and type, oldest first. An event is counted once, in the period of its first
    /// day, or of the window's first day when it began before the window, so the counts add up to the window's total.
    /// </summary>
    public async Task<IReadOnlyList<TrendCount>> ByPeriodAsync(EventQuery query, TrendGranularity granularity, CancellationToken cancellationToken = default)
    {
        var (where, parameters) = EventQueries.Filter(query with { UndatedOnly = false }, factory.Provider);
        var key = granularity == TrendGranularity.Week ? WeekKey(query.From) : MonthKey(query.From);
        if (query.From is { } from)
        {
            parameters.Add("FromMonth", MonthNumber(from));
        }
        var sql = $"""
            SELECT CAST({key} AS BIGINT) AS period, e.type AS type, COUNT(*) AS n
            FROM events e {where} AND e.day_start IS NOT NULL
            GROUP BY 1, 2 ORDER BY 1, 2
            """;
        await using var connection = await factory.OpenConnectionAsync(cancellationToken);
        var rows = await connection.QueryAsync<(long Period, string Type, long Count)>(new CommandDefinition(sql, parameters, cancellationToken: cancellationToken));
        return rows.Select(r => new TrendCount(PeriodStart(r.Period, granularity), r.Type, r.Count)).ToList();
    }

    /// <summary>Counts of dated events per governorate (admin1), largest first, then by name.</summary>
    public async Task<IReadOnlyList<RegionCount>> ByAdmin1Async(EventQuery query, CancellationToken cancellationToken = default)
    {
        var (where, parameters) = EventQueries.Filter(query with { UndatedOnly = false }, factory.Provider);
        var sql = $"""
            SELECT e.admin1 AS admin1, COUNT(*) AS n
            FROM events e {where} AND e.day_start IS NOT NULL
            GROUP BY e.admin1 ORDER BY 2 DESC, 1
            """;
        await using var connection = await factory.OpenConnectionAsync(cancellationToken);
        var rows = await connection.QueryAsync<(string? Admin1, long Count)>(new CommandDefinition(sql, parameters, cancellationToken: cancellationToken));
        return rows.Select(r => new RegionCount(r.Admin1, r.Count)).ToList();
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
