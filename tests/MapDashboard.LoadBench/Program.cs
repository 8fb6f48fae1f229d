using System.Globalization;
using System.Text.Json;
using MapDashboard.LoadBench;

// Browser-side and whole-app figures of issue #8 (see BENCHMARKS.md). Build the solution in Release first.
const string Usage = """
    usage: dotnet run -c Release --project tests/MapDashboard.LoadBench -- VERB [options]
      coldstart [--runs 10] [--store FILE] [--published on]  server process start to first map paint, N fresh processes;
                                                         --published on: the app ./run.sh published (ReadyToRun), as a user starts it
      memory    [--sessions 5,10,20] [--store FILE]      server memory per connected browser (GC heap and RSS after a full GC)
      slider    [--steps 50] [--window month] [--store FILE] [--split on]  time-slider change to map updated (browser Performance API);
                                                         --split on: each step's server split (queries, calls, GC) and drawing, steps kept apart
      soak      [--clients 50] [--minutes 5] [--writers 2] [--store FILE]  issue 16: browser circuits scrub the slider while writers post (on demand)
      pipeline  [--copies 400] [--articles 10000]        issue 18: whole-process `mapdash geoparse` of the seed articles copied N times, and
                                                         `mapdash ingest` of a generated corpus into a fresh SQLite store (wall, CPU, peak memory)
      backlog   [--articles 100000] [--corpus DIR] [--keep FILE]  issue 18: `mapdash ingest` of a generated backlog into a fresh
                                                         SQLite store (wall, CPU, peak memory, store size); --corpus: one already
                                                         generated (`mapdash corpus --seed 18`); --keep: keep the store (for `slider`)
      layer-bytes --from YYYY-MM-DD --to YYYY-MM-DD [--steps 40] [--store FILE]  the map's control layer at N even dates, bytes split by part (no browser)
      compare   [--baseline benchmarks/baseline.json] [--threshold 25]  latest results vs the baseline; exit 1 on a regression
      baseline  [--baseline benchmarks/baseline.json] [--only PREFIX]  write the latest results as the new baseline
                                                         (--only: adopt just the figures whose id starts with PREFIX, keep the rest)
    common: --configuration Release (the web app build to start); the default store is artifacts/bench/synth-1000000.db
    """;

if (args.Length == 0 || args[0] is "-h" or "--help")
{
    Console.WriteLine(Usage);
    return args.Length == 0 ? 2 : 0;
}
var verb = args[0];
var options = Options.Parse(args.Skip(1).ToArray());
var paths = RepoPaths.Discover(options.Get("configuration", "Release"));
var store = Path.GetFullPath(options.Get("store", paths.Store(1_000_000)));
var command = $"dotnet run -c Release --project tests/MapDashboard.LoadBench -- {string.Join(' ', args)}";
var baselinePath = Path.GetFullPath(options.Get("baseline", Path.Combine(paths.Root, "benchmarks", "baseline.json")));
var benchmarkDotNetResults = Path.Combine(paths.Root, "BenchmarkDotNet.Artifacts", "results");

