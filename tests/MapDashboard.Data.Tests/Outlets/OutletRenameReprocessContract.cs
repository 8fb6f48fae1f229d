using System.Data.Common;
using Dapper;
using MapDashboard.Data.Composition;
using MapDashboard.Data.Corrections;
using MapDashboard.Data.Gazetteer;
using MapDashboard.Data.Ingest;
using MapDashboard.Data.Outlets;
using MapDashboard.Data.Store;
using MapDashboard.Data.Tests.Contract;
using MapDashboard.Data.Tests.Gazetteer;
using Microsoft.Extensions.DependencyInjection;

namespace MapDashboard.Data.Tests.Outlets;

/// <summary>
/// Issue #19: an outlet renamed by an analyst stays renamed on its articles and their events when an article is processed
/// again (a correction, an undo, a reprocess, a re-ingest after a pipeline change). Same tests on SQLite and PostgreSQL.
/// </summary>
public abstract class OutletRenameReprocessContract
{
    protected abstract StoreProvider Provider { get; }

    private sealed record Setup(TestStore Db, ArticleIngester Ingester, Corrector Corrector, OutletStore Outlets, EventQueries Events,
        DbConnection Connection, string Seed) : IAsyncDisposable
    {
        public async ValueTask DisposeAsync()
        {
            await Connection.DisposeAsync();
            await Db.DisposeAsync();
        }

        public Task<string?> OutletOfAsync(long id) =>
            Connection.ExecuteScalarAsync<string?>("SELECT outlet FROM articles WHERE id = @id", new { id });

        /// <summary>The outlets every event of the article names: its sources' and the list row's.</summary>
        public async Task<List<string>> EventOutletsAsync(long id)
        {
            var names = new List<string>();
            foreach (var eventId in await Connection.QueryAsync<long>(
                "SELECT DISTINCT s.event_id FROM event_sources s JOIN events e ON e.id = s.event_id WHERE s.article_id = @id AND e.deleted = 0", new { id }))
            {
                var detail = (await Events.GetAsync(eventId))!;
                names.AddRange(detail.Sources.Where(s => s.ArticleId == id).Select(s => s.Outlet ?? "(none)"));
                names.AddRange((detail.Event.Outlets ?? "").Split("; ", StringSplitOptions.RemoveEmptyEntries));
            }
            return names;
        }

        public Task ForcePipelineChangeAsync() => Connection.ExecuteAsync("UPDATE articles SET pipeline_version = 'older'");
    }

    private async Task<Setup> OpenAsync(string name)
    {
        var db = await TestStore.CreateAsync(Provider, name);
        var layout = RepositoryLayout.Discover()!;
        var gazetteer = await GazetteerBuilder.EnsureBuiltAsync(layout);
        var services = await MapDashboardServices.CreateAsync(o => (o.GazetteerPath, o.Store) = (gazetteer, db.Factory));
        await services.GetRequiredService<EventStore>().InitializeAsync();
        var seed = Directory.GetFiles(layout.Seeds).Order(StringComparer.Ordinal).First();
        return new Setup(db, services.GetRequiredService<ArticleIngester>(), services.GetRequiredService<Corrector>(), new OutletStore(db.Factory),
            new EventQueries(db.Factory), await db.OpenAsync(), seed);
    }

