using System.Globalization;

namespace MapDashboard.LoadBench;

/// <summary>
/// Issue #18's backlog target as a guarded figure: `mapdash ingest` of a generated news-like backlog (100,000 articles by
/// default) into a fresh SQLite store, timed by /usr/bin/time (wall, CPU, peak memory), and the store's size. The corpus is
/// generated with the same seed as the pipeline's unless <c>--corpus DIR</c> names one already generated (it takes minutes
/// at 100,000); <c>--keep FILE</c> keeps the store, so that `slider --store FILE` can measure the dashboard on it.
/// </summary>
public sealed class BacklogBench(RepoPaths paths, int articles, string? corpus, string? keep, string command)
{
    private readonly TimedCli _cli = new(paths);

    public async Task<BenchResult> RunAsync()
    {
        _cli.EnsureReady();
        if (corpus is not null && !Directory.Exists(corpus))
        {
            throw new InvalidOperationException($"--corpus {corpus}: no such folder (generate one with `./mapdash corpus --articles {articles} --out DIR --seed 18`).");
        }
        if (keep is not null && File.Exists(keep))
        {
            throw new InvalidOperationException($"--keep {keep} exists: the backlog is measured into a fresh store; remove it or name another file.");
        }
        var work = Directory.CreateTempSubdirectory("mapdash-backlog-");
        try
        {
            var source = corpus ?? Path.Combine(work.FullName, "corpus");
            if (corpus is null)
            {
                await _cli.RunAsync(work.FullName, "corpus", "--articles", articles.ToString(CultureInfo.InvariantCulture), "--out", source, "--seed", "18");
            }
            // A generated corpus is one .txt file per article: a folder given with --corpus must hold the number measured.
            var count = Directory.EnumerateFiles(source, "*.txt", SearchOption.AllDirectories).Count();
            if (count != articles)
            {
                throw new InvalidOperationException($"{source} holds {count} .txt articles, not {articles}: pass --articles {count}, or generate the corpus with `./mapdash corpus --articles {articles} --seed 18`.");
            }
            var store = keep ?? Path.Combine(work.FullName, "backlog.db");
            var figures = new Dictionary<string, Figure>(StringComparer.Ordinal);
            var samples = new Dictionary<string, double[]>(StringComparer.Ordinal);
            var ingest = await _cli.RunAsync(work.FullName, "ingest", source, "--db", store);
            PipelineBench.Add(figures, samples, $"backlog.ingest-sqlite-{count}", ingest, count, command);
            figures[$"backlog.ingest-sqlite-{count}.store-size"] = new Figure(new FileInfo(store).Length / 1024.0 / 1024.0, "MiB", command);
            return new BenchResult("backlog", DateTime.UtcNow, BenchResult.DescribeMachine(), figures, samples);
        }
        finally
        {
            work.Delete(recursive: true);
        }
    }
}