if (verb == "layer-bytes")
{
    await new LayerBytesBench(paths, store, LayerBytesBench.Date(options.Get("from", "")), LayerBytesBench.Date(options.Get("to", "")), options.GetInt("steps", 40)).RunAsync();
    return 0;
}
BenchResult? result = verb switch
{
    "coldstart" => await new ColdStartBench(paths, store, options.GetInt("runs", 10), command, options.Get("published", "off") == "on").RunAsync(),
    "memory" => await new MemoryBench(paths, store, options.Get("sessions", "5,10,20").Split(',').Select(s => int.Parse(s, CultureInfo.InvariantCulture)).ToArray(), command).RunAsync(),
    "slider" => await new SliderBench(paths, store, options.GetInt("steps", 50), options.Get("window", "month"), command, options.Get("split", "off") == "on").RunAsync(),
    "soak" => await new SoakBench(paths, store, options.GetInt("clients", 50), TimeSpan.FromMinutes(double.Parse(options.Get("minutes", "5"), CultureInfo.InvariantCulture)),
        options.GetInt("writers", 2), command).RunAsync(),
    "pipeline" => await new PipelineBench(paths, options.GetInt("copies", 400), options.GetInt("articles", 10_000), command).RunAsync(),
    "backlog" => await new BacklogBench(paths, options.GetInt("articles", 100_000), OptionalPath(options.Get("corpus", "")), OptionalPath(options.Get("keep", "")), command).RunAsync(),
    _ => null,
};
if (result is not null)
{
    result = result with { LoadAverage = BenchResult.ReadLoadAverage() };
    await result.WriteAsync(paths.BenchFolder);
    Console.WriteLine($"\n{result.Machine}, load average {result.LoadAverage}\n{result.Table()}\nwritten to {Path.Combine(paths.BenchFolder, result.FileName)}");
    return 0;
}
var current = BaselineComparer.LoadCurrent(paths.BenchFolder, benchmarkDotNetResults);
switch (verb)
{
    case "compare":
        var baseline = BaselineComparer.ReadBaseline(baselinePath);
        var threshold = double.Parse(options.Get("threshold", "25"), CultureInfo.InvariantCulture);
        var comparisons = BaselineComparer.Compare(baseline, current, threshold);
        Console.WriteLine($"baseline: {baseline.Machine}, {baseline.MeasuredAtUtc:yyyy-MM-dd HH:mm} UTC; now: {BenchResult.DescribeMachine()}; threshold {threshold} %\n");
        Console.Write(BaselineComparer.Table(comparisons));
        var regressions = comparisons.Count(c => c.Regressed);
        Console.WriteLine(regressions == 0 ? "\nno regression" : $"\n{regressions} regression(s) beyond {threshold} %");
        return regressions == 0 ? 0 : 1;
    case "baseline":
        // --only PREFIX adopts only the figures whose id starts with it (e.g. "pipeline."), keeping the rest of the baseline.
        var only = options.Get("only", "");
        var adopted = current.Where(f => f.Key.StartsWith(only, StringComparison.Ordinal)).ToDictionary(StringComparer.Ordinal);
        if (adopted.Count == 0)
        {
            Console.Error.WriteLine($"No results{(only.Length > 0 ? $" starting with '{only}'" : "")} under {paths.BenchFolder} or {benchmarkDotNetResults}: run the benchmarks first.");
            return 1;
        }
        Directory.CreateDirectory(Path.GetDirectoryName(baselinePath)!);
        var loads = BaselineComparer.LoadAverages(paths.BenchFolder);
        var written = new Baseline(BenchResult.DescribeMachine(), DateTime.UtcNow, adopted) { LoadAverages = loads };
        if (only.Length > 0 && File.Exists(baselinePath))
        {
            var kept = BaselineComparer.ReadBaseline(baselinePath);
            var keptLoads = new Dictionary<string, string>(kept.LoadAverages ?? new Dictionary<string, string>(), StringComparer.Ordinal);
            foreach (var (measuredBy, load) in loads.Where(l => adopted.Keys.Any(k => k.StartsWith(l.Key + ".", StringComparison.Ordinal))))
            {
                keptLoads[measuredBy] = load;
            }
            written = kept with { Figures = new Dictionary<string, Figure>(kept.Figures.Concat(adopted).GroupBy(f => f.Key).Select(g => g.Last()).ToDictionary(), StringComparer.Ordinal), LoadAverages = keptLoads };
        }
        await File.WriteAllTextAsync(baselinePath, JsonSerializer.Serialize(written, BenchResult.Json) + "\n");
        Console.WriteLine($"{adopted.Count} figures written to {baselinePath}");
        return 0;
    default:
        Console.Error.WriteLine($"Unknown verb '{verb}'.\n{Usage}");
        return 2;
}

static string? OptionalPath(string value) => value.Length == 0 ? null : Path.GetFullPath(value);
