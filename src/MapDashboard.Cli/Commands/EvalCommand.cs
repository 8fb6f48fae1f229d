using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using MapDashboard.Core.Actors;
using MapDashboard.Core.Evaluation;
using MapDashboard.Core.Geoparsing;
using MapDashboard.Core.Pipeline;
using MapDashboard.Data;
using MapDashboard.Data.Articles;
using Microsoft.Extensions.DependencyInjection;

namespace MapDashboard.Cli.Commands;

/// <summary>`mapdash eval GOLD.jsonl [--json] [--details]`: geoparse the gold set's articles and score them.</summary>
public static class EvalCommand
{
    /// <summary>Creates the command.</summary>
    public static Command Create(TextWriter stdout, TextWriter stderr)
    {
        var gold = new Argument<FileInfo>("gold") { Description = "A gold file: one JSON object per article with its source and hand-annotated mentions." };
        var json = new Option<bool>("--json") { Description = "Print the figures as JSON." };
        var details = new Option<bool>("--details") { Description = "List every miss, extra span and wrong place." };
        var db = GazetteerOption.Create();
        var command = new Command("eval", "Score the geoparser against hand-annotated gold (recognition P/R/F1, resolution accuracy).") { gold, json, details, db };
        command.Subcommands.Add(EvalAcledCommand.Create(stdout, stderr));
        command.SetAction(async (parse, cancellationToken) =>
        {
            var goldFile = parse.GetValue(gold)!;
            if (!goldFile.Exists)
            {
                stderr.WriteLine($"eval: gold file '{goldFile.FullName}' does not exist");
                return 1;
            }
            if (await CliServices.TryCreateAsync(parse.GetValue(db), null, stderr, cancellationToken) is not { } services)
            {
                return 1;
            }
            await using var _ = services;
            try
            {
                return await RunAsync(services, goldFile.FullName, parse.GetValue(json), parse.GetValue(details), stdout, stderr, cancellationToken);
            }
            catch (GoldFileException ex)
            {
                stderr.WriteLine($"eval: {ex.Message}");
                return 1;
            }
        });
        return command;
    }

    private static async Task<int> RunAsync(ServiceProvider services, string goldFile, bool json, bool details, TextWriter stdout, TextWriter stderr,
        CancellationToken cancellationToken)
    {
        var geoparser = services.GetRequiredService<Geoparser>();
        if (IsEventGold(goldFile))
        {
            var eventScores = await EvaluateEventsAsync(geoparser, services.GetRequiredService<IEventCoder>(), services.GetRequiredService<FactionCatalogue>(),
                goldFile, cancellationToken);
            stdout.WriteLine(json ? JsonSerializer.Serialize(EventJson(eventScores)) : FormatEvents(eventScores));
            return 0;
        }
        var articles = await EvaluateAsync(geoparser, goldFile, details ? stderr : null, cancellationToken);
        var scores = GeoparseEvaluator.Score(articles);
        stdout.WriteLine(json ? JsonSerializer.Serialize(ToJson(scores)) : Format(scores));
        return 0;
    }

    /// <summary>Gold and predictions for every article of a gold file (sources resolve against the checkout root).</summary>
    public static async Task<List<(IReadOnlyList<GoldMention> Gold, IReadOnlyList<PredictedMention> Predicted)>> EvaluateAsync(
        Geoparser geoparser, string goldPath, TextWriter? details, CancellationToken cancellationToken)
    {
        var root = RepositoryLayout.Discover()?.Root ?? Path.GetDirectoryName(goldPath)!;
        var reader = new ArticleFileReader();
        var result = new List<(IReadOnlyList<GoldMention>, IReadOnlyList<PredictedMention>)>();
        var records = await GoldFileException.ReadAllAsync(goldPath, line =>
        {
            using var document = JsonDocument.Parse(line);
            return (Source: GoldFileException.Required(document.RootElement.GetProperty("source").GetString(), "source"),
                Mentions: document.RootElement.GetProperty("mentions").EnumerateArray().Select(ToGold).ToList());
        }, cancellationToken);
        foreach (var (line, (source, goldMentions)) in records)
        {
            var path = Path.IsPathRooted(source) ? source : Path.Combine(root, source);
            var (input, _) = await GoldFileException.ArticleAsync($"{goldPath}:{line}", source, () => reader.ReadAsync(path, cancellationToken));
            var parsed = geoparser.Parse(input);
            var predicted = parsed.Places.Select(p => new PredictedMention(p.OriginalText, p.OriginalStart, p.OriginalEnd, p.Resolved,
                p.Place?.Id, p.Place?.Lat, p.Place?.Lon, p.Place?.FeatureCode, p.Place?.Admin1, p.Place?.CountryCode, p.Precision)).ToList();
            if (details is not null)
            {
                Report(details, source, goldMentions, predicted);
            }
            result.Add((goldMentions, predicted));
        }
        return result;
    }

