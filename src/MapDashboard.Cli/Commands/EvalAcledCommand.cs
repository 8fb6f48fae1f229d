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
            var rows = new List<(long Line, AcledCodedRow Row)>();
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
                        rows.Add((line, gold));
                    }
                    foreach (var error in reader.Errors)
                    {
                        stderr.WriteLine($"{error.File}:{error.Line}: {error.Reason}; row left out");
                    }
                }
            }
            var pairs = Compare(rows, (line, row) => PredictAll(geoparser, coder, $"{csv.Name}:{line}", row.Notes, row.Date));
            string Canonical(string id, DateOnly date) => catalogue.Get(id) is { } f ? catalogue.TopLevel(catalogue.AsOf(f, date)).Id : id;
            var scores = AcledAgreementScorer.Score(pairs, Canonical, (id, date) => GainerSide.Of(catalogue, id, date)) with
            {
                SharedNotesRows = rows.GroupBy(r => (r.Row.Notes, r.Row.Date)).Where(g => g.Count() > 1).Sum(g => g.Count()),
            };
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

    /// <summary>
    /// Each row beside the coder's event it is compared with, in file order: the notes of rows with the same notes and
    /// date are coded once and their events matched to the rows (<see cref="AcledRowMatching"/>).
    /// </summary>
    public static List<(AcledCodedRow, AcledPrediction)> Compare(IReadOnlyList<(long Line, AcledCodedRow Row)> rows,
        Func<long, AcledCodedRow, IReadOnlyList<AcledPrediction>> predict)
    {
        var matched = new Dictionary<AcledCodedRow, AcledPrediction>(ReferenceEqualityComparer.Instance);
        foreach (var group in rows.GroupBy(r => (r.Row.Notes, r.Row.Date)))
        {
            var members = group.ToList();
            var events = predict(members[0].Line, members[0].Row);
            var compared = AcledRowMatching.Match(members.Select(m => m.Row).ToList(), events);
            for (var i = 0; i < members.Count; i++)
            {
                matched[members[i].Row] = compared[i];
            }
        }
        return rows.Select(r => (r.Row, matched[r.Row])).ToList();
    }

    /// <summary>The coder's events in the notes, in its order, dated from the row's date as the publication date.</summary>
    public static IReadOnlyList<AcledPrediction> PredictAll(Geoparser geoparser, IEventCoder coder, string source, string notes, DateOnly date)
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
        return events.Select(e => Prediction(e, events.Count)).ToList();
    }

    private static AcledPrediction Prediction(CodedEvent e, int eventCount)
    {
        // The gainer of a territory event is its first actor even where no point control change is drawn (a village
        // near a town, a regional sweep); a disputed capture is a claim, not a gain; ACLED codes a report that gives no deaths as 0 fatalities.
        // A sentence without a time expression is dated to the week up to the report's date; ACLED codes such a report
        // at its own date (with a week's time precision), so the day compared is the report's.
        var day = e.When.Text.Length == 0 ? e.When.Last : e.When.First;
        return new AcledPrediction(true, e.Type, e.SubType, e.Actor1, e.Location?.Lat, e.Location?.Lon, e.Location?.Admin2, e.PlaceName,
            day, e.ControlChange is { Contested: false } change ? change.NewController : IsTerritory(e.SubType) ? e.Actor1 : null, e.Fatalities ?? 0, eventCount);
    }
}
