using MapDashboard.Data.Store;
using MapDashboard.Data.Trends;

namespace MapDashboard.Web.Components.Dashboard;

/// <summary>One governorate's row of the trends table: the window's count and the previous period's (null when the window has no start).</summary>
public sealed record TrendRegion(string? Admin1, long Count, long? Previous)
{
    /// <summary>Rows for every governorate with events in either period, busiest in the window first.</summary>
    public static List<TrendRegion> Compare(IReadOnlyList<RegionCount> current, IReadOnlyList<RegionCount>? previous)
    {
        var before = previous?.ToDictionary(r => r.Admin1 ?? "", r => r.Count);
        var names = current.Select(r => r.Admin1).Concat(previous?.Select(r => r.Admin1) ?? []).Distinct();
        var now = current.ToDictionary(r => r.Admin1 ?? "", r => r.Count);
        return names
            .Select(n => new TrendRegion(n, now.GetValueOrDefault(n ?? ""), before is null ? null : before.GetValueOrDefault(n ?? "")))
            .OrderByDescending(r => r.Count).ThenByDescending(r => r.Previous).ThenBy(r => r.Admin1, StringComparer.Ordinal)
            .ToList();
    }

    /// <summary>The period of the same length just before the query's window (same filters), or null for a window open at its start.</summary>
    public static EventQuery? PreviousPeriod(EventQuery query) => query is { From: { } from, To: { } to }
        ? query with { From = from.AddDays(from.DayNumber - to.DayNumber - 1), To = from.AddDays(-1) }
        : null;
}
