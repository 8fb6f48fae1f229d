using NetTopologySuite.Algorithm;
using NetTopologySuite.Geometries;

namespace MapDashboard.Core.Control;

/// <summary>A dissolved polygon: its shell and its holes (lon/lat).</summary>
internal sealed record ControlPolygon(Coordinate[] Shell, List<Coordinate[]> Holes);

/// <summary>
/// Dissolves pieces that tile the plane (the seeds' cells) by cancelling the edges they share: a shared edge comes
/// once in each direction and both go; what is left are the outer boundaries, chained into rings. Linear in the
/// number of segments, where a polygon union of thousands of cells took seconds.
/// </summary>
internal static class ControlDissolve
{
    /// <summary>The polygons the pieces' segments make once shared edges are gone.</summary>
    public static List<ControlPolygon> Polygons(IEnumerable<ControlSegment> segments)
    {
        // The sets are kept per thread and cleared, not made anew for every area of every date: a cleared set fills its
        // slots in the same order as a new one, so the rings come out the same.
        var scratch = _scratch ??= new Scratch();
        try
        {
            return Polygons(segments, scratch);
        }
        finally
        {
            scratch.Clear();
        }
    }

    [ThreadStatic]
    private static Scratch? _scratch;

    /// <summary>The open segments and each point's outgoing segments (lists reused from a pool).</summary>
    private sealed class Scratch
    {
        public readonly HashSet<ControlSegment> Open = [];
        public readonly Dictionary<(long, long), List<ControlSegment>> Outgoing = [];
        public readonly List<Coordinate> Ring = [];
        private readonly List<List<ControlSegment>> _lists = [];
        private int _used;

        public List<ControlSegment> NewList()
        {
            if (_used == _lists.Count)
            {
                _lists.Add(new List<ControlSegment>(2));
            }
            return _lists[_used++];
        }

        public void Clear()
        {
            Open.Clear();
            Outgoing.Clear();
            Ring.Clear();
            for (var i = 0; i < _used; i++)
            {
                _lists[i].Clear();
            }
            _used = 0;
        }
    }

    private static List<ControlPolygon> Polygons(IEnumerable<ControlSegment> segments, Scratch scratch)
    {
        var open = scratch.Open;
        foreach (var segment in segments)
        {
            if (!open.Remove(segment.Reversed))
            {
                open.Add(segment);
            }
        }
        var outgoing = scratch.Outgoing;
        foreach (var segment in open)
        {
            if (!outgoing.TryGetValue((segment.X1, segment.Y1), out var list))
            {
                outgoing[(segment.X1, segment.Y1)] = list = scratch.NewList();
            }
            list.Add(segment);
        }
        var shells = new List<(Coordinate[] Ring, Envelope Envelope, double Area)>();
        var holes = new List<Coordinate[]>();
        foreach (var start in open)
        {
            if (!Take(outgoing, start))
            {
                continue;
            }
            var ring = scratch.Ring;
            ring.Clear();
            ring.Add(Point(start.X1, start.Y1));
            var at = start;
            while (true)
            {
                ring.Add(Point(at.X2, at.Y2));
                if (at.X2 == start.X1 && at.Y2 == start.Y1)
                {
                    break;
                }
                if (!outgoing.TryGetValue((at.X2, at.Y2), out var next) || next.Count == 0)
                {
                    ring.Clear(); // an open chain (pieces that did not meet exactly): dropped rather than drawn wrong
                    break;
                }
                at = next[^1];
                next.RemoveAt(next.Count - 1);
            }
            if (ring.Count < 4)
            {
                continue;
            }
            var coordinates = ring.ToArray();
            var area = Area(coordinates);
            if (area > 0)
            {
                shells.Add((coordinates, new Envelope(coordinates), area));
            }
            else if (area < 0)
            {
                holes.Add(coordinates);
            }
        }
        // Smallest first, so a hole goes to the innermost shell around it.
        var ordered = shells.OrderBy(s => s.Area).ToList();
        var result = ordered.Select(s => new ControlPolygon(s.Ring, [])).ToList();
        foreach (var hole in holes)
        {
            var envelope = new Envelope(hole);
            for (var i = 0; i < ordered.Count; i++)
            {
                if (ordered[i].Envelope.Covers(envelope) && PointLocation.IsInRing(Middle(hole), ordered[i].Ring))
                {
                    result[i].Holes.Add(hole);
                    break;
                }
            }
        }
        return result;
    }

    /// <summary>Removes a segment from its start's outgoing list; false when it was used already.</summary>
    private static bool Take(Dictionary<(long, long), List<ControlSegment>> outgoing, ControlSegment segment) =>
        outgoing.TryGetValue((segment.X1, segment.Y1), out var list) && list.Remove(segment);

    private static Coordinate Point(long x, long y) => new(x / ControlSegment.Scale, y / ControlSegment.Scale);

    /// <summary>The middle of a hole's first edge (a vertex can sit on the shell where the two touch).</summary>
    private static Coordinate Middle(Coordinate[] ring) => new((ring[0].X + ring[1].X) / 2, (ring[0].Y + ring[1].Y) / 2);

    /// <summary>Signed area (positive: counter-clockwise).</summary>
    private static double Area(Coordinate[] ring)
    {
        var sum = 0.0;
        for (var i = 0; i + 1 < ring.Length; i++)
        {
            sum += ring[i].X * ring[i + 1].Y - ring[i + 1].X * ring[i].Y;
        }
        return sum / 2;
    }
}
