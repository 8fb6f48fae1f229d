using System.CommandLine;
using System.Globalization;
using MapDashboard.Core.Articles;
using MapDashboard.Core.Events;
using MapDashboard.Core.Geoparsing;
using MapDashboard.Data.Articles;
using MapDashboard.Data.Ingest;
using MapDashboard.Core.Pipeline;
using Microsoft.Extensions.DependencyInjection;

namespace MapDashboard.Cli.Commands;

/// <summary>`mapdash geoparse PATH... [--json] [--published YYYY-MM-DD] [--jobs N]`: articles parsed on every core, printed in order.</summary>
public static class GeoparseCommand
{
    /// <summary>Creates the command.</summary>
    public static Command Create(TextWriter stdout, TextWriter stderr)
    {
        var paths = new Argument<string[]>("paths") { Description = "Article files or folders (.txt, .md, .html).", Arity = ArgumentArity.OneOrMore };
        var json = new Option<bool>("--json") { Description = "One JSON object per article per line." };
        var published = new Option<string?>("--published") { Description = "Publication date (YYYY-MM-DD) for articles without a trustworthy one." };
        var db = GazetteerOption.Create();
        var jobsOption = JobsOption.Create();
        var command = new Command("geoparse", "Find and resolve the places each article names.") { paths, json, published, db, jobsOption };
        command.SetAction(async (parse, cancellationToken) =>
        {
            if (JobsOption.Resolve(parse.GetValue(jobsOption), "geoparse", stderr) is not { } jobs)
            {
                return 2;
            }
            DateOnly? date = null;
            if (parse.GetValue(published) is { } text)
            {
                if (!DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d))
                {
                    stderr.WriteLine($"--published '{text}' is not a date in the form YYYY-MM-DD");
                    return 2;
                }
                if (PlausibleDates.Refusal(d, "--published") is { } refusal)
                {
                    stderr.WriteLine(refusal);
                    return 2;
                }
                date = d;
            }
            if (ArticlePaths.ExpandOrRefuse(parse.GetValue(paths)!, "geoparse", stderr) is not { } files)
            {
                return 2;
            }
            if (files.Count >= IngestCommand.CompiledRegexesFrom)
            {
                // A long batch earns back the second that compiling the word-list regexes costs, as in ingest (BENCHMARKS.md, issue 18).
                AppContext.SetSwitch(WordListRegexes.CompiledSwitch, true);
            }
            if (await CliServices.TryCreateAsync(parse.GetValue(db), null, stderr, cancellationToken) is not { } services)
            {
                return 1;
            }
            await using var _ = services;
            var geoparser = services.GetRequiredService<Geoparser>();
            var coder = services.GetRequiredService<IEventCoder>();
            var controlChanges = services.GetRequiredService<IControlChangeExtractor>();
            var reader = services.GetRequiredService<ArticleFileReader>();
            var asJson = parse.GetValue(json);
            var read = 0;
            await foreach (var (output, skipped) in OrderedParallel.SelectAsync(files, jobs, ParseOneAsync, cancellationToken))
            {
                if (skipped is not null)
                {
                    stderr.WriteLine($"skipped {skipped}");
                    continue;
                }
                read++;
                stdout.Write(output);
            }
            return read > 0 ? 0 : 1;

            // One article, as text to print (or the reason it was skipped); runs on any worker, so it writes nothing itself.
            async Task<(string? Output, string? Skipped)> ParseOneAsync(string file, CancellationToken token)
            {
                try
                {
                    var (input, _) = await reader.ReadAsync(file, token);
                    var result = geoparser.Parse(input);
                    if (date is { } given)
                    {
                        result = result with { Article = result.Article with { Metadata = result.Article.Metadata with { Published = given, PublishedPrecision = DatePrecision.Day, DateTrust = DateTrust.Trusted, DateEvidence = "--published", Dating = null } } };
                    }
                    var output = new StringWriter();
                    if (asJson)
                    {
                        output.WriteLine(GeoparseJson.Serialize(file, result, GeoparseJson.Events(coder.Code(result), controlChanges)));
                    }
                    else
                    {
                        PrintTable(output, file, result, coder.Code(result));
                    }
                    return (output.ToString(), null);
                }
                catch (ArticleReadException ex)
                {
                    return (null, ex.Message);
                }
                catch (Exception ex) when (ex is not OperationCanceledException)
                {
                    // One article the pipeline fails on is reported and skipped; the run goes on with the others.
                    return (null, $"{file}: {ArticleIngester.ProcessingFault} ({ex.GetType().Name}: {ex.Message})");
                }
            }
        });
        return command;
    }

    private static void PrintTable(TextWriter stdout, string file, GeoparseResult result, IReadOnlyList<CodedEvent> events)
    {
        var m = result.Article.Metadata;
        stdout.WriteLine($"{file}");
        stdout.WriteLine($"  {m.Title}");
        stdout.WriteLine($"  {m.Outlet ?? "unknown outlet"}; {(m.Published is { } p ? p.ToString("yyyy-MM-dd") : "undated")}; {result.Places.Count} place mentions in {result.Timings.Total.TotalMilliseconds:F2} ms");
        foreach (var place in result.Places)
        {
            var target = place.Place is { } pl
                ? string.Create(CultureInfo.InvariantCulture, $"{pl.Id} {pl.Name} ({pl.Lat:F4}, {pl.Lon:F4}) p{place.Precision}")
                : place.Anchor is { } a ? $"unresolved, near {a.Name} p2" : "unresolved";
            stdout.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {place.OriginalStart,6} {place.OriginalText,-26} {target,-58} {place.Confidence:F2}"));
        }
        foreach (var e in events)
        {
            var when = e.When.First is { } d ? d.ToString("yyyy-MM-dd") + (e.When.Last is { } l && l != d ? ".." + l.ToString("yyyy-MM-dd") : "") : "undated";
            var control = e.ControlChange is { } c ? c.Contested ? $" -> contested, claimed by {c.NewController} ({c.Verb})" : $" -> held by {c.NewController} ({c.Verb})" : "";
            stdout.WriteLine($"  event {when,-22} {e.SubType,-36} {e.Actor1 ?? "?"} vs {e.Actor2 ?? "?"} at {e.PlaceName} p{e.Precision}{control}");
        }
        stdout.WriteLine();
    }
}
