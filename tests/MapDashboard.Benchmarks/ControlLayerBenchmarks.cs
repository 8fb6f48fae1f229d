using BenchmarkDotNet.Attributes;
using MapDashboard.Core.Actors;
using MapDashboard.Core.Control;
using MapDashboard.Data;
using MapDashboard.Data.Control;
using NetTopologySuite.Geometries;
using NetTopologySuite.Geometries.Prepared;

namespace MapDashboard.Benchmarks;

/// <summary>
/// The control layer for a whole country: 6,000 synthetic places inside Syria's outline (from the offline basemap),
/// clustered around invented towns so some areas are dense and the desert sparse; 8 % military sites; each place held
/// from a baseline date by the side of its nearest "front" anchor (5 % enclaves), 2 % contested, and 1,500 later
/// changes of hands spread over three years. Two measures:
/// <list type="bullet">
/// <item>LayerAtANewDate: one date the builder has not computed yet (the slider moving to a new step), geometry
/// already prepared: states, dissolve per side and age band, fronts, symbols, legend and GeoJSON.</item>
/// <item>FirstLayerAfterAStoreChange: a fresh builder (as after an ingest): the Voronoi cells and reaches, then one date.</item>
/// </list>
/// Run: dotnet run -c Release --project tests/MapDashboard.Benchmarks -- --filter '*ControlLayer*'
/// </summary>
[Config(typeof(LatencyConfig))]
public class ControlLayerBenchmarks
{
    private static readonly DateOnly Baseline = new(2017, 7, 1);

    // Ground forces that hold places, weighted roughly by how much of the map they held.
    private static readonly (string Controller, double Weight)[] Mix =
    [
        ("saa", 35), ("sdf", 15), ("islamic-state", 12), ("hayat-tahrir-al-sham", 10), ("fsa", 10),
        ("turkish-armed-forces", 6), ("ypg", 5), ("ahrar-al-sham", 4), ("jaish-al-islam", 3),
    ];

    private static readonly string[] MilitaryKinds = ["base", "hill", "checkpoint", "airbase"];

    private ControlTimeline _timeline = default!;
    private Geometry _outline = default!;
    private Func<string, (string Side, string Colour)> _style = default!;
    private ControlLayerBuilder _builder = default!;
    private int _next;

    [Params(6_000)]
    public int Places { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var layout = RepositoryLayout.DiscoverOrThrow();
        using (var countries = File.OpenRead(Path.Combine(layout.WwwrootAssets, ControlLayerLoader.CountriesFile)))
        {
            _outline = ControlLayerLoader.ReadOutline(countries);
        }
        _timeline = new ControlTimeline(Changes(Points(_outline, Places, new Random(20)), new Random(21)));
        var factions = FactionCatalogue.LoadDefault();
        foreach (var (controller, _) in Mix)
        {
            _ = factions.Get(controller) ?? throw new InvalidOperationException($"{controller} is not in the faction catalogue.");
        }
        _style = c => (factions.SideOf(c).Name, factions.SideOf(c).Colour);
        _builder = new ControlLayerBuilder(_timeline, _outline, _style);
        var layer = _builder.LayerAt(At(0));
        Console.WriteLine($"// {Places} places, {_timeline.ChangeDates.Length} change days, legend: " +
                          string.Join("; ", layer.Legend.Select(e => $"{e.Category} {e.Side} {e.Areas} areas {e.Places} places")) +
                          $", {layer.GeoJson.Length / 1024} KiB of GeoJSON");
        // On a loaded shared machine wall time mostly measures the queue for a core: report the CPU time too.
        var process = System.Diagnostics.Process.GetCurrentProcess();
        var cpu = new List<double>();
        var wall = new List<double>();
        for (var step = 500; step < 530; step++)
        {
            process.Refresh();
            var before = process.TotalProcessorTime;
            var clock = System.Diagnostics.Stopwatch.StartNew();
            _builder.LayerAt(At(step));
            wall.Add(clock.Elapsed.TotalMilliseconds);
            process.Refresh();
            cpu.Add((process.TotalProcessorTime - before).TotalMilliseconds);
        }
        Console.WriteLine($"// 30 new dates: CPU time median {Median(cpu):F0} ms (max {cpu.Max():F0}), wall median {Median(wall):F0} ms, " +
                          $"load average {File.ReadAllText("/proc/loadavg").Split(' ')[0]}");
    }

