using NetTopologySuite.Geometries;
using NetTopologySuite.Geometries.Prepared;
using NetTopologySuite.Index.Strtree;
using NetTopologySuite.Operation.Overlay;
using NetTopologySuite.Operation.OverlayNG;
using NetTopologySuite.Triangulate;

namespace MapDashboard.Core.Control;

/// <summary>
/// The date-independent part of the control layer, computed once per timeline: every point that ever has a known
/// holder, which of them seed areas, how far each reaches (from the sparsity around it), and each seed's piece: its
/// Voronoi cell within the reach of the seeds and within the outline, as grid segments. A point nobody holds yet at a
/// date keeps its piece blank, so a place's area never jumps to a neighbour before there is evidence for it.
/// </summary>
internal sealed class ControlGeometry
{
    private const double KmPerDegreeLat = 110.574;
    private readonly double _kmPerDegreeLon;

    public ControlGeometry(ControlTimeline timeline, Geometry outline, ControlLayerOptions options, GeometryFactory factory)
    {
        _kmPerDegreeLon = 111.320 * Math.Cos(outline.EnvelopeInternal.Centre.Y * Math.PI / 180);
        var latest = timeline.At(DateOnly.MaxValue).Select(h => h.Latest).OrderBy(c => c.PlaceId, StringComparer.Ordinal).ToList();
        // A village only known to be "near" its anchor sits on the anchor's point but never shares it: its side must not
        // decide the anchor's.
        Sites = latest.GroupBy(c => (Lon: Math.Round(c.Lon, 6), Lat: Math.Round(c.Lat, 6), Approximate: c.IsApproximate ? c.PlaceId : null))
            .Select(g =>
            {
                var settlement = g.FirstOrDefault(c => IsSettlement(c.Kind));
                return new ControlSite
                {
                    Lon = g.Key.Lon, Lat = g.Key.Lat, PlaceIds = g.Select(c => c.PlaceId).ToList(),
                    IsSettlement = settlement is not null, Kind = (settlement ?? g.First()).Kind, IsApproximate = g.Key.Approximate is not null,
                };
            }).ToList();
        for (var i = 0; i < Sites.Count; i++)
        {
            foreach (var id in Sites[i].PlaceIds)
            {
                SiteOfPlace[id] = i;
            }
        }
        ChooseSeeds(options);
        var seeds = Sites.Where(s => s.IsSeed).ToList();
        SetRadii(seeds, options);
        Cut(seeds, outline, factory);
    }

    /// <summary>Every point with a known holder at some date.</summary>
    public List<ControlSite> Sites { get; }

    /// <summary>Which point each place is on.</summary>
    public Dictionary<string, int> SiteOfPlace { get; } = new(StringComparer.Ordinal);

    /// <summary>Boundary segments two seeds' pieces share (where a front can run), with the two points' indexes.</summary>
    public List<(ControlSegment Segment, int A, int B)> SharedEdges { get; } = [];

    /// <summary>Whether a kind is a settlement (anything not named as a military or other site counts as one).</summary>
    public static bool IsSettlement(string? kind) => string.IsNullOrEmpty(kind) || string.Equals(kind, "settlement", StringComparison.OrdinalIgnoreCase);

    private (double X, double Y) Km(ControlSite s) => (s.Lon * _kmPerDegreeLon, s.Lat * KmPerDegreeLat);

    /// <summary>
    /// Settlements seed; a military site seeds only when no settlement is within the set distance; a place only known
    /// to be near its anchor never seeds (it has no point of its own).
    /// </summary>
    private void ChooseSeeds(ControlLayerOptions options)
    {
        var settlements = Sites.Where(s => s.IsSettlement && !s.IsApproximate).Select(Km).OrderBy(p => p.X).ToArray();
        var xs = settlements.Select(p => p.X).ToArray();
        foreach (var site in Sites)
        {
            if (site.IsApproximate)
            {
                site.IsSeed = false;
                continue;
            }
            if (site.IsSettlement)
            {
                site.IsSeed = true;
                continue;
            }
            var (x, y) = Km(site);
            var near = false;
            for (var i = LowerBound(xs, x - options.MilitarySeedKm); i < xs.Length && xs[i] <= x + options.MilitarySeedKm && !near; i++)
            {
                near = Math.Pow(settlements[i].X - x, 2) + Math.Pow(settlements[i].Y - y, 2) <= options.MilitarySeedKm * options.MilitarySeedKm;
            }
            site.IsSeed = !near;
        }
    }

