using System.CommandLine;
using MapDashboard.Core.Actors;
using MapDashboard.Data;
using MapDashboard.Data.Export;
using MapDashboard.Data.Store;

namespace MapDashboard.Cli.Commands;

/// <summary>`mapdash export --format csv|geojson|kml [--from D] [--to D] [--type T]... [--actor A]... [--db FILE] [--out FILE]`.</summary>
public static class ExportCommand
{
    /// <summary>Creates the command.</summary>
    public static Command Create(TextWriter stdout, TextWriter stderr)
    {
        var format = new Option<string>("--format") { Description = "csv (ACLED columns), geojson or kml.", Required = true };
        var from = new Option<string?>("--from") { Description = "First day of the window (yyyy-MM-dd)." };
        var to = new Option<string?>("--to") { Description = "Last day of the window (yyyy-MM-dd)." };
        var type = new Option<string[]>("--type") { Description = "Event type or sub-type (repeatable).", AllowMultipleArgumentsPerToken = false };
        var actor = new Option<string[]>("--actor") { Description = "Actor id, e.g. saa or islamic-state (repeatable)." };
        var db = new Option<FileInfo?>("--db") { Description = "The event store (default: data/mapdashboard.db in the checkout)." };
        var output = new Option<FileInfo?>("--out") { Description = "Write to this file instead of standard output." };
        var command = new Command("export", "Export events as CSV with ACLED's columns, GeoJSON or KML.") { format, from, to, type, actor, db, output };
        command.SetAction(async (parse, cancellationToken) =>
        {
            if (EventExporter.ParseFormat(parse.GetValue(format)) is not { } chosen)
            {
                stderr.WriteLine($"export: --format must be csv, geojson or kml (got '{parse.GetValue(format)}')");
                return 2;
            }
            if (!DateOptions.TryRead(parse, from, to, "export", stderr, out var first, out var last))
            {
                return 2;
            }
            var factions = FactionCatalogue.LoadDefault();
            var actors = parse.GetValue(actor) ?? [];
            if (actors.FirstOrDefault(a => factions.Get(a) is null) is { } unknown)
            {
                stderr.WriteLine($"export: unknown actor '{unknown}' (ids such as saa, islamic-state, hayat-tahrir-al-sham)");
                return 2;
            }
            var path = CliPaths.EventDatabase(parse.GetValue(db));
            if (!File.Exists(path))
            {
                stderr.WriteLine($"export: no event store at {path}: ingest articles first (./mapdash ingest seeds)");
                return 1;
            }
            var query = new EventQuery { From = first, To = last, Types = parse.GetValue(type) ?? [], Actors = actors };
            var exporter = new EventExporter(new SqliteConnectionFactory(path, readOnly: true), factions);
            long count;
            if (parse.GetValue(output) is { } file)
            {
                var partial = file.FullName + ".partial";
                await using (var stream = File.Create(partial))
                {
                    count = await exporter.ExportAsync(query, chosen, stream, cancellationToken);
                }
                File.Move(partial, file.FullName, overwrite: true);
                stdout.WriteLine($"{count} events written to {file.FullName}");
            }
            else if (ReferenceEquals(stdout, Console.Out))
            {
                await using var stream = Console.OpenStandardOutput();
                count = await exporter.ExportAsync(query, chosen, stream, cancellationToken);
                stderr.WriteLine($"{count} events exported");
            }
            else
            {
                // A captured writer (tests, embedding): buffer, then hand over the text.
                using var buffer = new MemoryStream();
                count = await exporter.ExportAsync(query, chosen, buffer, cancellationToken);
                await stdout.WriteAsync(System.Text.Encoding.UTF8.GetString(buffer.ToArray()));
                stderr.WriteLine($"{count} events exported");
            }
            return 0;
        });
        return command;
    }
}
