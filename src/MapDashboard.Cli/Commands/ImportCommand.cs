using System.CommandLine;
using MapDashboard.Core.Actors;
using MapDashboard.Data;
using MapDashboard.Data.Control;
using MapDashboard.Data.Gazetteer;
using MapDashboard.Data.Import;

namespace MapDashboard.Cli.Commands;

/// <summary>`mapdash import acled FILE... [--db FILE|URL]`: events of other datasets, stored beside ours as their own layer.</summary>
public static class ImportCommand
{
    /// <summary>Creates the command group.</summary>
    public static Command Create(TextWriter stdout, TextWriter stderr) =>
        CommandGroup.Of("import", "Import events coded by others (ACLED) as a separate layer beside MapDashboard's own events.", Acled(stdout, stderr));

    private static Command Acled(TextWriter stdout, TextWriter stderr)
    {
        var files = new Argument<FileInfo[]>("files") { Description = "ACLED-format CSV files (ACLED's exports, or ours).", Arity = ArgumentArity.OneOrMore };
        var gazetteer = GazetteerOption.Create("The gazetteer database the territory rows' places are matched against");
        var db = StoreOption.Create();
        var command = new Command("acled", "Import ACLED-format CSV: rows with errors are listed as file:line: reason and skipped; the exit code is 1 only when a file cannot be read at all.")
        {
            files, gazetteer, db,
        };
        command.SetAction(async (parse, cancellationToken) => await StoreOption.RunAsync(parse, db, readOnly: false, "import", stderr,
            factory => ImportAsync(factory, parse.GetValue(files)!, parse.GetValue(gazetteer), stdout, stderr, cancellationToken)));
        return command;
    }

    private static async Task<int> ImportAsync(IStoreConnectionFactory factory, FileInfo[] files, FileInfo? gazetteerFile, TextWriter stdout, TextWriter stderr,
        CancellationToken cancellationToken)
    {
        var importer = new AcledImporter(factory);
        var failed = 0;
        foreach (var file in files)
        {
            ImportReport report;
            try
            {
                report = await importer.ImportFileAsync(file.FullName, cancellationToken);
            }
            catch (ImportFileException ex)
            {
                stderr.WriteLine($"import: {ex.Message}");
                failed++;
                continue;
            }
            foreach (var error in report.Errors)
            {
                stderr.WriteLine(error.ToString());
            }
            stdout.WriteLine($"{report.File}: {report.Summary} (ACLED events in {factory.Description})");
        }
        if (failed < files.Length)
        {
            // The territory rows become control periods (at the gazetteer's places when the checkout's gazetteer is built).
            var gazetteer = CliPaths.GazetteerDatabase(gazetteerFile);
            var matcher = File.Exists(gazetteer) ? new ControlPlaceMatcher(new SqliteGazetteer(gazetteer)) : null;
            var (stored, leftOut) = await new AcledControlPeriods(factory, matcher, AcledActorMap.LoadDefault()).RefreshAsync(cancellationToken);
            stdout.WriteLine($"{stored} ACLED territory changes as control periods ({leftOut} left out: actor unknown, undated, or located only by region)");
        }
        return failed == 0 ? 0 : 1;
    }
}