    /// <summary>Each seed's reach: a multiple of the distance to its k-th nearest seed, within the bounds.</summary>
    private void SetRadii(List<ControlSite> seeds, ControlLayerOptions options)
    {
        var points = seeds.Select((s, i) => (Km(s), Index: i)).OrderBy(p => p.Item1.X).ToArray();
        var xs = points.Select(p => p.Item1.X).ToArray();
        var k = Math.Max(1, options.SparsityNeighbour);
        var best = new double[k];
        for (var n = 0; n < points.Length; n++)
        {
            Array.Fill(best, double.PositiveInfinity);
            var ((x, y), index) = points[n];
            // Scan outwards in x order; stop once the x gap alone exceeds the k-th distance found.
            for (var step = -1; step <= 1; step += 2)
            {
                for (var m = n + step; m >= 0 && m < points.Length && Math.Abs(xs[m] - x) < best[k - 1]; m += step)
                {
                    var d = Math.Sqrt(Math.Pow(points[m].Item1.X - x, 2) + Math.Pow(points[m].Item1.Y - y, 2));
                    if (d < best[k - 1])
                    {
                        var j = k - 1;
                        for (; j > 0 && best[j - 1] > d; j--)
                        {
                            best[j] = best[j - 1];
                        }
                        best[j] = d;
                    }
                }
            }
            var kth = double.IsPositiveInfinity(best[k - 1]) ? options.MaxRadiusKm : best[k - 1] * options.RadiusFactor;
            seeds[index].RadiusKm = Math.Clamp(kth, options.MinRadiusKm, options.MaxRadiusKm);
        }
    }

    /// <summary>Voronoi cells of the seeds, each cut to the union of the reaches touching it and to the outline.</summary>
    private void Cut(List<ControlSite> seeds, Geometry outline, GeometryFactory factory)
    {
        if (seeds.Count == 0)
        {
            return;
        }
        var envelope = new Envelope(outline.EnvelopeInternal);
        envelope.ExpandBy(1);
        // A seed far outside the country (a place abroad a report gave a holder) has no cell within the outline, and
        // half a world away it leaves the triangulation's frame so thin that it fails to converge: it is left out.
        seeds = seeds.Where(s => envelope.Contains(s.Lon, s.Lat)).ToList();
        if (seeds.Count == 0)
        {
            return;
        }
        var cells = new Dictionary<Coordinate, Geometry>();
        if (seeds.Count == 1)
        {
            cells[new Coordinate(seeds[0].Lon, seeds[0].Lat)] = factory.ToGeometry(envelope);
        }
        else
        {
            var builder = new VoronoiDiagramBuilder { ClipEnvelope = envelope };
            builder.SetSites(seeds.Select(s => new Coordinate(s.Lon, s.Lat)).ToList());
            var diagram = builder.GetDiagram(factory);
            for (var i = 0; i < diagram.NumGeometries; i++)
            {
                if (diagram.GetGeometryN(i) is { UserData: Coordinate site } cell)
                {
                    cells[site] = cell;
                }
            }
        }
        var discs = seeds.Select(s => ControlLayerBuilder.Disc(s.Lat, s.Lon, s.RadiusKm)).ToArray();
        var index = new STRtree<int>();
        for (var i = 0; i < discs.Length; i++)
        {
            index.Insert(discs[i].EnvelopeInternal, i);
        }
        index.Build(); // built before the parallel queries (a lazy build is not thread-safe)
        var pieces = new Geometry?[seeds.Count];
        // Cells are independent: cut them in parallel, each thread with its own prepared outline (its index is lazy).
        using var prepared = new ThreadLocal<IPreparedGeometry>(() => PreparedGeometryFactory.Prepare(outline));
        Parallel.For(0, seeds.Count, i =>
        {
            if (cells.TryGetValue(new Coordinate(seeds[i].Lon, seeds[i].Lat), out var cell))
            {
                var piece = Reach(cell, seeds[i], i, discs, index);
                pieces[i] = piece.IsEmpty || prepared.Value!.Contains(piece) ? piece : OverlayNGRobust.Overlay(piece, outline, SpatialFunction.Intersection);
            }
        });
        var owners = new Dictionary<ControlSegment, int>();
        var siteIndex = new Dictionary<ControlSite, int>(ReferenceEqualityComparer.Instance);
        for (var n = 0; n < Sites.Count; n++)
        {
            siteIndex[Sites[n]] = n;
        }
        for (var i = 0; i < seeds.Count; i++)
        {
            if (pieces[i] is not { } piece)
            {
                continue;
            }
            seeds[i].Segments = Segments(piece);
            var self = siteIndex[seeds[i]];
            foreach (var segment in seeds[i].Segments)
            {
                var key = segment.Canonical;
                if (owners.Remove(key, out var other))
                {
                    SharedEdges.Add((key, other, self));
                }
                else
                {
                    owners[key] = self;
                }
            }
        }
    }