    private static double Median(List<double> values) => values.Order().ElementAt(values.Count / 2);

    [Benchmark]
    public int LayerAtANewDate() => _builder.LayerAt(At(++_next)).GeoJson.Length;

    [Benchmark]
    public int FirstLayerAfterAStoreChange() => new ControlLayerBuilder(_timeline, _outline, _style).GeoJsonAt(At(0)).Length;

    /// <summary>A date not asked before: weekly steps from the baseline, over about 19 years (never a cached one).</summary>
    private static DateOnly At(int step) => Baseline.AddDays(7 * (step % 1000));

    /// <summary>Points inside the outline: most around invented towns (denser in the west), the rest anywhere.</summary>
    private static List<(double Lat, double Lon)> Points(Geometry outline, int count, Random random)
    {
        var inside = PreparedGeometryFactory.Prepare(outline);
        var envelope = outline.EnvelopeInternal;
        var towns = new List<(double Lat, double Lon)>();
        while (towns.Count < 80)
        {
            var lon = envelope.MinX + Math.Pow(random.NextDouble(), 1.6) * envelope.Width;
            var lat = envelope.MinY + random.NextDouble() * envelope.Height;
            if (inside.Contains(new Point(lon, lat)))
            {
                towns.Add((lat, lon));
            }
        }
        var points = new List<(double Lat, double Lon)>(count);
        while (points.Count < count)
        {
            (double Lat, double Lon) p = random.NextDouble() < 0.85
                ? Around(towns[random.Next(towns.Count)], random)
                : (envelope.MinY + random.NextDouble() * envelope.Height, envelope.MinX + random.NextDouble() * envelope.Width);
            if (inside.Contains(new Point(p.Lon, p.Lat)))
            {
                points.Add(p);
            }
        }
        return points;
    }

    private static (double Lat, double Lon) Around((double Lat, double Lon) town, Random random)
    {
        // Box-Muller: a normal spread of about 15 km.
        var r = Math.Sqrt(-2 * Math.Log(1 - random.NextDouble())) * 0.14;
        var angle = 2 * Math.PI * random.NextDouble();
        return (town.Lat + r * Math.Sin(angle), town.Lon + r * Math.Cos(angle));
    }

    private static IEnumerable<ControlChange> Changes(List<(double Lat, double Lon)> points, Random random)
    {
        var cumulative = Mix.Select(m => m.Weight).ToArray();
        for (var i = 1; i < cumulative.Length; i++)
        {
            cumulative[i] += cumulative[i - 1];
        }
        string Draw()
        {
            var target = random.NextDouble() * cumulative[^1];
            return Mix[Array.FindIndex(cumulative, c => c >= target)].Controller;
        }

        var anchors = points.OrderBy(_ => random.Next()).Take(points.Count / 150).Select(p => (p.Lat, p.Lon, Controller: Draw())).ToList();
        var holders = new string[points.Count];
        var kinds = new string[points.Count];
        for (var i = 0; i < points.Count; i++)
        {
            var (lat, lon) = points[i];
            var front = anchors.MinBy(a => Math.Pow(a.Lat - lat, 2) + Math.Pow(a.Lon - lon, 2)).Controller;
            holders[i] = random.NextDouble() < 0.05 ? Draw() : front;
            kinds[i] = random.NextDouble() < 0.08 ? MilitaryKinds[random.Next(MilitaryKinds.Length)] : "settlement";
            var status = random.NextDouble() < 0.02 ? ControlStatus.Contested : ControlStatus.Held;
            yield return new ControlChange($"p{i}", $"Place {i}", lat, lon, Baseline, holders[i], null, "held", 0.7)
            {
                Status = status, Source = "baseline", Kind = kinds[i], Evidence = "snapshot:synthetic",
            };
        }
        for (var n = 0; n < 1_500; n++)
        {
            var i = random.Next(points.Count);
            var controller = Draw();
            var date = Baseline.AddDays(1 + random.Next(3 * 365));
            yield return new ControlChange($"p{i}", $"Place {i}", points[i].Lat, points[i].Lon, date, controller, holders[i], "captured", 0.8)
            {
                Kind = kinds[i], Evidence = $"/article/{n}?event=1",
            };
        }
    }
}
