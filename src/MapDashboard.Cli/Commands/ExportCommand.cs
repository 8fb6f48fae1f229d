using System.CommandLine;
using Dapper;
using MapDashboard.Core.Actors;
using MapDashboard.Data;
using MapDashboard.Data.Control;
using MapDashboard.Data.Export;
using MapDashboard.Data.Gazetteer;
using MapDashboard.Data.Store;

namespace MapDashboard.Cli.Commands;

/// <summary>
/// `mapdash export --format csv|geojson|kml [--from D] [--to D] [--type T]... [--actor A]... [--db FILE|URL] [--out FILE]`, or
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
        var db = StoreOption.Create();
        var output = new Option<FileInfo?>("--out") { Description = "Write to this file instead of standard output." };
        var undated = new Option<bool>("--include-undated") { Description = "Export events without a date too (after the dated ones, with no event date)." };
        var controlAt = new Option<string?>("--control-at") { Description = "Export the control areas at this date (yyyy-MM-dd) as GeoJSON instead of events." };
        var command = new Command("export", "Export events as CSV with ACLED's columns, GeoJSON or KML, or the control areas at a date as GeoJSON.")
        {
            format, from, to, type, actor, db, output, controlAt, undated,
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
            if (StoreOption.TryOpen(parse.GetValue(db), readOnly: true, "export", stderr) is not { } store)
            {
                return 2;
            }
            if (store is SqliteConnectionFactory { Path: var path } && !File.Exists(path))
            {
                return NoStore(store, stderr);
            }
            var query = new EventQuery { From = first, To = last, Types = parse.GetValue(type) ?? [], Actors = actors };
            var control = parse.GetValue(controlAt);
            return await StoreOption.RunAsync(store, "export", stderr, async () =>
            {
                if (store.Provider == StoreProvider.Postgres && !await HasEventsTableAsync(store, cancellationToken))
                {
                    return NoStore(store, stderr);
                }
                return control is not null
                    ? await ExportControlAsync(control, chosen, store, factions, parse.GetValue(output), stdout, stderr, cancellationToken)
                    : await ExportEventsAsync(query, chosen, new EventExporter(store, factions) { Gazetteer = OpenGazetteer(), IncludeUndated = parse.GetValue(undated) },
                        parse.GetValue(output), stdout, stderr, cancellationToken);
            });
        });
        return command;
    }

    /// <summary>Whether a PostgreSQL database holds an event store; asked before any output, so a wrong database writes nothing.</summary>
    private static async Task<bool> HasEventsTableAsync(IStoreConnectionFactory store, CancellationToken cancellationToken)
    {
        await using var connection = await store.OpenConnectionAsync(cancellationToken);
        return await connection.ExecuteScalarAsync<bool>(new CommandDefinition("SELECT to_regclass('events') IS NOT NULL", cancellationToken: cancellationToken));
    }

    private static int NoStore(IStoreConnectionFactory store, TextWriter stderr)
    {
        stderr.WriteLine($"export: no event store at {store.Description}: ingest articles first (./mapdash ingest seeds)");
        return 1;
    }

    /// <summary>The bundled gazetteer, when it is built: it gives the CSV's country and admin path.</summary>
    private static SqliteGazetteer? OpenGazetteer()
    {
        var path = RepositoryLayout.Discover()?.GazetteerDatabase;
        return path is not null && File.Exists(path) ? new SqliteGazetteer(path) : null;
    }

    /// <summary>Removes an export that did not complete, if it was begun at all.</summary>
    private static void Discard(string partial)
    {
        if (File.Exists(partial))
        {
            File.Delete(partial);
        }
    }

    private static async Task<int> ExportEventsAsync(EventQuery query, ExportFormat chosen, EventExporter exporter, FileInfo? output,
        TextWriter stdout, TextWriter stderr, CancellationToken cancellationToken)
    {
        long count;
        if (output is { } file)
        {
            var partial = file.FullName + ".partial";
            try
            {
                await using (var stream = File.Create(partial))
                {
                    count = await exporter.ExportAsync(query, chosen, stream, cancellationToken);
                }
                File.Move(partial, file.FullName, overwrite: true);
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                // What was there before stays whole: the export is written beside it and only moved over it when complete.
                Discard(partial);
                stderr.WriteLine($"export: cannot write {file.FullName}: {ex.Message}");
                return 1;
            }
            catch
            {
                Discard(partial);
                throw;
            }
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
    }

    /// <summary>The control areas at a date, as GeoJSON, over Syria's outline from the committed basemap.</summary>
    private static async Task<int> ExportControlAsync(string at, ExportFormat format, IStoreConnectionFactory store, FactionCatalogue factions, FileInfo? output,
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
        var (timeline, builder) = await ControlLayerLoader.LoadAsync(new EventQueries(store), factions, outline, cancellationToken);
        var geoJson = ControlPlacesJson.Compose(builder.GeoJsonAt(date), await new ControlPeriodStore(store).ListAsync(cancellationToken), date);
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
