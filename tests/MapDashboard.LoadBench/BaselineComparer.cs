using System.Globalization;
using System.Text;
using System.Text.Json;

namespace MapDashboard.LoadBench;

/// <summary>The committed reference figures (benchmarks/baseline.json).</summary>
public sealed record Baseline(string Machine, DateTime MeasuredAtUtc, IReadOnlyDictionary<string, Figure> Figures)
{
    /// <summary>The load averages each LoadBench result was measured under, by verb.</summary>
    public IReadOnlyDictionary<string, string>? LoadAverages { get; init; }
}

/// <summary>One figure against the baseline.</summary>
public sealed record Comparison(string Id, string Unit, double Baseline, double? Current, double? ChangePercent, bool Regressed);

/// <summary>
/// Reads the latest results (LoadBench's artifacts/bench/loadbench-*.json and BenchmarkDotNet's JSON reports) and compares
/// them with the baseline. Every figure is a time or a size, so higher is worse: a figure regresses when it grows by more
/// than the threshold and by more than a noise floor (2 ms, 1 MiB, 1 KiB: a 0.3 ms figure doubling on a shared machine is noise).
/// </summary>
public static class BaselineComparer
{
    private static readonly Dictionary<string, double> NoiseFloor = new(StringComparer.Ordinal) { ["ms"] = 2, ["MiB"] = 1, ["KiB"] = 1 };

    /// <summary>Every current figure: LoadBench's own results and BenchmarkDotNet's (median and p95 in ms).</summary>
    public static Dictionary<string, Figure> LoadCurrent(string benchFolder, string benchmarkDotNetResults)
    {
        var figures = new Dictionary<string, Figure>(StringComparer.Ordinal);
        if (Directory.Exists(benchFolder))
        {
            foreach (var file in Directory.GetFiles(benchFolder, "loadbench-*.json").Order(StringComparer.Ordinal))
            {
                var result = JsonSerializer.Deserialize<BenchResult>(File.ReadAllText(file), BenchResult.Json)
                             ?? throw new InvalidDataException($"{file} holds no LoadBench result.");
                foreach (var (id, figure) in result.Figures)
                {
                    figures[id] = figure;
                }
            }
        }
        if (Directory.Exists(benchmarkDotNetResults))
        {
            foreach (var file in Directory.GetFiles(benchmarkDotNetResults, "*-report-full-compressed.json").Order(StringComparer.Ordinal))
            {
                foreach (var (id, figure) in ParseBenchmarkDotNet(File.ReadAllText(file), $"--filter '*{Path.GetFileName(file).Split('-')[0].Split('.')[^1]}*'"))
                {
                    figures[id] = figure;
                }
            }
        }
        return figures;
    }

    /// <summary>The load average each LoadBench result under <paramref name="benchFolder"/> records, by verb.</summary>
    public static Dictionary<string, string> LoadAverages(string benchFolder) =>
        Directory.Exists(benchFolder)
            ? Directory.GetFiles(benchFolder, "loadbench-*.json").Order(StringComparer.Ordinal)
                .Select(f => JsonSerializer.Deserialize<BenchResult>(File.ReadAllText(f), BenchResult.Json)!)
                .ToDictionary(r => r.Verb, r => r.LoadAverage ?? "not recorded", StringComparer.Ordinal)
            : [];

    /// <summary>
    /// Median and p95 (ms) of every benchmark case in a BenchmarkDotNet JSON report (exporter "json"), and the bytes it
    /// allocates per operation (KiB) when it ran with the memory diagnoser.
    /// </summary>
    public static IEnumerable<KeyValuePair<string, Figure>> ParseBenchmarkDotNet(string json, string filter)
    {
        using var document = JsonDocument.Parse(json);
        var command = $"dotnet run -c Release --project tests/MapDashboard.Benchmarks -- {filter} --exporters json";
        var result = new List<KeyValuePair<string, Figure>>();
        foreach (var benchmark in document.RootElement.GetProperty("Benchmarks").EnumerateArray())
        {
            if (!benchmark.TryGetProperty("Statistics", out var statistics) || statistics.ValueKind != JsonValueKind.Object)
            {
                continue; // the case failed: no figure
            }
            var parameters = benchmark.GetProperty("Parameters").GetString();
            var id = $"bdn.{benchmark.GetProperty("Type").GetString()}.{benchmark.GetProperty("Method").GetString()}" +
                     (string.IsNullOrEmpty(parameters) ? "" : $"({parameters})");
            result.Add(new($"{id}.median", new Figure(statistics.GetProperty("Median").GetDouble() / 1e6, "ms", command)));
            result.Add(new($"{id}.p95", new Figure(statistics.GetProperty("Percentiles").GetProperty("P95").GetDouble() / 1e6, "ms", command)));
            if (benchmark.TryGetProperty("Memory", out var memory) && memory.ValueKind == JsonValueKind.Object
                && memory.TryGetProperty("BytesAllocatedPerOperation", out var bytes) && bytes.ValueKind == JsonValueKind.Number)
            {
                result.Add(new($"{id}.allocated", new Figure(bytes.GetDouble() / 1024, "KiB", command)));
            }
        }
        return result;
    }

    public static Baseline ReadBaseline(string path) =>
        JsonSerializer.Deserialize<Baseline>(File.ReadAllText(path), BenchResult.Json) ?? throw new InvalidDataException($"{path} holds no baseline.");

    public static IReadOnlyList<Comparison> Compare(Baseline baseline, IReadOnlyDictionary<string, Figure> current, double thresholdPercent) =>
        baseline.Figures.OrderBy(f => f.Key, StringComparer.Ordinal).Select(f =>
        {
            if (!current.TryGetValue(f.Key, out var now))
            {
                return new Comparison(f.Key, f.Value.Unit, f.Value.Value, null, null, false);
            }
            var change = f.Value.Value == 0 ? (double?)null : (now.Value - f.Value.Value) / Math.Abs(f.Value.Value) * 100;
            var growth = now.Value - f.Value.Value;
            var regressed = growth > NoiseFloor.GetValueOrDefault(f.Value.Unit, 0) && growth > Math.Abs(f.Value.Value) * thresholdPercent / 100;
            return new Comparison(f.Key, f.Value.Unit, f.Value.Value, now.Value, change, regressed);
        }).ToList();

    public static string Table(IReadOnlyList<Comparison> comparisons)
    {
        var width = Math.Max(6, comparisons.Max(c => c.Id.Length));
        var text = new StringBuilder($"{"figure".PadRight(width)}  {"baseline",12}  {"current",12}  {"change",8}\n");
        foreach (var c in comparisons)
        {
            var current = c.Current is { } v ? Format(v, c.Unit) : "not run";
            var change = c.ChangePercent is { } p ? p.ToString("+0.0;-0.0;0.0", CultureInfo.InvariantCulture) + " %" : "";
            text.Append(CultureInfo.InvariantCulture, $"{c.Id.PadRight(width)}  {Format(c.Baseline, c.Unit),12}  {current,12}  {change,8}{(c.Regressed ? "  REGRESSION" : "")}\n");
        }
        return text.ToString();
    }

    private static string Format(double value, string unit) => value.ToString("0.0##", CultureInfo.InvariantCulture) + " " + unit;
}
