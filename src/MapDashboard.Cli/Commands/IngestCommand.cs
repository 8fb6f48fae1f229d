using System.CommandLine;
using MapDashboard.Data;
using MapDashboard.Data.Articles;
using MapDashboard.Data.Gazetteer;
using MapDashboard.Data.Ingest;
using MapDashboard.Data.Store;

namespace MapDashboard.Cli.Commands;

/// <summary>`mapdash ingest PATH... [--db FILE]`: geoparse articles and store them, idempotently.</summary>
public static class IngestCommand
{
    /// <summary>Creates the command.</summary>
    public static Command Create(TextWriter stdout, TextWriter stderr)
    {
        var paths = new Argument<string[]>("paths") { Description = "Article files or folders.", Arity = ArgumentArity.OneOrMore };
        var db = new Option<FileInfo?>("--db") { Description = "The event store (default: data/mapdashboard.db in the checkout)." };
        var gazetteer = new Option<FileInfo?>("--gazetteer") { Description = "The gazetteer database (default: the checkout's)." };
        var command = new Command("ingest", "Geoparse articles and store them with their place mentions (the same content twice changes nothing).") { paths, db, gazetteer };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var files = ArticlePaths.Expand(parse.GetValue(paths)!, stderr);
            if (files.Count == 0)
            {
                stderr.WriteLine("ingest: no article files found");
                return 1;
            }
            Core.Geoparsing.Geoparser geoparser;
            try
            {
                (geoparser, _, _) = await GeoparserFactory.CreateAsync(CliPaths.GazetteerDatabase(parse.GetValue(gazetteer)), cancellationToken: cancellationToken);
            }
            catch (FileNotFoundException ex)
            {
                stderr.WriteLine(ex.Message);
                return 1;
            }
            var store = new EventStore(new SqliteConnectionFactory(CliPaths.EventDatabase(parse.GetValue(db))));
            await store.InitializeAsync(cancellationToken);
            var coder = Core.Events.EventCoder.CreateDefault();
            var ingester = new ArticleIngester(geoparser, coder, store, new ArticleFileReader());
            var results = await ProgressDisplay.RunAsync(stderr, report =>
                ingester.IngestAsync(files, new Progress<(int Done, int Total)>(p => report("ingesting articles", p.Done, p.Total)), cancellationToken));
            foreach (var failed in results.Where(r => !r.Succeeded))
            {
                stderr.WriteLine($"skipped {failed.File}: {failed.Error}");
            }
            var landed = results.Where(r => r.Succeeded).Select(r => r.Outcome!).ToList();
            stdout.WriteLine($"{landed.Count(o => o.Status == IngestStatus.Added)} added, {landed.Count(o => o.Status == IngestStatus.Reprocessed)} re-processed, "
                + $"{landed.Count(o => o.Status == IngestStatus.Unchanged)} unchanged, {results.Count - landed.Count} skipped; "
                + $"{landed.Sum(o => o.Mentions)} place mentions and {landed.Sum(o => o.Events)} event reports stored in {CliPaths.EventDatabase(parse.GetValue(db))}");
            return landed.Count > 0 ? 0 : 1;
        });
        return command;
    }
}
