using MapDashboard.Core.Control;
using MapDashboard.Core.Events;
using MapDashboard.Data.Store;

namespace MapDashboard.Web.Components.Dashboard;

/// <summary>
/// Applies the dashboard's event filters (types, side and actor, article, confidence, reports, box and drawn area) to the
/// places that changed hands, so the rings and the list show only the changes whose reports the filters keep. A change
/// reported by an event is kept when that event passes the filters (the store decides, with the same SQL as the map's
/// events); one from a snapshot, ACLED or a correction is kept when its controller or previous holder is one of the
/// actors, its ACLED sub-type (or that sub-type's type) is one of the types, it comes from the filtered article, its place
/// lies in the box and the area, and no more than one report is asked for (it has a single source).
/// </summary>
public static class ChangedHandsFilter
{
    /// <summary>The changes the query's filters keep, each with its event's date or span.</summary>
    public static async Task<IReadOnlyList<ChangedHands>> ApplyAsync(IReadOnlyList<ControlChange> changes, EventQuery query, EventQueries events,
        CancellationToken cancellationToken = default)
    {
        var ids = changes.Select(c => c.EventId).OfType<long>().ToHashSet();
        var reports = (await events.MatchingAsync(query, ids, cancellationToken)).ToDictionary(e => e.Id);
        var filtered = query.FiltersBeyondTime;
        var result = new List<ChangedHands>();
        foreach (var change in changes)
        {
            if (change.EventId is { } id && reports.TryGetValue(id, out var report))
            {
                result.Add(new ChangedHands(change, DashboardText.EventDate(report.DateStart, report.DateEnd)));
            }
            else if (!filtered || (change.EventId is null && Keeps(change, query)))
            {
                result.Add(new ChangedHands(change, DashboardText.Format(change.Date)));
            }
        }
        return result;
    }

    /// <summary>Whether the filters keep a change that no stored event reported.</summary>
    public static bool Keeps(ControlChange change, EventQuery query)
    {
        if (query.ArticleId is { } article && change.ArticleId != article)
        {
            return false;
        }
        if (query.Actors.Count > 0 && !query.Actors.Contains(change.Controller) && (change.Previous is null || !query.Actors.Contains(change.Previous)))
        {
            return false;
        }
        if (query.Types.Count > 0 && !query.Types.Contains(change.Verb) && (TypeOf(change.Verb) is not { } type || !query.Types.Contains(type)))
        {
            return false;
        }
        if (query.Bounds is { } box && (change.Lon < box.MinLon || change.Lon > box.MaxLon || change.Lat < box.MinLat || change.Lat > box.MaxLat))
        {
            return false;
        }
        if (query.Area is { } area && !area.Covers(change.Lon, change.Lat))
        {
            return false;
        }
        if (query.MinReports > 1)
        {
            return false; // a snapshot row, an ACLED row or a correction is one source
        }
        return change.Confidence >= query.MinConfidence;
    }

    private static string? TypeOf(string subType) =>
        EventType.SubTypes.FirstOrDefault(t => t.Value.Contains(subType, StringComparer.Ordinal)).Key;
}
