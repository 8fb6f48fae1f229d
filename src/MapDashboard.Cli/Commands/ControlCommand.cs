using System.CommandLine;
using System.Globalization;
using MapDashboard.Data;
using MapDashboard.Data.Control;
using MapDashboard.Data.Import;

namespace MapDashboard.Cli.Commands;

/// <summary>`mapdash control import FILE --as-of DATE`: a control snapshot as the baseline of the control layer.</summary>
public static class ControlCommand
{
    /// <summary>Creates the command group.</summary>
    public static Command Create(TextWriter stdout, TextWriter stderr) =>
        CommandGroup.Of("control", "Territorial control: baseline snapshots of who held each place.", Import(stdout, stderr));

    private static Command Import(TextWriter stdout, TextWriter stderr)
    {
        var file = new Argument<FileInfo>("file") { Description = "A snapshot CSV: the Wikipedia-module layout of gazetteer/control/, or name,lat,lon,side,status,kind,as_of,source." };
        var asOf = new Option<string?>("--as-of") { Description = "The snapshot's date (YYYY-MM-DD): it informs the map from that day on, never before. Rows with their own as_of keep it." };
        var ifNoBaseline = new Option<bool>("--if-no-baseline") { Description = "Do nothing when the store already has a baseline snapshot (first start)." };
        var gazetteer = GazetteerOption.Create("The gazetteer database the marks are matched against");
        var db = StoreOption.Create();
        var command = new Command("import", "Import a control snapshot: each row's side becomes a control period of the place (a gazetteer place of the same name within 2 km, else its own point). Importing the same file again replaces its rows.")
        {
            file, asOf, ifNoBaseline, gazetteer, db,
        };
        command.SetAction(async (parse, cancellationToken) =>
        {
            DateOnly? date = null;
            if (parse.GetValue(asOf) is { } text)
            {
                if (!DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed))
                {
                    stderr.WriteLine($"control import: --as-of '{text}' is not a date (YYYY-MM-DD)");
                    return 2;
                }
                date = parsed;
            }
            return await StoreOption.RunAsync(parse, db, readOnly: false, "control import", stderr, factory => ImportAsync(factory, parse.GetValue(file)!, date,
                parse.GetValue(ifNoBaseline), parse.GetValue(gazetteer), stdout, stderr, cancellationToken));
        });
        return command;
    }

    private static async Task<int> ImportAsync(IStoreConnectionFactory factory, FileInfo file, DateOnly? asOf, bool ifNoBaseline, FileInfo? gazetteerFile,
        TextWriter stdout, TextWriter stderr, CancellationToken cancellationToken)
    {
        if (ifNoBaseline)
        {
            await new Data.Store.EventStore(factory).InitializeAsync(cancellationToken);
            if (await new ControlPeriodStore(factory).HasSourceAsync(ControlPeriodStore.Baseline, cancellationToken))
            {
                stdout.WriteLine($"the store at {factory.Description} has a baseline snapshot already; nothing imported");
                return 0;
            }
        }
        var gazetteerPath = CliPaths.GazetteerDatabase(gazetteerFile);
        if (!File.Exists(gazetteerPath))
        {
            stderr.WriteLine($"control import: no gazetteer at {gazetteerPath}: run ./mapdash gazetteer build first");
            return 1;
        }
        var importer = ControlSnapshotImporter.ForCheckout(RepositoryLayout.DiscoverOrThrow(), factory, gazetteerPath);
        ControlImportReport report;
        try
        {
            report = await importer.ImportFileAsync(file.FullName, asOf, cancellationToken);
        }
        catch (ImportFileException ex)
        {
            stderr.WriteLine($"control import: {ex.Message}");
            return 1;
        }
        foreach (var error in report.Errors)
        {
            stderr.WriteLine(error.ToString());
        }
        stdout.WriteLine($"{report.File}: {report.Summary} (baseline in {factory.Description})");
        return 0;
    }
}
