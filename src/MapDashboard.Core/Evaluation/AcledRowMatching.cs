using MapDashboard.Core.Geo;

namespace MapDashboard.Core.Evaluation;

/// <summary>
/// Which of the coder's events each ACLED row is compared with. A row whose notes are its own is compared with the
/// coder's first event. ACLED codes a report that names several places as several rows with the same notes and date
/// (one per place); comparing each of them with the first event would score the report's second place against its
/// first. Such rows are matched one-to-one with the coder's events of those notes, the closest row-event pair first;
/// a row left over (fewer events than rows, or no placed event) is compared with the first event, as a lone row is.
/// </summary>
public static class AcledRowMatching
{
    /// <summary>
    /// The event compared with each row of <paramref name="rows"/> (rows with the same notes and date, in file order),
    /// given the coder's <paramref name="events"/> of those notes in the coder's order; <see cref="AcledPrediction.None"/>
    /// when the coder found no event.
    /// </summary>
    public static IReadOnlyList<AcledPrediction> Match(IReadOnlyList<AcledCodedRow> rows, IReadOnlyList<AcledPrediction> events)
    {
        var first = events.Count > 0 ? events[0] : AcledPrediction.None;
        var matched = Enumerable.Repeat(first, rows.Count).ToArray();
        if (rows.Count < 2 || events.Count < 2)
        {
            return matched;
        }
        var pairs = new List<(double Km, int Row, int Event)>();
        for (var r = 0; r < rows.Count; r++)
        {
            for (var e = 0; e < events.Count; e++)
            {
                if (events[e] is { Lat: { } lat, Lon: { } lon })
                {
                    pairs.Add((GeoDistance.Kilometres(lat, lon, rows[r].Lat, rows[r].Lon), r, e));
                }
            }
        }
        var rowDone = new bool[rows.Count];
        var eventDone = new bool[events.Count];
        foreach (var (_, r, e) in pairs.OrderBy(p => p.Km).ThenBy(p => p.Row).ThenBy(p => p.Event))
        {
            if (!rowDone[r] && !eventDone[e])
            {
                matched[r] = events[e];
                rowDone[r] = eventDone[e] = true;
            }
        }
        return matched;
    }
}