    /// <summary>
    /// The cell within the union of the reaches that touch it. Most cells lie wholly within their own seed's reach
    /// (checked on the vertices: the cell is convex, the disc a polygon inside the circle), and are kept whole.
    /// </summary>
    private Geometry Reach(Geometry cell, ControlSite seed, int i, Geometry[] discs, STRtree<int> index)
    {
        var inscribed = seed.RadiusKm * Math.Cos(Math.PI / 48) * 0.999;
        if (cell.Coordinates.All(c => Math.Pow((c.X - seed.Lon) * _kmPerDegreeLon, 2) + Math.Pow((c.Y - seed.Lat) * KmPerDegreeLat, 2) <= inscribed * inscribed))
        {
            return cell;
        }
        var touching = index.Query(cell.EnvelopeInternal).Where(j => j == i || discs[j].Intersects(cell)).Select(j => discs[j]).ToArray();
        var reach = touching.Length == 1 ? touching[0] : OverlayNGRobust.Union(cell.Factory.BuildGeometry(touching));
        return OverlayNGRobust.Overlay(cell, reach, SpatialFunction.Intersection);
    }

    /// <summary>A piece's rings as grid segments: shells counter-clockwise, holes clockwise.</summary>
    private static ControlSegment[] Segments(Geometry piece)
    {
        var segments = new List<ControlSegment>();
        for (var p = 0; p < piece.NumGeometries; p++)
        {
            if (piece.GetGeometryN(p) is not Polygon polygon || polygon.IsEmpty)
            {
                continue;
            }
            Add(polygon.ExteriorRing.Coordinates, counterClockwise: true);
            foreach (var hole in polygon.InteriorRings)
            {
                Add(hole.Coordinates, counterClockwise: false);
            }
        }
        return [.. segments];

        void Add(Coordinate[] ring, bool counterClockwise)
        {
            if (NetTopologySuite.Algorithm.Orientation.IsCCW(ring) != counterClockwise)
            {
                ring = ring.Reverse().ToArray();
            }
            for (var i = 0; i + 1 < ring.Length; i++)
            {
                var s = new ControlSegment(ControlSegment.Grid(ring[i].X), ControlSegment.Grid(ring[i].Y), ControlSegment.Grid(ring[i + 1].X), ControlSegment.Grid(ring[i + 1].Y));
                if (s.X1 != s.X2 || s.Y1 != s.Y2)
                {
                    segments.Add(s);
                }
            }
        }
    }

    private static int LowerBound(double[] sorted, double value)
    {
        var i = Array.BinarySearch(sorted, value);
        return i >= 0 ? i : ~i;
    }
}
