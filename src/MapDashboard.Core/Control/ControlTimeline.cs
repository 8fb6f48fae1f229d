namespace MapDashboard.Core.Control;

/// <summary>
/// The ordered control changes of every place. The controller at a date is the latest change on or before it;
/// contradictory claims for the same place and day are kept side by side and reported as contested, not overwritten.
/// </summary>
public sealed class ControlTimeline
{
    private readonly Dictionary<string, List<ControlChange>> _byPlace;
    // Per place (in _byPlace's order), per day it has changes: that day, its last change and the day's distinct claims.
    // What a place stands at on any date is one of these, found by a binary search instead of a scan and new lists.
    private readonly (DateOnly[] Days, (ControlChange Latest, IReadOnlyList<string> Claims)[] Held)[] _days;

    /// <summary>Builds the timeline from changes in any order.</summary>
    public ControlTimeline(IEnumerable<ControlChange> changes)
    {
        _byPlace = changes.GroupBy(c => c.PlaceId, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.OrderBy(c => c.Date).ToList(), StringComparer.Ordinal);
        ChangeDates = _byPlace.Values.SelectMany(l => l).Select(c => c.Date).Distinct().Order().ToArray();
        _days = _byPlace.Values.Select(list =>
        {
            var days = list.GroupBy(c => c.Date).ToList();
            return (days.Select(d => d.Key).ToArray(),
                days.Select(d => (d.Last(), (IReadOnlyList<string>)d.Select(c => c.Controller).Distinct().ToList())).ToArray());
        }).ToArray();
    }

    /// <summary>Every distinct day on which some place changed hands, in order.</summary>
    public DateOnly[] ChangeDates { get; }

    /// <summary>The changes of one place, oldest first.</summary>
    public IReadOnlyList<ControlChange> Of(string placeId) => _byPlace.TryGetValue(placeId, out var list) ? list : [];

    /// <summary>Who held each place at a date: the controller, or several claims when the latest day is contested.</summary>
    public IEnumerable<(ControlChange Latest, IReadOnlyList<string> Claims)> At(DateOnly date)
    {
        foreach (var (days, held) in _days)
        {
            var at = Array.BinarySearch(days, date);
            at = at >= 0 ? at : ~at - 1;
            if (at >= 0)
            {
                yield return held[at];
            }
        }
    }

    /// <summary>Changes in the window (from, to].</summary>
    public IEnumerable<ControlChange> Between(DateOnly from, DateOnly to) =>
        _byPlace.Values.SelectMany(l => l).Where(c => c.Date > from && c.Date <= to).OrderBy(c => c.Date);
}
