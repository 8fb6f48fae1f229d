using NetTopologySuite.Geometries;

namespace MapDashboard.Core.Control;

/// <summary>
/// The control layer at one date over the precomputed geometry: each point's state, the areas per side and age band
/// (dissolved by edge cancellation), the fronts between sides, the symbols and the legend's counts.
/// </summary>
internal sealed class ControlLayerComputation(ControlTimeline timeline, ControlGeometry geometry, Func<string, (string Side, string Colour)> style,
    ControlLayerOptions options, GeometryFactory factory)
{
    /// <summary>The layer at a date.</summary>
    public ControlLayerModel Compute(DateOnly date)
    {
        var byPlace = new Dictionary<string, (ControlChange Latest, IReadOnlyList<string> Claims)>(StringComparer.Ordinal);
        foreach (var held in timeline.At(date))
        {
            byPlace[held.Latest.PlaceId] = held;
        }
        var sites = geometry.Sites;
        var states = new ControlSiteState?[sites.Count];
        for (var i = 0; i < sites.Count; i++)
        {
            states[i] = State(sites[i], byPlace, date);
        }
        var seeds = Enumerable.Range(0, sites.Count).Where(i => sites[i].IsSeed && states[i] is not null).ToList();
        var areas = seeds.GroupBy(i => (states[i]!.Category, states[i]!.Side, states[i]!.Band))
            .OrderBy(g => g.Key.Band).ThenBy(g => g.Key.Category, StringComparer.Ordinal).ThenBy(g => g.Key.Side, StringComparer.Ordinal)
            .Select(g => new ControlAreaModel(g.Key.Category, g.Key.Side, states[g.First()]!.Colour, g.Key.Band,
                ControlDissolve.Polygons(g.SelectMany(i => sites[i].Segments)),
                g.SelectMany(i => states[i]!.Members).ToList(), g.Min(i => states[i]!.AgeDays), g.Max(i => states[i]!.AgeDays)))
            .Where(a => a.Polygons.Count > 0).ToList();
        var points = new List<ControlPointModel>();
        for (var i = 0; i < sites.Count; i++)
        {
            if (states[i] is not { } state)
            {
                continue;
            }
            // A settlement's symbol is drawn only for a history of two changes or more: counted first, listed only when drawn.
            if (!sites[i].IsSettlement || sites[i].IsApproximate || state.Category == "contested" || HistoryCount(sites[i], date) >= 2)
            {
                points.Add(new ControlPointModel(sites[i], state, HistoryOf(sites[i], date)));
            }
        }
        return new ControlLayerModel(date, areas, Fronts(states), points, Legend(byPlace, seeds, states));
    }

    /// <summary>The control history up to a date (oldest first) of the point a place is drawn at; null for a place never held.</summary>
    public List<ControlChange>? HistoryAt(string placeId, DateOnly date) =>
        geometry.SiteOfPlace.TryGetValue(placeId, out var site) ? HistoryOf(geometry.Sites[site], date) : null;

    private int HistoryCount(ControlSite site, DateOnly date)
    {
        var count = 0;
        for (var p = 0; p < site.PlaceIds.Count; p++)
        {
            var changes = timeline.Of(site.PlaceIds[p]);
            for (var c = 0; c < changes.Count; c++)
            {
                count += changes[c].Date <= date ? 1 : 0;
            }
        }
        return count;
    }

    private List<ControlChange> HistoryOf(ControlSite site, DateOnly date) =>
        site.PlaceIds.SelectMany(timeline.Of).Where(c => c.Date <= date).OrderBy(c => c.Date).ToList();

    /// <summary>The state of a point: decided by its place with the latest evidence.</summary>
    private ControlSiteState? State(ControlSite site, Dictionary<string, (ControlChange Latest, IReadOnlyList<string> Claims)> byPlace, DateOnly date)
    {
        (ControlChange Latest, IReadOnlyList<string> Claims)? best = null;
        var ids = site.PlaceIds;
        for (var i = 0; i < ids.Count; i++)
        {
            if (byPlace.TryGetValue(ids[i], out var held) && (best is null || held.Latest.Date > best.Value.Latest.Date))
            {
                best = held;
            }
        }
        if (best is not { } decided)
        {
            return null;
        }
        var (category, side, colour) = Describe(decided.Latest, decided.Claims);
        var age = Math.Max(0, date.DayNumber - decided.Latest.Date.DayNumber);
        var members = new List<ControlChange>(ids.Count);
        for (var i = 0; i < ids.Count; i++)
        {
            if (byPlace.TryGetValue(ids[i], out var held) && Describe(held.Latest, held.Claims) == (category, side, colour))
            {
                members.Add(held.Latest);
            }
        }
        return new ControlSiteState(decided.Latest, decided.Claims, category, side, colour, age, options.BandOf(age), members);
    }

    /// <summary>A place's category, side and colour: contested when its latest day has several claims or says so.</summary>
    private (string Category, string Side, string Colour) Describe(ControlChange latest, IReadOnlyList<string> claims)
    {
        if (claims.Count > 1 || latest.Status == ControlStatus.Contested)
        {
            return ("contested", "", options.ContestedColour);
        }
        var (side, colour) = style(latest.Controller);
        return (latest.Status == ControlStatus.Shared ? "shared" : "held", side, colour);
    }

    /// <summary>Lines where the pieces of two points of different sides meet (contested points make no front).</summary>
    private List<(string SideA, string SideB, List<LineString> Lines)> Fronts(ControlSiteState?[] states)
    {
        var pairs = new Dictionary<(string, string), List<ControlSegment>>();
        foreach (var (segment, a, b) in geometry.SharedEdges)
        {
            if (states[a] is not { Category: not "contested" } sa || states[b] is not { Category: not "contested" } sb || sa.Side == sb.Side)
            {
                continue;
            }
            var key = string.CompareOrdinal(sa.Side, sb.Side) < 0 ? (sa.Side, sb.Side) : (sb.Side, sa.Side);
            if (!pairs.TryGetValue(key, out var list))
            {
                pairs[key] = list = [];
            }
            list.Add(segment);
        }
        return pairs.OrderBy(p => p.Key.Item1, StringComparer.Ordinal).ThenBy(p => p.Key.Item2, StringComparer.Ordinal)
            .Select(p => (p.Key.Item1, p.Key.Item2, ControlChains.Lines(p.Value).Select(l => factory.CreateLineString(l)).ToList())).ToList();
    }

    /// <summary>Per category and side: its separate areas (points whose pieces touch, all ages together) and its places.</summary>
    private List<ControlLegendEntry> Legend(Dictionary<string, (ControlChange Latest, IReadOnlyList<string> Claims)> byPlace, List<int> seeds, ControlSiteState?[] states)
    {
        // Union-find over the seeds' shared edges joins neighbours of the same category and side.
        var parent = new int[states.Length];
        for (var i = 0; i < parent.Length; i++)
        {
            parent[i] = i;
        }
        int Find(int i)
        {
            while (parent[i] != i)
            {
                i = parent[i] = parent[parent[i]];
            }
            return i;
        }
        foreach (var (_, a, b) in geometry.SharedEdges)
        {
            if (states[a] is { } sa && states[b] is { } sb && sa.Category == sb.Category && sa.Side == sb.Side)
            {
                parent[Find(a)] = Find(b);
            }
        }
        var areas = seeds.Where(i => geometry.Sites[i].Segments.Length > 0).GroupBy(i => (states[i]!.Category, states[i]!.Side))
            .ToDictionary(g => g.Key, g => g.Select(Find).Distinct().Count());
        var places = byPlace.Values.Select(h => Describe(h.Latest, h.Claims)).GroupBy(d => d).ToDictionary(g => g.Key, g => g.Count());
        return places.OrderBy(p => p.Key.Category, StringComparer.Ordinal).ThenBy(p => p.Key.Side, StringComparer.Ordinal)
            .Select(p => new ControlLegendEntry(p.Key.Category, p.Key.Side, p.Key.Colour, areas.GetValueOrDefault((p.Key.Category, p.Key.Side)), p.Value)).ToList();
    }
}
