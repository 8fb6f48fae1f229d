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
    private readonly TimedCli _cli = new(paths);

    /// <summary>Runs both stages in a temporary folder that is removed afterwards.</summary>
    public async Task<BenchResult> RunAsync()
    {
        _cli.EnsureReady();
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
            await _cli.RunAsync(work.FullName, "corpus", "--articles", articles.ToString(CultureInfo.InvariantCulture), "--out", corpus, "--seed", "18");

            var figures = new Dictionary<string, Figure>(StringComparer.Ordinal);
            var samples = new Dictionary<string, double[]>(StringComparer.Ordinal);
            var geoparsed = seeds.Count * copies;
            var geoparse = await _cli.RunAsync(work.FullName, "geoparse", seedCopies);
            Add(figures, samples, $"pipeline.geoparse-{geoparsed}", geoparse, geoparsed, command);
            var ingest = await _cli.RunAsync(work.FullName, "ingest", corpus, "--db", Path.Combine(work.FullName, "store.db"));
            Add(figures, samples, $"pipeline.ingest-sqlite-{articles}", ingest, articles, command);
            return new BenchResult("pipeline", DateTime.UtcNow, BenchResult.DescribeMachine(), figures, samples);
        }
        finally
        {
            work.Delete(recursive: true);
        }
    }

    internal static void Add(Dictionary<string, Figure> figures, Dictionary<string, double[]> samples, string id, Timing timing, int count, string command)
    {
        figures[$"{id}.wall"] = new Figure(timing.WallSeconds * 1000, "ms", command);
        figures[$"{id}.cpu"] = new Figure(timing.CpuSeconds * 1000, "ms", command);
        figures[$"{id}.peak-rss"] = new Figure(timing.PeakKilobytes / 1024.0, "MiB", command);
        samples[$"{id}.articles-per-second"] = [count / timing.WallSeconds];
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{id}: {count / timing.WallSeconds:0} articles/s, {timing.CpuSeconds * 1000 / count:0.00} ms CPU per article, {timing.PeakKilobytes / 1024.0:0} MiB peak"));
    }
}
