using System.Globalization;
using MapDashboard.Core.Control;
using MapDashboard.Web.Components.Map;

namespace MapDashboard.Web.Components.Dashboard;

/// <summary>
/// The "changed hands" rings the map holds, kept by id between slider steps: each step sends the rings that are new or
/// changed and the ids of those gone, not the whole set. The map draws them as circles of one shared SVG renderer
/// (<c>change-rings.js</c>). One instance per page.
/// </summary>
public sealed class ChangeRings
{
    private Dictionary<string, MapRing> _drawn = new(StringComparer.Ordinal);
    // Whether the map's layer may not hold what _drawn says (never drawn, removed, or a count that disagreed): start afresh.
    private bool _afresh = true;

    /// <summary>
    /// The rings of a list of changes, each with its tooltip. A ring's id is the change itself (place, date, new holder,
    /// verb), so that the same change keeps its ring from one window to the next; a change listed twice gets a second id.
    /// </summary>
    public static IReadOnlyList<MapRing> Of(IReadOnlyList<ChangedHands> changes, Func<ControlChange, string> controllerName)
    {
        var rings = new List<MapRing>(changes.Count);
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var (change, when) in changes)
        {
            var key = string.Create(CultureInfo.InvariantCulture, $"{change.PlaceId}|{change.Date:yyyy-MM-dd}|{change.Controller}|{change.Verb}");
            var repeat = seen[key] = seen.GetValueOrDefault(key) + 1;
            rings.Add(new MapRing(repeat == 1 ? key : string.Create(CultureInfo.InvariantCulture, $"{key}#{repeat}"), change.Lat, change.Lon,
                $"{change.PlaceName}: taken by {controllerName(change)} on {when} ({change.Verb})"));
        }
        return rings;
    }

    /// <summary>What to send to draw <paramref name="rings"/> over what the map holds: new or changed rings, ids gone, and whether to start afresh.</summary>
    public (IReadOnlyList<MapRing> Added, IReadOnlyList<string> Removed, bool Afresh) Diff(IReadOnlyList<MapRing> rings)
    {
        if (_afresh)
        {
            return (rings, [], true);
        }
        var wanted = new HashSet<string>(rings.Count, StringComparer.Ordinal);
        var added = new List<MapRing>();
        foreach (var ring in rings)
        {
            wanted.Add(ring.Id);
            if (!_drawn.TryGetValue(ring.Id, out var drawn) || drawn != ring)
            {
                added.Add(ring);
            }
        }
        return (added, _drawn.Keys.Where(id => !wanted.Contains(id)).ToList(), false);
    }

    /// <summary>Draws the rings on the map, sending only what changed since the last call.</summary>
    public async Task DrawAsync(LeafletMap map, string name, IReadOnlyList<MapRing> rings)
    {
        var (added, removed, afresh) = Diff(rings);
        var count = await map.UpdateRingsAsync(name, added, removed, afresh);
        if (count != rings.Count && !afresh)
        {
            // The map's layer is not what was drawn (a new map, or it was removed meanwhile): draw it whole.
            count = await map.UpdateRingsAsync(name, rings, [], reset: true);
        }
        Drawn(rings, count);
    }

    /// <summary>Notes what the map holds after a draw: the rings asked for, unless its count says otherwise (then the next draw starts afresh).</summary>
    public void Drawn(IReadOnlyList<MapRing> rings, int countOnMap)
    {
        _drawn = new Dictionary<string, MapRing>(rings.Count, StringComparer.Ordinal);
        foreach (var ring in rings)
        {
            _drawn[ring.Id] = ring;
        }
        _afresh = countOnMap != _drawn.Count;
    }

    /// <summary>The map's ring layer was removed: the next draw starts afresh.</summary>
    public void Forget()
    {
        _drawn.Clear();
        _afresh = true;
    }
}
