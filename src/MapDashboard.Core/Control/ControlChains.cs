using NetTopologySuite.Geometries;

namespace MapDashboard.Core.Control;

/// <summary>Joins grid segments end to end into lines (the front lines), linear in the number of segments.</summary>
internal static class ControlChains
{
    /// <summary>The segments chained into lines: open chains from their ends, then closed loops.</summary>
    public static List<Coordinate[]> Lines(List<ControlSegment> segments)
    {
        var at = new Dictionary<(long, long), List<int>>();
        void Add((long, long) point, int index)
        {
            if (!at.TryGetValue(point, out var list))
            {
                at[point] = list = new List<int>(2);
            }
            list.Add(index);
        }
        for (var i = 0; i < segments.Count; i++)
        {
            Add((segments[i].X1, segments[i].Y1), i);
            Add((segments[i].X2, segments[i].Y2), i);
        }
        var used = new bool[segments.Count];
        var lines = new List<Coordinate[]>();
        // Chains start where they end (a point not shared by exactly two segments); loops are what is left.
        foreach (var pass in new[] { true, false })
        {
            foreach (var (point, list) in at)
            {
                if (pass && list.Count == 2)
                {
                    continue;
                }
                foreach (var first in list)
                {
                    if (!used[first])
                    {
                        lines.Add(Walk(point, first));
                    }
                }
            }
        }
        return lines;

        Coordinate[] Walk((long X, long Y) start, int index)
        {
            var line = new List<Coordinate> { Point(start) };
            var point = start;
            while (true)
            {
                used[index] = true;
                var s = segments[index];
                point = (s.X1, s.Y1) == point ? (s.X2, s.Y2) : (s.X1, s.Y1);
                line.Add(Point(point));
                var next = at[point];
                if (next.Count != 2 || (used[next[0]] && used[next[1]]))
                {
                    return [.. line];
                }
                index = used[next[0]] ? next[1] : next[0];
            }
        }
    }

    private static Coordinate Point((long X, long Y) p) => new(p.X / ControlSegment.Scale, p.Y / ControlSegment.Scale);
}