    [Fact]
    public async Task AnOutletReadFromTheText_Renamed_StaysRenamed_ThroughACorrection_AnUndo_AReprocess_AndAReingest()
    {
        await using var s = await OpenAsync("rename-text.db");
        var id = Assert.Single(await s.Ingester.IngestAsync([s.Seed])).Outcome!.ArticleId;
        var old = (await s.OutletOfAsync(id))!;
        Assert.NotNull(await s.Outlets.GetAsync(old));
        const string renamed = "Renamed Research Desk";

        Assert.Empty(await s.Outlets.SaveAsync(new Outlet { Name = renamed }, old));
        Assert.Equal(renamed, await s.OutletOfAsync(id));

        var corrected = await s.Corrector.CorrectArticleAsync(id, "A title an analyst fixed", null, null, "tester");
        Assert.True(corrected.Succeeded, corrected.Error);
        Assert.Equal(renamed, await s.OutletOfAsync(id));
        var named = await s.EventOutletsAsync(id);
        Assert.NotEmpty(named);
        Assert.All(named, n => Assert.Equal(renamed, n));

        Assert.True((await s.Corrector.UndoAsync(corrected.Correction!.Id)).Succeeded);
        Assert.Equal(renamed, await s.OutletOfAsync(id));

        await s.ForcePipelineChangeAsync();
        Assert.Equal(IngestStatus.Reprocessed, (await s.Ingester.ReprocessAsync(id)).Outcome!.Status);
        Assert.Equal(renamed, await s.OutletOfAsync(id));

        await s.ForcePipelineChangeAsync();
        Assert.Equal(IngestStatus.Reprocessed, Assert.Single(await s.Ingester.IngestAsync([s.Seed])).Outcome!.Status);
        Assert.Equal(renamed, await s.OutletOfAsync(id));
        Assert.All(await s.EventOutletsAsync(id), n => Assert.Equal(renamed, n));
    }

    [Fact]
    public async Task AnOutletStatedWhenAdding_Renamed_IsWhatUndoingAnOutletCorrectionReturnsTo()
    {
        await using var s = await OpenAsync("rename-stated.db");
        // An invented report, written for this test.
        var bytes = System.Text.Encoding.UTF8.GetBytes("Shelling near Saraqib\n\nGovernment artillery shelled farmland east of Saraqib on Tuesday, residents said.\n");
        await s.Outlets.EnsureAsync("Hill Country Courier");
        var id = (await s.Ingester.IngestBytesAsync("pasted", bytes, new ArticleOverrides(null, "Hill Country Courier"))).Outcome!.ArticleId;
        Assert.Empty(await s.Outlets.SaveAsync(new Outlet { Name = "Hill Country Courier Daily" }, "Hill Country Courier"));

        var retitled = await s.Corrector.CorrectArticleAsync(id, "Farmland shelled", null, null, "tester");
        Assert.True(retitled.Succeeded, retitled.Error);
        Assert.Equal("Hill Country Courier Daily", await s.OutletOfAsync(id));

        var moved = await s.Corrector.CorrectArticleAsync(id, null, "Another Courier", null, "tester");
        Assert.True(moved.Succeeded, moved.Error);
        Assert.Equal("Another Courier", await s.OutletOfAsync(id));
        Assert.True((await s.Corrector.UndoAsync(moved.Correction!.Id)).Succeeded);
        Assert.Equal("Hill Country Courier Daily", await s.OutletOfAsync(id));
        Assert.All(await s.EventOutletsAsync(id), n => Assert.Equal("Hill Country Courier Daily", n));
    }

    [Fact]
    public async Task AStoredOutletTheTableDoesNotKnow_IsStillReplacedByTheOneReadAgain()
    {
        await using var s = await OpenAsync("rename-unknown.db");
        var id = Assert.Single(await s.Ingester.IngestAsync([s.Seed])).Outcome!.ArticleId;
        var read = await s.OutletOfAsync(id);
        await s.Connection.ExecuteAsync("UPDATE articles SET outlet = 'A misread outlet name' WHERE id = @id", new { id });

        await s.ForcePipelineChangeAsync();
        await s.Ingester.ReprocessAsync(id);

        Assert.Equal(read, await s.OutletOfAsync(id));
    }
}

/// <summary>The rename-and-reprocess contract on SQLite.</summary>
[Collection(BundledGazetteerCollection.Name)]
public sealed class OutletRenameReprocessSqliteTests : OutletRenameReprocessContract
{
    protected override StoreProvider Provider => StoreProvider.Sqlite;
}

/// <summary>The rename-and-reprocess contract on PostgreSQL.</summary>
[Collection(BundledGazetteerCollection.Name)]
public sealed class OutletRenameReprocessPostgresTests : OutletRenameReprocessContract
{
    protected override StoreProvider Provider => StoreProvider.Postgres;
}
