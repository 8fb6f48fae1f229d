using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using MapDashboard.Core.Actors;
using MapDashboard.Core.Articles;
using MapDashboard.Core.Evaluation;
using MapDashboard.Core.Events;
using MapDashboard.Core.Geoparsing;
using MapDashboard.Core.Pipeline;
using Microsoft.Extensions.DependencyInjection;
using MapDashboard.Data.Import;

namespace MapDashboard.Cli.Commands;

/// <summary>
/// `mapdash eval acled FILE [--details] [--json]`: codes each ACLED row's notes (dated by the row's date) and reports
/// how far the coder agrees with the human coders of the same rows.
/// </summary>
public static class EvalAcledCommand
{
    /// <summary>Creates the command.</summary>
    public static Command Create(TextWriter stdout, TextWriter stderr)
    {
        var file = new Argument<FileInfo>("file") { Description = "An ACLED-format CSV with notes (ACLED's export or ours)." };
        var json = new Option<bool>("--json") { Description = "Print the figures and the confusion matrix as JSON." };
        var details = new Option<bool>("--details") { Description = "Also list every row: the human coding beside the machine's." };
        var db = GazetteerOption.Create();
        var command = new Command("acled", "Agreement between the event coder and ACLED's human coders on the rows' notes.") { file, json, details, db };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var csv = parse.GetValue(file)!;
            if (!csv.Exists)
            {
                stderr.WriteLine($"eval acled: '{csv.FullName}' does not exist");
                return 1;
            }
            if (await CliServices.TryCreateAsync(parse.GetValue(db), null, stderr, cancellationToken) is not { } services)
            {
                return 1;
            }
            await using var _ = services;
            var geoparser = services.GetRequiredService<Geoparser>();
            var catalogue = services.GetRequiredService<FactionCatalogue>();
            var map = AcledActorMap.LoadDefault();
            var coder = services.GetRequiredService<IEventCoder>();
            var pairs = new List<(AcledCodedRow, AcledPrediction)>();
            await using (var stream = csv.OpenRead())
            {
                AcledCsvReader reader;
                try
                {
                    reader = await AcledCsvReader.OpenAsync(stream, csv.Name, cancellationToken);
                }
                catch (ImportFileException ex)
                {
                    stderr.WriteLine($"eval acled: {ex.Message}");
                    return 1;
                }
                await using (reader)
                {
                    await foreach (var (line, row) in reader.ReadAsync(cancellationToken))
                    {
                        if (string.IsNullOrWhiteSpace(row.Notes))
                        {
                            stderr.WriteLine($"{csv.Name}:{line}: no notes; row left out");
                            continue;
                        }
                        var gold = new AcledCodedRow(row.EventId, row.Date, row.Type, row.SubType, row.Actor1, map.FactionOf(row.Actor1), row.Admin2,
                            row.Location, row.Lat, row.Lon, row.Fatalities, row.Notes, (int?)row.GeoPrecision);
                        pairs.Add((gold, Predict(geoparser, coder, $"{csv.Name}:{line}", row.Notes, row.Date)));
                    }
                    foreach (var error in reader.Errors)
                    {
                        stderr.WriteLine($"{error.File}:{error.Line}: {error.Reason}; row left out");
                    }
                }
            }
            string Canonical(string id, DateOnly date) => catalogue.Get(id) is { } f ? catalogue.TopLevel(catalogue.AsOf(f, date)).Id : id;
            var scores = AcledAgreementScorer.Score(pairs, Canonical);
            if (parse.GetValue(json))
            {
                stdout.WriteLine(JsonSerializer.Serialize(AcledReport.Json(scores)));
            }
            else
            {
                if (parse.GetValue(details))
                {
                    foreach (var (row, p) in pairs)
                    {
                        stdout.WriteLine(AcledReport.Detail(row, p));
                    }
                    stdout.WriteLine();
                }
                stdout.Write(AcledReport.Text(scores));
            }
            return 0;
        });
        return command;
    }

    private static bool IsTerritory(string subType) => subType is EventType.GovernmentRegainsTerritory or EventType.NonStateActorOvertakesTerritory;

    /// <summary>The coder's first event in the notes, dated from the row's date as the publication date.</summary>
    public static AcledPrediction Predict(Geoparser geoparser, IEventCoder coder, string source, string notes, DateOnly date)
    {
        var result = geoparser.Parse(new ArticleInput(source, notes, ArticleFormat.PlainText));
        result = result with
        {
            Article = result.Article with
            {
                Metadata = result.Article.Metadata with { Published = date, PublishedPrecision = DatePrecision.Day, DateTrust = DateTrust.Trusted, DateEvidence = "ACLED row date" },
            },
        };
        var events = coder.Code(result);
        if (events.Count == 0)
        {
            return AcledPrediction.None;
        }
        var e = events[0];
        // The gainer of a territory event is its first actor even where no point control change is drawn (a village
        // near a town, a regional sweep); a disputed capture is a claim, not a gain; ACLED codes a report that gives no deaths as 0 fatalities.
        // A sentence without a time expression is dated to the week up to the report's date; ACLED codes such a report
        // at its own date (with a week's time precision), so the day compared is the report's.
        var day = e.When.Text.Length == 0 ? e.When.Last : e.When.First;
        return new AcledPrediction(true, e.Type, e.SubType, e.Actor1, e.Location?.Lat, e.Location?.Lon, e.Location?.Admin2, e.PlaceName,
            day, e.ControlChange is { Contested: false } change ? change.NewController : IsTerritory(e.SubType) ? e.Actor1 : null, e.Fatalities ?? 0, events.Count);
    }
}
