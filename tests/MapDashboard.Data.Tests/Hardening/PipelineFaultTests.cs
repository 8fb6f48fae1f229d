using Dapper;
using MapDashboard.Core.Events;
using MapDashboard.Core.Geoparsing;
using MapDashboard.Core.Pipeline;
using MapDashboard.Data.Articles;
using MapDashboard.Data.Composition;
using MapDashboard.Data.Gazetteer;
using MapDashboard.Data.Ingest;
using MapDashboard.Data.Store;
using MapDashboard.Data.Tests.Gazetteer;
using Microsoft.Extensions.DependencyInjection;

namespace MapDashboard.Data.Tests.Hardening;

/// <summary>
/// A fault of the pipeline itself on one article (a bug, not bad input) must not end a backlog: that article is
/// reported as MapDashboard's fault, nothing of it is stored, and every other article of the run lands.
/// </summary>
[Collection(BundledGazetteerCollection.Name)]
public class PipelineFaultTests
{
    private const string Trigger = "Kafr Takharim";

    /// <summary>The real coder, except that it fails the way a bug would on any article naming <see cref="Trigger"/>.</summary>
    private sealed class FailingOn(IEventCoder inner) : IEventCoder
    {
        public IReadOnlyList<CodedEvent> Code(GeoparseResult result) =>
            result.Article.Text.Contains(Trigger, StringComparison.Ordinal)
                ? throw new InvalidOperationException("injected fault")
                : inner.Code(result);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    public async Task AFaultOnOneArticle_IsReported_AndTheRestOfTheRunLands(int jobs)
    {
        using var db = new TempDatabase($"fault-{jobs}.db");
        var gazetteer = await GazetteerBuilder.EnsureBuiltAsync(RepositoryLayout.Discover()!);
        await using var services = await MapDashboardServices.CreateAsync(o => (o.GazetteerPath, o.Store) = (gazetteer, db.Factory));
        var store = services.GetRequiredService<EventStore>();
        await store.InitializeAsync();
        var ingester = new ArticleIngester(services.GetRequiredService<Geoparser>(), new FailingOn(services.GetRequiredService<IEventCoder>()),
            services.GetRequiredService<IControlChangeExtractor>(), store, services.GetRequiredService<ArticleFileReader>());

        var dir = Directory.CreateTempSubdirectory("mapdash-fault-");
        try
        {
            var texts = new[]
            {
                "On 3 March 2018 government forces shelled Saraqib, killing two civilians.",
                $"On 4 March 2018 rebels clashed with government forces near {Trigger}.",
                "On 5 March 2018 Turkish-backed factions took control of the village of Jindires.",
            };
            var files = texts.Select((text, i) => Path.Combine(dir.FullName, $"a{i}.txt")).ToArray();
            for (var i = 0; i < texts.Length; i++)
            {
                await File.WriteAllTextAsync(files[i], texts[i]);
            }

            var results = await ingester.IngestAsync(files, jobs: jobs);

            Assert.Equal(files, results.Select(r => r.File));
            Assert.True(results[0].Succeeded, results[0].Error);
            Assert.True(results[2].Succeeded, results[2].Error);
            Assert.False(results[1].Succeeded);
            Assert.StartsWith(ArticleIngester.ProcessingFault, results[1].Error);
            Assert.Contains("injected fault", results[1].Error);

            await using var connection = await db.Factory.OpenAsync();
            Assert.Equal(2, await connection.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM articles"));
            Assert.Equal(0, await connection.ExecuteScalarAsync<long>($"SELECT COUNT(*) FROM articles WHERE original_text LIKE '%{Trigger}%'"));
        }
        finally
        {
            dir.Delete(true);
        }
    }
}
