using System.Diagnostics;
using System.Globalization;

namespace MapDashboard.LoadBench;

/// <summary>
/// Issue #18's whole-process figures, so that scripts/bench-compare.sh guards them: `mapdash geoparse` over copies of the
/// seed articles, and `mapdash ingest` of a generated news-like corpus into a fresh SQLite store. Each child process is
/// timed by /usr/bin/time: wall time, CPU (user + sys) and peak resident memory. Every figure is a time or a size, as
/// the comparer expects (higher is worse); the console table also says articles per second.
/// </summary>
public sealed class PipelineBench(RepoPaths paths, int copies, int articles, string command)
{
    /// <summary>The CLI as ./mapdash publishes it (ReadyToRun where it can be).</summary>
    private string Cli => Path.Combine(paths.Root, "artifacts", "cli", "mapdash.dll");

    /// <summary>Runs both stages in a temporary folder that is removed afterwards.</summary>
    public async Task<BenchResult> RunAsync()
    {
        if (!File.Exists(Cli))
        {
            throw new InvalidOperationException($"{Cli} is missing: run `./mapdash --help` once, which publishes the CLI.");
        }
        if (!File.Exists("/usr/bin/time"))
        {
            throw new InvalidOperationException("/usr/bin/time is missing (Debian package `time`): it measures the child processes' CPU and memory.");
        }
        var work = Directory.CreateTempSubdirectory("mapdash-pipeline-");
        try
        {
            var seedCopies = Path.Combine(work.FullName, "seed-copies");
            var seeds = Directory.GetFiles(Path.Combine(paths.Root, "seeds"), "*.txt").Order(StringComparer.Ordinal).ToList();
            Directory.CreateDirectory(seedCopies);
            for (var i = 0; i < copies; i++)
            {
                foreach (var seed in seeds)
                {
                    File.Copy(seed, Path.Combine(seedCopies, $"{i:D4}_{Path.GetFileName(seed)}"));
                }
            }
            var corpus = Path.Combine(work.FullName, "corpus");
            await RunAsync(work.FullName, "corpus", "--articles", articles.ToString(CultureInfo.InvariantCulture), "--out", corpus, "--seed", "18");

            var figures = new Dictionary<string, Figure>(StringComparer.Ordinal);
            var samples = new Dictionary<string, double[]>(StringComparer.Ordinal);
            var geoparsed = seeds.Count * copies;
            var geoparse = await RunAsync(work.FullName, "geoparse", seedCopies);
            Add(figures, samples, $"pipeline.geoparse-{geoparsed}", geoparse, geoparsed);
            var ingest = await RunAsync(work.FullName, "ingest", corpus, "--db", Path.Combine(work.FullName, "store.db"));
            Add(figures, samples, $"pipeline.ingest-sqlite-{articles}", ingest, articles);
            return new BenchResult("pipeline", DateTime.UtcNow, BenchResult.DescribeMachine(), figures, samples);
        }
        finally
        {
            work.Delete(recursive: true);
        }
    }

    private void Add(Dictionary<string, Figure> figures, Dictionary<string, double[]> samples, string id, Timing timing, int count)
    {
        figures[$"{id}.wall"] = new Figure(timing.WallSeconds * 1000, "ms", command);
        figures[$"{id}.cpu"] = new Figure(timing.CpuSeconds * 1000, "ms", command);
        figures[$"{id}.peak-rss"] = new Figure(timing.PeakKilobytes / 1024.0, "MiB", command);
        samples[$"{id}.articles-per-second"] = [count / timing.WallSeconds];
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{id}: {count / timing.WallSeconds:0} articles/s, {timing.CpuSeconds * 1000 / count:0.00} ms CPU per article, {timing.PeakKilobytes / 1024.0:0} MiB peak"));
    }

    /// <summary>One child process's wall time, CPU time (user + sys) and peak resident memory, from /usr/bin/time.</summary>
    private sealed record Timing(double WallSeconds, double CpuSeconds, long PeakKilobytes);

    private async Task<Timing> RunAsync(string folder, params string[] cliArguments)
    {
        var timeFile = Path.Combine(folder, "time.txt");
        var start = new ProcessStartInfo("/usr/bin/time")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in new[] { "-f", "%e %U %S %M", "-o", timeFile, "dotnet", Cli }.Concat(cliArguments))
        {
            start.ArgumentList.Add(argument);
        }
        using var process = Process.Start(start) ?? throw new InvalidOperationException("could not start /usr/bin/time");
        // The output is read and dropped (geoparse writes every article's reading), so the child never blocks on a full pipe.
        var output = process.StandardOutput.BaseStream.CopyToAsync(Stream.Null);
        var errors = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        await output;
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"mapdash {cliArguments[0]} exited with {process.ExitCode}: {(await errors).Trim()}");
        }
        var fields = File.ReadAllLines(timeFile).Last(l => l.Trim().Length > 0).Split(' ', StringSplitOptions.RemoveEmptyEntries);
        double Number(int i) => double.Parse(fields[i], CultureInfo.InvariantCulture);
        return new Timing(Number(0), Number(1) + Number(2), (long)Number(3));
    }
}
