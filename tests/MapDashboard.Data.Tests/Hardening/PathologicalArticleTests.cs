using System.Diagnostics;
using System.Text;
using MapDashboard.Core.Geoparsing;
using MapDashboard.Core.Pipeline;
using MapDashboard.Data.Composition;
using MapDashboard.Data.Gazetteer;
using MapDashboard.Data.Ingest;
using MapDashboard.Data.Store;
using MapDashboard.Data.Tests.Gazetteer;
using Microsoft.Extensions.DependencyInjection;
using Xunit.Abstractions;

namespace MapDashboard.Data.Tests.Hardening;

/// <summary>Issue 16.5: a pathological article stores at most the configured mentions and events, says it was truncated, and takes seconds.</summary>
[Collection(BundledGazetteerCollection.Name)]
public class PathologicalArticleTests(ITestOutputHelper output)
{
    [Theory]
    [InlineData("repeated-name")]
    [InlineData("one-long-sentence")]
    public async Task Issue16_PathologicalArticle_IsCapped_ReportedTruncated_AndQuick(string kind)
    {
        using var db = new TempDatabase($"{kind}.db");
        var gazetteer = await GazetteerBuilder.EnsureBuiltAsync(RepositoryLayout.Discover()!);
        await using var services = await MapDashboardServices.CreateAsync(o =>
        {
            (o.GazetteerPath, o.Store) = (gazetteer, db.Factory);
            o.IngestLimits = new IngestLimits { MaxMentionsPerArticle = 1000, MaxEventsPerArticle = 200 };
        });
        var store = services.GetRequiredService<EventStore>();
        await store.InitializeAsync();
        var geoparser = services.GetRequiredService<Geoparser>();
        var ingester = services.GetRequiredService<ArticleIngester>();
        var text = kind == "repeated-name"
            ? string.Concat(Enumerable.Repeat("Idlib ", 100_000))
            : string.Concat(Enumerable.Repeat("government forces shelled Saraqib and clashed near Aleppo and ", 8_000));

        var budget = new LoadScaledBudget(TimeSpan.FromSeconds(20));
        var watch = Stopwatch.StartNew();
        var parsed = geoparser.Parse(new Core.Articles.ArticleInput("x.txt", text, Core.Articles.ArticleFormat.PlainText), 1001);
        var parse = watch.Elapsed;
        watch.Restart();
        var coded = services.GetRequiredService<IEventCoder>().Code(parsed);
        var code = watch.Elapsed;
        watch.Restart();
        var result = await ingester.IngestBytesAsync($"{kind}.txt", Encoding.UTF8.GetBytes(text));
        var whole = watch.Elapsed;
        output.WriteLine($"{kind} ({text.Length:N0} chars): parse {parse.TotalSeconds:F2} s (clean {parsed.Timings.Clean.TotalSeconds:F2}, recognize {parsed.Timings.Recognize.TotalSeconds:F2}, " +
            $"lookup {parsed.Timings.Lookup.TotalSeconds:F2}, rank {parsed.Timings.Rank.TotalSeconds:F2}), code {code.TotalSeconds:F2} s ({coded.Count} events), whole ingest {whole.TotalSeconds:F2} s");

        var outcome = Assert.IsType<IngestOutcome>(result.Outcome);
        Assert.True(outcome.Truncated);
        Assert.True(outcome.Mentions <= 1000);
        Assert.True(outcome.Events <= 200);
        // A few seconds on an idle machine; the bound leaves room for a loaded two-core test machine and grows with its load.
        var (within, said) = budget.Check(whole);
        Assert.True(within, $"the ingest {said}");
    }
}