    private static bool IsEventGold(string path) =>
        File.ReadLines(path).FirstOrDefault(l => !string.IsNullOrWhiteSpace(l)) is { } first && first.Contains("\"subType\"", StringComparison.Ordinal);

    /// <summary>Codes the events of every article a gold event file names and scores them.</summary>
    public static async Task<EventScores> EvaluateEventsAsync(Geoparser geoparser, IEventCoder coder, FactionCatalogue catalogue, string goldPath,
        CancellationToken cancellationToken)
    {
        var root = RepositoryLayout.Discover()?.Root ?? Path.GetDirectoryName(goldPath)!;
        var gold = (await GoldFileException.ReadAllAsync(goldPath, line =>
        {
            var e = JsonDocument.Parse(line).RootElement;
            string? Str(string name) => e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;
            string Req(string name) => GoldFileException.Required(Str(name), name);
            return new EventRecord(Req("source"), e.GetProperty("excerptStart").GetInt32(), e.GetProperty("excerptEnd").GetInt32(), Req("type"), Req("subType"),
                Req("place"), Str("actor1"), Str("actor2"), Str("date") is { } d ? DateOnly.Parse(d, CultureInfo.InvariantCulture) : null,
                e.GetProperty("dateScored").GetBoolean(),
                e.TryGetProperty("controlChange", out var c) && c.ValueKind == JsonValueKind.Object ? c.GetProperty("to").GetString() : null);
        }, cancellationToken)).Select(r => r.Record).ToList();
        var reader = new ArticleFileReader();
        var predicted = new List<EventRecord>();
        foreach (var source in gold.Select(g => g.Source).Distinct())
        {
            var (input, _) = await GoldFileException.ArticleAsync(goldPath, source, () => reader.ReadAsync(Path.Combine(root, source), cancellationToken));
            foreach (var e in coder.Code(geoparser.Parse(input)))
            {
                predicted.Add(new EventRecord(source, e.ExcerptStart, e.ExcerptEnd, e.Type, e.SubType, e.Where.OriginalText, e.Actor1, e.Actor2,
                    e.When.First, true, e.ControlChange is { Contested: false } change ? change.NewController : null));
            }
        }
        string Canonical(string id) => catalogue.Get(id) is { } f ? catalogue.TopLevel(f).Id : id;
        return EventEvaluator.Score(gold, predicted, Canonical);
    }

    private static object EventJson(EventScores s) => new
    {
        goldEvents = s.GoldEvents, predictedEvents = s.PredictedEvents, matched = s.MatchedEvents,
        events = new { precision = R(s.Precision), recall = R(s.Recall), f1 = R(s.F1) },
        subTypeAccuracy = R(s.MatchedEvents == 0 ? 0 : (double)s.SubTypeCorrect / s.MatchedEvents),
        actor1Accuracy = R(s.MatchedEvents == 0 ? 0 : (double)s.Actor1Correct / s.MatchedEvents),
        controlChanges = new { gold = s.GoldControlChanges, predicted = s.PredictedControlChanges, matched = s.MatchedControlChanges, precision = R(s.ControlPrecision), recall = R(s.ControlRecall) },
        dates = new { scored = s.DatesScored, correct = s.DatesCorrect, accuracy = R(s.DateAccuracy) },
    };

    private static string FormatEvents(EventScores s) => string.Create(CultureInfo.InvariantCulture, $"""
        events          gold {s.GoldEvents}, predicted {s.PredictedEvents}, matched {s.MatchedEvents}
          P {s.Precision:F3}  R {s.Recall:F3}  F1 {s.F1:F3}; sub-type right {s.SubTypeCorrect}/{s.MatchedEvents}, first actor right {s.Actor1Correct}/{s.MatchedEvents}
        control changes gold {s.GoldControlChanges}, predicted {s.PredictedControlChanges}, matched {s.MatchedControlChanges}: P {s.ControlPrecision:F3}  R {s.ControlRecall:F3}
        dates           {s.DatesCorrect}/{s.DatesScored} scored gold dates exact ({s.DateAccuracy:P1})
        """);

