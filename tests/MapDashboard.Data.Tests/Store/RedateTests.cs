using Microsoft.Extensions.DependencyInjection;
using MapDashboard.Data.Composition;
using Dapper;
using MapDashboard.Core.Events;
using MapDashboard.Data.Articles;
using MapDashboard.Data.Corrections;
using MapDashboard.Data.Gazetteer;
using MapDashboard.Data.Ingest;
using MapDashboard.Data.Store;
using MapDashboard.Data.Tests.Gazetteer;

namespace MapDashboard.Data.Tests.Store;

[Collection(BundledGazetteerCollection.Name)]
public class RedateTests
{
    [Fact]
    public async Task AnAnalystsDate_RedatesTheArticlesEvents_AndSurvivesReprocessing()
    {
        using var db = new TempDatabase("redate.db");
        var layout = RepositoryLayout.Discover()!;
        var gazetteer = await GazetteerBuilder.EnsureBuiltAsync(layout);
        await using var services = await MapDashboardServices.CreateAsync(o => (o.GazetteerPath, o.Store) = (gazetteer, db.Factory));
        await services.GetRequiredService<EventStore>().InitializeAsync();
        var ingester = services.GetRequiredService<ArticleIngester>();
        var corrector = services.GetRequiredService<Corrector>();
        var seeds = Directory.GetFiles(layout.Seeds).Order(StringComparer.Ordinal).ToList();
        await ingester.IngestAsync(seeds);
        await using var connection = await db.Factory.OpenAsync();
        var undated = await connection.QuerySingleAsync<long>("SELECT id FROM articles WHERE published IS NULL LIMIT 1");
        const string undatedEvents = """
            SELECT COUNT(*) FROM events e JOIN event_sources s ON s.event_id = e.id WHERE s.article_id = @undated AND e.date_start IS NULL
            """;
        Assert.True(await connection.ExecuteScalarAsync<long>(undatedEvents, new { undated }) > 0);

        var result = await corrector.CorrectArticleAsync(undated, null, null, new DateOnly(2020, 3, 1), "tester");

        Assert.True(result.Succeeded, result.Error);
        Assert.Equal(IngestStatus.Reprocessed, Assert.Single(result.Reprocessed).Outcome!.Status);
        Assert.Equal(0, await connection.ExecuteScalarAsync<long>(undatedEvents, new { undated }));
        Assert.Equal("2020-03-01", await connection.ExecuteScalarAsync<string>("SELECT published FROM articles WHERE id = @undated", new { undated }));

        // A pipeline change re-processes the article from its file: the analyst's date is applied again.
        await connection.ExecuteAsync("UPDATE articles SET pipeline_version = 'older' WHERE id = @undated", new { undated });
        var again = await ingester.IngestAsync(seeds);
        Assert.Contains(again, r => r.Outcome is { Status: IngestStatus.Reprocessed } o && o.ArticleId == undated);
        Assert.Equal("2020-03-01", await connection.ExecuteScalarAsync<string>("SELECT published FROM articles WHERE id = @undated", new { undated }));
        Assert.Equal(0, await connection.ExecuteScalarAsync<long>(undatedEvents, new { undated }));
        Assert.Equal(1, await connection.ExecuteScalarAsync<long>("SELECT date_set_by_user FROM articles WHERE id = @undated", new { undated }));

        var missing = await corrector.CorrectArticleAsync(99_999, null, null, new DateOnly(2020, 3, 1), "tester");
        Assert.Equal("there is no article 99999", missing.Error);

        // Undone, the article is undated again and so are its events.
        var undo = await corrector.UndoAsync(result.Correction!.Id);
        Assert.True(undo.Succeeded, undo.Error);
        Assert.Null(await connection.ExecuteScalarAsync<string>("SELECT published FROM articles WHERE id = @undated", new { undated }));
        Assert.True(await connection.ExecuteScalarAsync<long>(undatedEvents, new { undated }) > 0);
        Assert.Equal(0, await connection.ExecuteScalarAsync<long>("SELECT date_set_by_user FROM articles WHERE id = @undated", new { undated }));
    }
}
