using System.CommandLine;
using MapDashboard.Data;
using MapDashboard.Data.Ingest;
using MapDashboard.Data.Store;
using Microsoft.Extensions.DependencyInjection;

namespace MapDashboard.Cli.Commands;

/// <summary>`mapdash ingest PATH... [--db FILE|URL] [--jobs N]`: geoparse articles and store them, idempotently, in SQLite or PostgreSQL.</summary>
public static class IngestCommand
{
    /// <summary>From this many files on, the word-list regexes run compiled (<see cref="Core.Events.WordListRegexes"/>).</summary>
    public const int CompiledRegexesFrom = 200;

    /// <summary>Creates the command.</summary>
    public static Command Create(TextWriter stdout, TextWriter stderr)
    {
        var paths = new Argument<string[]>("paths") { Description = "Article files or folders.", Arity = ArgumentArity.OneOrMore };
        var db = StoreOption.Create();
        var gazetteer = GazetteerOption.Create();
        var jobsOption = JobsOption.Create();
        var profile = new Option<bool>("--profile")
        {
            Description = "At the end, print on stderr where the wall time went: the writer writing, waiting for articles or for a worker's place, the workers waiting for the full queue.",
        };
        var command = new Command("ingest", "Geoparse articles and store them with their place mentions (the same content twice changes nothing).")
        {
            paths, db, gazetteer, jobsOption, profile,
        };
        command.SetAction(async (parse, cancellationToken) =>
        {
            if (JobsOption.Resolve(parse.GetValue(jobsOption), "ingest", stderr) is not { } jobs)
            {
                return 2;
            }
            if (ArticlePaths.ExpandOrRefuse(parse.GetValue(paths)!, "ingest", stderr) is not { } files)
            {
                return 2;
            }
            if (files.Count == 0)
            {
                stderr.WriteLine("ingest: no article files found");
                return 1;
            }
            if (files.Count >= CompiledRegexesFrom)
            {
                // A long batch earns back the second that compiling the word-list regexes costs (BENCHMARKS.md, issue 18).
                AppContext.SetSwitch(Core.Events.WordListRegexes.CompiledSwitch, true);
            }
            if (StoreOption.TryOpen(parse.GetValue(db), readOnly: false, "ingest", stderr) is not { } factory)
            {
                return 2;
            }
            if (await CliServices.TryCreateAsync(parse.GetValue(gazetteer), factory, stderr, cancellationToken) is not { } services)
            {
                return 1;
            }
            await using var _ = services;
            return await StoreOption.RunAsync(factory, "ingest", stderr, () => IngestAsync(services, factory, files, jobs, parse.GetValue(profile), stdout, stderr, cancellationToken));
        });
        return command;
    }

    private static async Task<int> IngestAsync(IServiceProvider services, IStoreConnectionFactory factory, IReadOnlyList<string> files, int jobs,
        bool profile, TextWriter stdout, TextWriter stderr, CancellationToken cancellationToken)
    {
        await services.GetRequiredService<EventStore>().InitializeAsync(cancellationToken);
        var ingester = services.GetRequiredService<ArticleIngester>();
        var times = profile ? new IngestStageTimes() : null;
        var clock = System.Diagnostics.Stopwatch.StartNew();
        var results = await ProgressDisplay.RunAsync(stderr, report =>
            ingester.IngestAsync(files, new Progress<(int Done, int Total)>(p => report("ingesting articles", p.Done, p.Total)), cancellationToken, jobs, times));
        if (times is not null)
        {
            stderr.WriteLine($"ingest profile ({jobs} workers): {times.Describe(clock.Elapsed)}");
        }
        foreach (var failed in results.Where(r => !r.Succeeded))
        {
            stderr.WriteLine($"skipped {failed.File}: {failed.Error}");
        }
        var landed = results.Where(r => r.Succeeded).Select(r => r.Outcome!).ToList();
        stdout.WriteLine($"{landed.Count(o => o.Status == IngestStatus.Added)} added, {landed.Count(o => o.Status == IngestStatus.Reprocessed)} re-processed, "
            + $"{landed.Count(o => o.Status == IngestStatus.Unchanged)} unchanged, {results.Count - landed.Count} skipped, "
            + $"{landed.Count(o => o.Status == IngestStatus.Appearance)} copies of stored articles (recorded as appearances); "
            + $"{landed.Sum(o => o.Mentions)} place mentions and {landed.Sum(o => o.Events)} event reports stored in {factory.Description}");
        return landed.Count > 0 ? 0 : 1;
    }
}
