using MapDashboard.Data.Store;
using MapDashboard.Data.Trends;

namespace MapDashboard.Web.Components.Dashboard;

/// <summary>
/// One row of the trends table: a governorate (admin1) or, when <see cref="IsDistrict"/>, one of its districts (admin2),
/// with the window's count and the previous period's (null when the window has no start).
/// </summary>
public sealed record TrendRegion(string? Admin1, string? Admin2, long Count, long? Previous)
{
    /// <summary>Whether the row is a district under its governorate's row.</summary>
    public bool IsDistrict { get; init; }

    /// <summary>
    /// Rows for every governorate with events in either period, busiest in the window first (ties: busiest before), each
    /// followed by its districts in the same order.
    /// </summary>
    public static List<TrendRegion> Compare(IReadOnlyList<RegionCount> current, IReadOnlyList<RegionCount>? previous)
    {
        var districts = current.Select(r => (r.Admin1, r.Admin2)).Concat(previous?.Select(r => (r.Admin1, r.Admin2)) ?? []).Distinct()
            .Select(d => new TrendRegion(d.Admin1, d.Admin2, Sum(current, d.Admin1, d.Admin2), previous is null ? null : Sum(previous, d.Admin1, d.Admin2)) { IsDistrict = true })
            .ToList();
        var rows = new List<TrendRegion>();
        foreach (var governorate in Busiest(districts.GroupBy(d => d.Admin1).Select(g => new TrendRegion(g.Key, null, g.Sum(d => d.Count), previous is null ? null : g.Sum(d => d.Previous)))))
        {
            rows.Add(governorate);
            rows.AddRange(Busiest(districts.Where(d => d.Admin1 == governorate.Admin1)));
        }
        return rows;
    }

    /// <summary>The period of the same length just before the query's window (same filters), or null for a window open at its start.</summary>
    public static EventQuery? PreviousPeriod(EventQuery query) => query is { From: { } from, To: { } to }
        ? query with { From = from.AddDays(from.DayNumber - to.DayNumber - 1), To = from.AddDays(-1) }
        : null;

    private static long Sum(IReadOnlyList<RegionCount> counts, string? admin1, string? admin2) =>
        counts.Where(c => c.Admin1 == admin1 && c.Admin2 == admin2).Sum(c => c.Count);

    private static IEnumerable<TrendRegion> Busiest(IEnumerable<TrendRegion> rows) => rows
        .OrderByDescending(r => r.Count).ThenByDescending(r => r.Previous)
        .ThenBy(r => r.Admin1 is null).ThenBy(r => r.Admin1, StringComparer.Ordinal)
        .ThenBy(r => r.Admin2 is null).ThenBy(r => r.Admin2, StringComparer.Ordinal);
}
