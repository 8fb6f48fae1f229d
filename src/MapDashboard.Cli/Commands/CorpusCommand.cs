using System.CommandLine;
using MapDashboard.Core.Actors;
using MapDashboard.Data.Synth;

namespace MapDashboard.Cli.Commands;

/// <summary>`mapdash corpus --articles N --out DIR [--seed S] [--copies F]`: a folder of generated news-like articles for ingest benchmarks.</summary>
public static class CorpusCommand
{
    /// <summary>Creates the command.</summary>
    public static Command Create(TextWriter stdout, TextWriter stderr)
    {
        var articles = new Option<int>("--articles") { Description = "How many articles to write.", Required = true };
        var output = new Option<string>("--out") { Description = "The folder to write them into (created; must hold no generated article yet).", Required = true };
        var seed = new Option<int>("--seed") { Description = "Random seed: the same seed gives the same articles.", DefaultValueFactory = _ => 1 };
        var copies = new Option<double>("--copies") { Description = "Share of syndicated copies of earlier articles (0 to 0.5).", DefaultValueFactory = _ => 0.05 };
        var gazetteer = GazetteerOption.Create("The gazetteer database to draw places from");
        var command = new Command("corpus", "Write generated news-like articles (templates, real places, catalogue actors, a share of syndicated copies) for ingest benchmarks.")
        {
            articles, output, seed, copies, gazetteer,
        };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var count = parse.GetValue(articles);
            if (count <= 0)
            {
                stderr.WriteLine($"corpus: --articles must be positive (got {count})");
                return 2;
            }
            var folder = Path.GetFullPath(parse.GetValue(output)!);
            try
            {
                var generator = new NewsCorpusGenerator(CliPaths.GazetteerDatabase(parse.GetValue(gazetteer)), FactionCatalogue.LoadDefault());
                var summary = await ProgressDisplay.RunAsync(stderr, report =>
                    generator.GenerateAsync(folder, count, parse.GetValue(seed), parse.GetValue(copies),
                        new Progress<(int Done, int Total)>(p => report("writing articles", p.Done, p.Total)), cancellationToken));
                stdout.WriteLine($"{summary.Articles:N0} articles ({summary.Copies:N0} syndicated copies) from {summary.Templates} templates at {summary.Places:N0} places, written to {folder}");
                return 0;
            }
            catch (Exception ex) when (ex is IOException or ArgumentException or InvalidOperationException or FileNotFoundException)
            {
                stderr.WriteLine($"corpus: {ex.Message}");
                return 1;
            }
        });
        return command;
    }
}
