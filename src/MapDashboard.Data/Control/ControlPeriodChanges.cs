using MapDashboard.Core.Control;

namespace MapDashboard.Data.Control;

/// <summary>
/// Turns stored periods into the control changes a <see cref="ControlTimeline"/> is built from: each period begins with
/// a change to its controller, carrying its status, source, kind and evidence. An analyst's correction of a place on a
/// day is the only claim of that day (the others it corrects are dropped); the rest stand side by side, so contradicting
/// claims stay contested.
/// </summary>
public static class ControlPeriodChanges
{
    /// <summary>The changes of the given periods, oldest first.</summary>
    public static IReadOnlyList<ControlChange> From(IEnumerable<ControlPeriod> periods)
    {
        var result = new List<ControlChange>();
        foreach (var place in periods.GroupBy(p => p.PlaceId, StringComparer.Ordinal))
        {
            string? previous = null;
            foreach (var day in place.GroupBy(p => p.ValidFrom).OrderBy(g => g.Key))
            {
                var corrections = day.Where(p => p.Source == ControlPeriodStore.Correction).ToList();
                var claims = corrections.Count > 0 ? [corrections.MaxBy(p => p.Id)!] : day.OrderBy(p => p.Id).ToList();
                foreach (var period in claims)
                {
                    result.Add(ToChange(period, previous));
                }
                var controllers = claims.Select(p => p.Controller).Distinct().ToList();
                previous = controllers.Count == 1 ? controllers[0] : null;
            }
        }
        return result.OrderBy(c => c.Date).ToList();
    }

    /// <summary>A stored status word as a <see cref="ControlStatus"/> (unknown words read as held).</summary>
    public static ControlStatus ParseStatus(string status) =>
        Enum.TryParse<ControlStatus>(status, ignoreCase: true, out var parsed) ? parsed : ControlStatus.Held;

    private static ControlChange ToChange(ControlPeriod period, string? previous) =>
        new(period.PlaceId, period.PlaceName, period.Lat, period.Lon, period.ValidFrom, period.Controller, previous == period.Controller ? null : previous,
            period.Verb ?? period.Source, period.Confidence)
        {
            Status = ParseStatus(period.Status),
            Source = period.Source,
            Kind = period.Kind,
            Evidence = period.Evidence,
            Precision = period.Precision,
            EventId = period.EventId,
            ArticleId = period.ArticleId,
        };
}