    private static GoldMention ToGold(JsonElement m)
    {
        string? Str(string name) => m.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;
        double? Num(string name) => m.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.Number ? v.GetDouble() : null;
        var kind = Str("kind") switch
        {
            "place" => GoldKind.Place,
            "region" => GoldKind.Region,
            "country" => GoldKind.Country,
            "road" => GoldKind.Road,
            "unresolvable" => GoldKind.Unresolvable,
            var other => throw new InvalidDataException($"gold mention kind '{other}' is not place, region, country, road or unresolvable"),
        };
        return new GoldMention(GoldFileException.Required(Str("text"), "text"), m.GetProperty("start").GetInt32(), m.GetProperty("end").GetInt32(), kind,
            Str("placeId"), Num("lat"), Num("lon"), Str("admin1"), Str("country"));
    }

    private static void Report(TextWriter details, string source, List<GoldMention> gold, List<PredictedMention> predicted)
    {
        foreach (var g in gold.Where(g => !predicted.Any(p => p.Start < g.End && g.Start < p.End)))
        {
            details.WriteLine($"{source}: missed {g.Text} @{g.Start} ({g.Kind})");
        }
        foreach (var p in predicted.Where(p => !gold.Any(g => p.Start < g.End && g.Start < p.End)))
        {
            details.WriteLine($"{source}: extra {p.Text} @{p.Start} -> {p.PlaceId ?? "unresolved"}");
        }
        foreach (var g in gold.Where(g => g.Kind == GoldKind.Place && g.Lat is not null))
        {
            var p = predicted.FirstOrDefault(p => p.Start < g.End && g.Start < p.End);
            if (p is { Lat: { } lat, Lon: { } lon })
            {
                var km = Core.Geo.GeoDistance.Kilometres(g.Lat!.Value, g.Lon!.Value, lat, lon);
                if (km > 10)
                {
                    details.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{source}: {g.Text} @{g.Start} placed {km:F0} km off at {p.PlaceId}"));
                }
            }
            else if (p is not null)
            {
                details.WriteLine($"{source}: {g.Text} @{g.Start} left unresolved");
            }
        }
    }

    private static object ToJson(GeoparseScores s) => new
    {
        goldMentions = s.GoldMentions, predictedMentions = s.PredictedMentions,
        exact = new { precision = R(s.ExactPrecision), recall = R(s.ExactRecall), f1 = R(s.ExactF1) },
        overlap = new { precision = R(s.OverlapPrecision), recall = R(s.OverlapRecall), f1 = R(s.OverlapF1) },
        resolution = new
        {
            places = s.PlacesScored + s.PlacesUnresolved, within5Km = R(s.AccuracyWithin(5)), within10Km = R(s.AccuracyWithin(10)),
            within161Km = R(s.AccuracyWithin(161)), meanErrorKm = R(s.MeanErrorKm), unresolvedPlaces = s.PlacesUnresolved,
            regions = s.RegionsScored, regionsCorrect = s.RegionsCorrect, countries = s.CountriesScored, countriesCorrect = s.CountriesCorrect,
            unresolvable = s.UnresolvableScored, unresolvableKeptUnresolved = s.UnresolvableCorrect,
        },
    };

    private static string Format(GeoparseScores s) => string.Create(CultureInfo.InvariantCulture, $"""
        recognition   gold {s.GoldMentions}, predicted {s.PredictedMentions}
          exact       P {s.ExactPrecision:F3}  R {s.ExactRecall:F3}  F1 {s.ExactF1:F3}
          overlap     P {s.OverlapPrecision:F3}  R {s.OverlapRecall:F3}  F1 {s.OverlapF1:F3}
        resolution    {s.PlacesScored + s.PlacesUnresolved} places with coordinates ({s.PlacesUnresolved} left unresolved)
          within 5 km {s.AccuracyWithin(5):P1}, 10 km {s.AccuracyWithin(10):P1}, 161 km {s.AccuracyWithin(161):P1}; mean error {s.MeanErrorKm:F1} km
          regions     {s.RegionsCorrect}/{s.RegionsScored} correct; countries {s.CountriesCorrect}/{s.CountriesScored}
          unlocatable {s.UnresolvableCorrect}/{s.UnresolvableScored} kept unresolved (or placed near an anchor)
        """);

    private static double R(double value) => Math.Round(value, 4);
}
