using System.CommandLine;
using MapDashboard.Data.Gazetteer;
using MapDashboard.Data.Gazetteer.Villages;
using Microsoft.Data.Sqlite;

namespace MapDashboard.Cli.Commands;

/// <summary>`mapdash gazetteer import geonames|csv|ocha|wof`: extend a built gazetteer, upserting by id.</summary>
public static class GazetteerImportCommand
{
    /// <summary>Creates `gazetteer import geonames|csv|ocha|wof`.</summary>
    public static Command Create(TextWriter stdout, TextWriter stderr)
    {
        var files = new Argument<FileInfo[]>("files") { Description = "GeoNames export files (SY.txt, allCountries.zip, cities*.txt).", Arity = ArgumentArity.OneOrMore };
        var alternates = new Option<FileInfo?>("--alternate-names") { Description = "A GeoNames alternateNamesV2.txt (or .zip) to add names from." };
        var db = GazetteerCommand.DbOption();
        var geonames = new Command("geonames", "Load GeoNames exports, upserting by GeoNames id.") { files, alternates, db };
        geonames.SetAction(async (parse, cancellationToken) =>
        {
            var importer = new GazetteerImporter(CliPaths.GazetteerDatabase(parse.GetValue(db)));
            var errors = new List<SourceError>();
            return await ImportingAsync(stderr, parse.GetValue(db), async () =>
            {
                var count = await ProgressDisplay.RunAsync(stderr, report =>
                    importer.ImportGeoNamesAsync(parse.GetValue(files)!.Select(f => f.FullName), errors, new Progress<long>(n => report("GeoNames places", n, n)), cancellationToken));
                long names = 0;
                if (parse.GetValue(alternates) is { } alternateFile)
                {
                    names = await importer.ImportAlternateNamesAsync(alternateFile.FullName, errors, cancellationToken);
                }
                return Finish(stdout, stderr, errors, $"imported {count:N0} places" + (names > 0 ? $" and {names:N0} alternate names" : ""), count + names);
            });
        });

        var csvFile = new Argument<FileInfo>("file") { Description = $"A CSV file with the header: {GazetteerImporter.CsvHeader}" };
        var csvDb = GazetteerCommand.DbOption();
        var csv = new Command("csv", "Load a user's own places (kept across gazetteer rebuilds).") { csvFile, csvDb };
        csv.SetAction(async (parse, cancellationToken) =>
        {
            var errors = new List<SourceError>();
            return await ImportingAsync(stderr, parse.GetValue(csvDb), async () =>
            {
                var count = await new GazetteerImporter(CliPaths.GazetteerDatabase(parse.GetValue(csvDb))).ImportCsvAsync(parse.GetValue(csvFile)!.FullName, errors, cancellationToken);
                return Finish(stdout, stderr, errors, $"imported {count:N0} places into the user layer", count);
            });
        });
        return new Command("import", "Extend the gazetteer with GeoNames exports, OCHA community lists, Who's On First localities or your own places.")
        {
            geonames, csv, Ocha(stdout, stderr), Wof(stdout, stderr),
        };
    }

    private static Command Ocha(TextWriter stdout, TextWriter stderr)
    {
        var file = new Argument<FileInfo>("file") { Description = "An OCHA community, neighbourhood or camp list (CSV or TSV with OCHA's column names: admin4Pcode, admin4Name_en, Latitude_y ...)." };
        var db = GazetteerCommand.DbOption();
        var command = new Command("ocha", "Load an OCHA list of Syrian communities, upserting by P-code (ocha:C1215).") { file, db };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var errors = new List<SourceError>();
            return await ImportingAsync(stderr, parse.GetValue(db), async () =>
            {
                var (inserted, updated) = await new VillageImporter(CliPaths.GazetteerDatabase(parse.GetValue(db))).ImportOchaAsync(parse.GetValue(file)!.FullName, errors, cancellationToken);
                return Finish(stdout, stderr, errors, $"imported {inserted:N0} new and {updated:N0} updated communities", inserted + updated);
            });
        });
        return command;
    }

    private static Command Wof(TextWriter stdout, TextWriter stderr)
    {
        var file = new Argument<FileInfo>("file") { Description = "A Who's On First locality list in the layout of gazetteer/sources/wof_*.tsv." };
        var country = new Option<string?>("--country") { Description = "Its country (ISO 3166-1 alpha-2) when the file is not named wof_<cc>_....tsv." };
        var db = GazetteerCommand.DbOption();
        var command = new Command("wof", "Load Who's On First localities, upserting by GeoNames id (or WOF id); merged villages take the new spellings.") { file, country, db };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var errors = new List<SourceError>();
            return await ImportingAsync(stderr, parse.GetValue(db), async () =>
            {
                var (inserted, updated) = await new VillageImporter(CliPaths.GazetteerDatabase(parse.GetValue(db)))
                    .ImportWofAsync(parse.GetValue(file)!.FullName, errors, parse.GetValue(country), cancellationToken);
                return Finish(stdout, stderr, errors, $"imported {inserted:N0} new and {updated:N0} updated localities", inserted + updated);
            });
        });
        return command;
    }

    /// <summary>
    /// Runs one import; a source file that is missing or malformed, or a gazetteer SQLite cannot use, becomes one line on
    /// <paramref name="stderr"/> and exit code 1.
    /// </summary>
    private static async Task<int> ImportingAsync(TextWriter stderr, FileInfo? gazetteer, Func<Task<int>> import)
    {
        try
        {
            return await import();
        }
        catch (Exception ex) when (ex is FileNotFoundException or InvalidDataException)
        {
            stderr.WriteLine($"gazetteer import: {ex.Message}");
            return 1;
        }
        catch (SqliteException ex) when (StoreOption.IsUnusableFile(ex))
        {
            return GazetteerCommand.Unusable(stderr, "gazetteer import", gazetteer, ex);
        }
    }

    private static int Finish(TextWriter stdout, TextWriter stderr, List<SourceError> errors, string summary, long landed)
    {
        foreach (var error in errors)
        {
            stderr.WriteLine($"skipped {error}");
        }
        stdout.WriteLine($"{summary} ({errors.Count} lines skipped)");
        return landed == 0 && errors.Count > 0 ? 1 : 0;
    }
}
