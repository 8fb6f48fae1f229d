using System.CommandLine;
using MapDashboard.Core.Actors;
using MapDashboard.Data;
using MapDashboard.Data.Control;
using MapDashboard.Data.Export;
using MapDashboard.Data.Store;

namespace MapDashboard.Cli.Commands;

/// <summary>
/// `mapdash export --format csv|geojson|kml [--from D] [--to D] [--type T]... [--actor A]... [--db FILE] [--out FILE]`, or
/// `mapdash export --format geojson --control-at D` for the control areas at a date.
/// </summary>
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
        var controlAt = new Option<string?>("--control-at") { Description = "Export the control areas at this date (yyyy-MM-dd) as GeoJSON instead of events." };
        var command = new Command("export", "Export events as CSV with ACLED's columns, GeoJSON or KML, or the control areas at a date as GeoJSON.")
        {
            format, from, to, type, actor, db, output, controlAt,
        };
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
            if (parse.GetValue(controlAt) is { } at)
            {
                return await ExportControlAsync(at, chosen, path, factions, parse.GetValue(output), stdout, stderr, cancellationToken);
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

    /// <summary>The control areas at a date, as GeoJSON, over Syria's outline from the committed basemap.</summary>
    private static async Task<int> ExportControlAsync(string at, ExportFormat format, string database, FactionCatalogue factions, FileInfo? output,
        TextWriter stdout, TextWriter stderr, CancellationToken cancellationToken)
    {
        if (format != ExportFormat.GeoJson)
        {
            stderr.WriteLine("export: --control-at writes GeoJSON: use --format geojson");
            return 2;
        }
        if (!DateOnly.TryParseExact(at, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.None, out var date))
        {
            stderr.WriteLine($"export: --control-at '{at}' is not a date (yyyy-MM-dd)");
            return 2;
        }
        var countries = Path.Combine(RepositoryLayout.DiscoverOrThrow().WwwrootAssets, ControlLayerLoader.CountriesFile);
        NetTopologySuite.Geometries.Geometry outline;
        await using (var stream = File.OpenRead(countries))
        {
            outline = ControlLayerLoader.ReadOutline(stream);
        }
        var (timeline, builder) = await ControlLayerLoader.LoadAsync(new EventQueries(new SqliteConnectionFactory(database, readOnly: true)), factions, outline, cancellationToken);
        var geoJson = builder.GeoJsonAt(date);
        var places = timeline.At(date).Count();
        if (output is { } file)
        {
            await File.WriteAllTextAsync(file.FullName, geoJson, cancellationToken);
            stdout.WriteLine($"control areas at {date:yyyy-MM-dd} ({places} places of known control) written to {file.FullName}");
        }
        else
        {
            await stdout.WriteAsync(geoJson);
            stderr.WriteLine($"control areas at {date:yyyy-MM-dd}: {places} places of known control");
        }
        return 0;
    }
}
