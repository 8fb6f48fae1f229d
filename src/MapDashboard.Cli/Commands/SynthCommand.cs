using System.CommandLine;
using MapDashboard.Core.Actors;
using MapDashboard.Data;
using MapDashboard.Data.Synth;

namespace MapDashboard.Cli.Commands;

/// <summary>`mapdash synth --events N --db FILE [--seed S] [--from D] [--to D]`: a large, deterministic store for scale tests.</summary>
public static class SynthCommand
{
    /// <summary>Creates the command.</summary>
    public static Command Create(TextWriter stdout, TextWriter stderr)
    {
        var events = new Option<long>("--events") { Description = "How many events to generate.", Required = true };
        var db = new Option<string>("--db") { Description = "The new SQLite database to write (must not exist); copy it into PostgreSQL with migrate.", Required = true };
        var seed = new Option<int>("--seed") { Description = "Random seed: the same seed gives the same store.", DefaultValueFactory = _ => 1 };
        var from = new Option<string?>("--from") { Description = "First day (yyyy-MM-dd; default 2011-03-15)." };
        var to = new Option<string?>("--to") { Description = "Last day (yyyy-MM-dd; default 2024-12-31)." };
        var gazetteer = GazetteerOption.Create("The gazetteer database to draw places from");
        var command = new Command("synth", "Generate a large synthetic event store (real gazetteer places, realistic dates, types and actors) for benchmarks and scale tests.")
        {
            events, db, seed, from, to, gazetteer,
        };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var count = parse.GetValue(events);
            if (count <= 0)
            {
                stderr.WriteLine($"synth: --events must be positive (got {count})");
                return 2;
            }
            if (!DateOptions.TryRead(parse, from, to, "synth", stderr, out var first, out var last))
            {
                return 2;
            }
            if (StoreLocation.IsPostgres(parse.GetValue(db)!))
            {
                stderr.WriteLine("synth: --db must be a SQLite file: synth into SQLite, then copy it with ./mapdash migrate --from FILE --to postgres://...");
                return 2;
            }
            var path = Path.GetFullPath(parse.GetValue(db)!);
            try
            {
                var generator = new SyntheticStoreGenerator(CliPaths.GazetteerDatabase(parse.GetValue(gazetteer)), FactionCatalogue.LoadDefault());
                var summary = await ProgressDisplay.RunAsync(stderr, report =>
                    generator.GenerateAsync(path, count, parse.GetValue(seed), first, last,
                        new Progress<(long Done, long Total)>(p => report("generating events", p.Done, p.Total)), cancellationToken));
                stdout.WriteLine($"{summary.Events:N0} events, {summary.Articles:N0} articles and {summary.ControlChanges:N0} control changes at {summary.Places} places, "
                    + $"{summary.First:yyyy-MM-dd} to {summary.Last:yyyy-MM-dd}, written to {path} in {summary.Elapsed.TotalSeconds:F1} s");
                return 0;
            }
            catch (Exception ex) when (ex is IOException or ArgumentException or InvalidOperationException or FileNotFoundException)
            {
                stderr.WriteLine($"synth: {ex.Message}");
                return 1;
            }
        });
        return command;
    }
}
