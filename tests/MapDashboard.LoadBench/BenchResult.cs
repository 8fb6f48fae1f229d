using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace MapDashboard.LoadBench;

/// <summary>One figure: a value, its unit and the command that measured it.</summary>
public sealed record Figure(double Value, string Unit, string Command);

/// <summary>What one verb measured: named figures plus the raw samples, written to artifacts/bench/loadbench-{verb}.json.</summary>
public sealed record BenchResult(string Verb, DateTime MeasuredAtUtc, string Machine, IReadOnlyDictionary<string, Figure> Figures,
    IReadOnlyDictionary<string, double[]> Samples)
{
    public static readonly JsonSerializerOptions Json = new()
    {
        WriteIndented = true,
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping, // benchmark ids hold '&' (BenchmarkDotNet's parameters); the files are read by people
    };

    /// <summary>
    /// The machine's load averages (1, 5, 15 min) when the result was written: other work on a 2-core machine skews every
    /// time. Null in results written before it was recorded.
    /// </summary>
    public string? LoadAverage { get; init; }

    /// <summary>The load averages from /proc/loadavg.</summary>
    public static string ReadLoadAverage() => string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3));

    [JsonIgnore]
    public string FileName => $"loadbench-{Verb}.json";

    public async Task WriteAsync(string folder)
    {
        Directory.CreateDirectory(folder);
        await File.WriteAllTextAsync(Path.Combine(folder, FileName), JsonSerializer.Serialize(this, Json));
    }

    /// <summary>The figures as a table for the console.</summary>
    public string Table()
    {
        var width = Figures.Keys.Max(k => k.Length);
        return string.Join('\n', Figures.Select(f => $"{f.Key.PadRight(width)}  {f.Value.Value.ToString("0.0", CultureInfo.InvariantCulture),10} {f.Value.Unit}"));
    }

    /// <summary>This machine, as reports name it: CPU model, cores and memory (from /proc).</summary>
    public static string DescribeMachine()
    {
        var model = File.ReadLines("/proc/cpuinfo").FirstOrDefault(l => l.StartsWith("model name", StringComparison.Ordinal))?.Split(':', 2)[1].Trim() ?? "unknown CPU";
        var memory = File.ReadLines("/proc/meminfo").First(l => l.StartsWith("MemTotal:", StringComparison.Ordinal));
        var kilobytes = long.Parse(memory.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], CultureInfo.InvariantCulture);
        return $"{Environment.ProcessorCount} vCPU {model}, {kilobytes / 1024 / 1024.0:0.0} GiB RAM, .NET {Environment.Version}";
    }
}
