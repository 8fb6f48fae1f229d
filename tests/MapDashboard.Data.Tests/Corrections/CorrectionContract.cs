using Microsoft.Extensions.DependencyInjection;
using MapDashboard.Data.Composition;
using Dapper;
using MapDashboard.Core.Events;
using MapDashboard.Core.Gazetteer;
using MapDashboard.Data.Articles;
using MapDashboard.Data.Corrections;
using MapDashboard.Data.Gazetteer;
using MapDashboard.Data.Ingest;
using MapDashboard.Data.Store;
using MapDashboard.Data.Tests.Gazetteer;
using System.Data.Common;
using MapDashboard.Data.Tests.Contract;

namespace MapDashboard.Data.Tests.Corrections;

/// <summary>Corrections over the seed articles: applied at once, re-applied after re-processing, undone on request.</summary>
/// <remarks>A contract: the same tests on SQLite and on PostgreSQL (the classes at the end).</remarks>
public abstract class CorrectionContract(BundledGazetteerFixture gazetteer)
{
    /// <summary>The engine the tests run on.</summary>
    protected abstract StoreProvider Provider { get; }

    private sealed record Seeded(TestStore Db, ArticleIngester Ingester, Corrector Corrector, DbConnection Connection, List<string> Seeds) : IAsyncDisposable
    {
        public async ValueTask DisposeAsync()
        {
            await Connection.DisposeAsync();
            await Db.DisposeAsync();
        }
    }

    private async Task<Seeded> SeedAsync(string name)
    {
        var db = await TestStore.CreateAsync(Provider, name);
        var layout = RepositoryLayout.Discover()!;
        var gazetteer = await GazetteerBuilder.EnsureBuiltAsync(layout);
        var services = await MapDashboardServices.CreateAsync(o => (o.GazetteerPath, o.Store) = (gazetteer, db.Factory));
        await services.GetRequiredService<EventStore>().InitializeAsync();
        var ingester = services.GetRequiredService<ArticleIngester>();
        var seeds = Directory.GetFiles(layout.Seeds).Order(StringComparer.Ordinal).ToList();
        await ingester.IngestAsync(seeds);
        return new Seeded(db, ingester, services.GetRequiredService<Corrector>(), await db.OpenAsync(), seeds);
    }

    private static CorrectionPlace ToCorrection(Place p) => new(p.Id, p.Name, p.Lat, p.Lon, p.FeatureClass, p.FeatureCode, p.CountryCode, p.Admin1);

    private static Task ForcePipelineChangeAsync(DbConnection connection) => connection.ExecuteAsync("UPDATE articles SET pipeline_version = 'older'");

    [Fact]
    public async Task UnresolvedVillage_CorrectedInItsArticle_MovesItsEvents_SurvivesReingest_AndUndoes()
    {
        await using var s = await SeedAsync("mention.db");
        // al-Brije: a village no gazetteer source places, anchored near al-Bab (precision 2).
        var village = await s.Connection.QuerySingleAsync<(long Id, long ArticleId, long Start)>(
            "SELECT id, article_id, start_offset FROM place_mentions WHERE text = 'al-Brije' AND resolved = 0");
        var at = new { village.ArticleId, village.Start };
        const string eventsAtVillage = """
            SELECT e.place_id, e.precision, e.correction_id FROM events e JOIN event_sources s ON s.event_id = e.id
            WHERE s.article_id = @ArticleId AND s.place_start = @Start AND e.deleted = 0
            """;
        var before = (await s.Connection.QueryAsync<(string? PlaceId, long Precision, long? CorrectionId)>(eventsAtVillage, at)).ToList();
        Assert.NotEmpty(before);
        Assert.All(before, e => Assert.Equal(2, e.Precision));

        // A place the article does not name (a named one may be the anchor the others hang on, and is not drawn twice).
        var chosen = (await gazetteer.Gazetteer.FindCandidatesAsync("Qabasin")).First(c => c.Place.CountryCode == "SY").Place;
        var result = await s.Corrector.CorrectMentionAsync(village.Id, CorrectionScope.Article, ToCorrection(chosen), notAPlace: false, "tester");

        Assert.True(result.Succeeded, result.Error);
        Assert.Single(result.Reprocessed);
        var mention = await s.Connection.QuerySingleAsync<(long Resolved, string PlaceId, double Confidence, long? CorrectionId, string Reason)>(
            "SELECT resolved, place_id, confidence, correction_id, reason FROM place_mentions WHERE article_id = @ArticleId AND start_offset = @Start", at);
        Assert.Equal((1L, chosen.Id, 1.0, result.Correction!.Id), (mention.Resolved, mention.PlaceId, mention.Confidence, mention.CorrectionId));
        Assert.Equal("corrected by tester", mention.Reason);
        var after = (await s.Connection.QueryAsync<(string? PlaceId, long Precision, long? CorrectionId)>(eventsAtVillage, at)).ToList();
        // The capture of the village is at the chosen place itself; "over 25 villages in the area" (the next sentence) is a
        // regional change near it, so it moves with the village but stays "near" (precision 2).
        Assert.All(after, e => Assert.Equal(chosen.Id, e.PlaceId));
        Assert.Equal([1L, 2L], after.Select(e => e.Precision).Order());

        // A pipeline change processes every article again: the correction is applied again.
        await ForcePipelineChangeAsync(s.Connection);
        await s.Ingester.IngestAsync(s.Seeds);
        Assert.All(await s.Connection.QueryAsync<(string? PlaceId, long Precision, long? CorrectionId)>(eventsAtVillage, at), e => Assert.Equal(chosen.Id, e.PlaceId));

        var undo = await s.Corrector.UndoAsync(result.Correction.Id);
        Assert.True(undo.Succeeded, undo.Error);
        Assert.NotNull(undo.Correction!.UndoneAt);
        Assert.Equal(before.Select(e => (e.PlaceId, e.Precision)).Order(), (await s.Connection.QueryAsync<(string? PlaceId, long Precision, long? CorrectionId)>(eventsAtVillage, at)).Select(e => (e.PlaceId, e.Precision)).Order());
        Assert.Equal(0, await s.Connection.ExecuteScalarAsync<long>("SELECT resolved FROM place_mentions WHERE article_id = @ArticleId AND start_offset = @Start", at));
        Assert.Equal("correction 1 was already undone", (await s.Corrector.UndoAsync(result.Correction.Id)).Error![..31]);
    }

    [Fact]
    public async Task NotAPlace_Everywhere_RemovesTheFormsEventsFromEveryArticle()
    {
        await using var s = await SeedAsync("not-a-place.db");
        // "Idlib" is named in all five seeds: a correction everywhere reaches each of them.
        var articles = await s.Connection.QueryAsync<long>("SELECT DISTINCT article_id FROM place_mentions WHERE text = 'Idlib'");
        var mentionId = await s.Connection.QueryFirstAsync<long>("SELECT id FROM place_mentions WHERE text = 'Idlib' ORDER BY id");
        var eventsBefore = await s.Connection.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM events WHERE deleted = 0");
        const string atIdlib = """
            SELECT COUNT(*) FROM event_sources s JOIN place_mentions m ON m.article_id = s.article_id AND m.start_offset = s.place_start
            WHERE m.text = 'Idlib'
            """;
        Assert.True(await s.Connection.ExecuteScalarAsync<long>(atIdlib) > 0);

        var result = await s.Corrector.CorrectMentionAsync(mentionId, CorrectionScope.Everywhere, null, notAPlace: true, "tester");

        Assert.True(result.Succeeded, result.Error);
        Assert.Equal(articles.Order(), result.Reprocessed.Select(r => r.Outcome!.ArticleId).Order());
        Assert.Equal(0, await s.Connection.ExecuteScalarAsync<long>(atIdlib));
        Assert.Equal(0, await s.Connection.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM place_mentions WHERE text = 'Idlib' AND (resolved = 1 OR correction_id IS NULL)"));
        Assert.True(await s.Connection.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM events WHERE deleted = 0") < eventsBefore);

        await s.Corrector.UndoAsync(result.Correction!.Id);
        Assert.Equal(eventsBefore, await s.Connection.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM events WHERE deleted = 0"));
    }

    [Fact]
    public async Task EventCorrections_RetypeThenDelete_ChainAndSurviveReingest()
    {
        await using var s = await SeedAsync("event.db");
        var target = await s.Connection.QueryFirstAsync<(long Id, string Type, string SubType, string PlaceName)>(
            "SELECT id, type, sub_type, place_name FROM events WHERE sub_type = 'Armed clash' AND deleted = 0 ORDER BY id");
        const string likeTarget = "SELECT COUNT(*) FROM events WHERE place_name = @PlaceName AND type = @Type AND sub_type = @SubType AND deleted = 0 AND correction_id IS NULL";
        var similar = await s.Connection.ExecuteScalarAsync<long>(likeTarget, new { target.PlaceName, target.Type, target.SubType });

        var retype = await s.Corrector.CorrectEventAsync(target.Id, new CorrectionPayload { Type = EventType.RemoteViolence, SubType = EventType.Shelling,
            Date = new DateOnly(2017, 1, 20), Control = new ControlCorrection("syrian-army") }, "tester");
        Assert.True(retype.Succeeded, retype.Error);
        var retyped = await s.Connection.QuerySingleAsync<(long Id, string SubType, string DateStart, long? CorrectionId)>(
            "SELECT id, sub_type, date_start, correction_id FROM events WHERE correction_id = @Id AND deleted = 0", retype.Correction!);
        Assert.Equal((EventType.Shelling, "2017-01-20"), (retyped.SubType, retyped.DateStart));
        Assert.Equal(1, await s.Connection.ExecuteScalarAsync<long>(
            "SELECT COUNT(*) FROM control_changes WHERE event_id = @Id AND new_controller = 'syrian-army' AND date = '2017-01-20'", new { retyped.Id }));

        // A second correction, made on the corrected event, chains after the first.
        var delete = await s.Corrector.CorrectEventAsync(retyped.Id, new CorrectionPayload { Delete = true }, "tester");
        Assert.True(delete.Succeeded, delete.Error);
        Assert.Equal(1, await s.Connection.ExecuteScalarAsync<long>("SELECT deleted FROM events WHERE correction_id = @Id", delete.Correction!));
        Assert.Equal(0, await s.Connection.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM control_changes WHERE new_controller = 'syrian-army' AND date = '2017-01-20'"));

        await ForcePipelineChangeAsync(s.Connection);
        await s.Ingester.IngestAsync(s.Seeds);
        Assert.Equal(1, await s.Connection.ExecuteScalarAsync<long>("SELECT deleted FROM events WHERE correction_id = @Id", delete.Correction!));

        // Undoing the first correction undoes what the second was made on: the event is back as the pipeline made it.
        await s.Corrector.UndoAsync(retype.Correction!.Id);
        Assert.Equal(similar, await s.Connection.ExecuteScalarAsync<long>(likeTarget, new { target.PlaceName, target.Type, target.SubType }));
        Assert.Equal(0, await s.Connection.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM events WHERE correction_id IS NOT NULL OR deleted = 1"));
    }

    [Fact]
    public async Task BadCorrections_AreRefusedWithAReason_AndChangeNothing()
    {
        await using var s = await SeedAsync("refused.db");
        var eventId = await s.Connection.QueryFirstAsync<long>("SELECT id FROM events ORDER BY id");
        var mentionId = await s.Connection.QueryFirstAsync<long>("SELECT id FROM place_mentions ORDER BY id");

        Assert.Equal("'Battles / Air/drone strike' is not an ACLED event type and sub-event type",
            (await s.Corrector.CorrectEventAsync(eventId, new CorrectionPayload { Type = EventType.Battles, SubType = EventType.AirDroneStrike }, "t")).Error);
        Assert.Equal("there is no event 999999", (await s.Corrector.CorrectEventAsync(999_999, new CorrectionPayload { Delete = true }, "t")).Error);
        Assert.StartsWith("nothing to correct", (await s.Corrector.CorrectEventAsync(eventId, new CorrectionPayload(), "t")).Error);
        Assert.Equal("choose either a place or \"not a place\"", (await s.Corrector.CorrectMentionAsync(mentionId, CorrectionScope.Article, null, false, "t")).Error);
        Assert.StartsWith("the place 'x' needs", (await s.Corrector.CorrectMentionAsync(mentionId, CorrectionScope.Article,
            new CorrectionPlace("user:x", "x", 91, 0, "P", "PPL", null, null), false, "t")).Error);
        Assert.Equal("give a title, an outlet or a date to correct", (await s.Corrector.CorrectArticleAsync(1, " ", null, null, "t")).Error);
        Assert.Equal(0, await s.Connection.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM corrections"));
    }

    [Fact]
    public async Task ArticleTitleAndOutlet_Corrected_AreKeptThroughReprocessing()
    {
        await using var s = await SeedAsync("article.db");
        var result = await s.Corrector.CorrectArticleAsync(2, "A corrected title", "A corrected outlet", null, "tester");
        Assert.True(result.Succeeded, result.Error);

        await ForcePipelineChangeAsync(s.Connection);
        await s.Ingester.IngestAsync(s.Seeds);

        Assert.Equal(("A corrected title", "A corrected outlet"),
            await s.Connection.QuerySingleAsync<(string, string)>("SELECT title, outlet FROM articles WHERE id = 2"));
    }

    [Fact]
    public async Task WhatTheAnalystStatesWhenAdding_IsKeptAsACorrection_ThroughReprocessing_AndUndoable()
    {
        await using var s = await SeedAsync("stated.db");
        var bytes = System.Text.Encoding.UTF8.GetBytes("Shelling in Saraqib\n\nGovernment forces shelled Saraqib, a monitoring group said.\n");
        var added = await s.Ingester.IngestBytesAsync("pasted", bytes, new ArticleOverrides("Saraqib shelled", null, new DateOnly(2020, 3, 2)));
        var id = added.Outcome!.ArticleId;
        const string article = "SELECT title, published, date_set_by_user FROM articles WHERE id = @id";
        Assert.Equal(("Saraqib shelled", "2020-03-02", 1L), await s.Connection.QuerySingleAsync<(string, string, long)>(article, new { id }));

        // The same bytes again change nothing and state nothing new.
        await s.Ingester.IngestBytesAsync("pasted again", bytes, new ArticleOverrides("Another title"));
        await ForcePipelineChangeAsync(s.Connection);
        await s.Ingester.ReprocessAsync(id);

        Assert.Equal(("Saraqib shelled", "2020-03-02", 1L), await s.Connection.QuerySingleAsync<(string, string, long)>(article, new { id }));
        var stated = await s.Connection.QuerySingleAsync<long>("SELECT id FROM corrections WHERE target_kind = 'article' AND author = 'analyst (when added)'");
        var undo = await s.Corrector.UndoAsync(stated);
        Assert.True(undo.Succeeded, undo.Error);
        Assert.Null(await s.Connection.ExecuteScalarAsync<string>("SELECT published FROM articles WHERE id = @id", new { id }));
    }

    [Fact]
    public async Task Issue23_ArticleDatedOnlyByItsFileName_ShowsTheClue_IsListedAsWeak_AndLeavesTheQueueWhenDated()
    {
        await using var s = await SeedAsync("weakdate.db");
        var bytes = System.Text.Encoding.UTF8.GetBytes("Flood damages tents in a border camp\n\nHeavy rain flooded tents in a camp near Atmeh, aid workers said.\n");
        var added = await s.Ingester.IngestBytesAsync("2017-04-05-camp-flood.txt", bytes);
        var id = added.Outcome!.ArticleId;
        var queue = new ReviewQueue(s.Db.Factory);

        var stored = await s.Connection.QuerySingleAsync<(string Published, string Clue, long Weak)>("SELECT published, date_clue, date_weak FROM articles WHERE id = @id", new { id });
        Assert.Equal(("2017-04-05", "file-name", 1L), stored);
        var view = await new ArticleQueries(s.Db.Factory).GetViewAsync(id);
        Assert.StartsWith("dated from the file name '2017-04-05-camp-flood.txt'", view!.Dating!.Describe());
        var item = Assert.Single(await queue.ListAsync(ReviewKind.WeakArticleDate));
        Assert.Equal(id, item.ArticleId);
        Assert.Contains("file-name", item.Detail);

        var fixedDate = await s.Corrector.CorrectArticleAsync(id, null, null, new DateOnly(2017, 4, 4), "tester");
        Assert.True(fixedDate.Succeeded, fixedDate.Error);
        Assert.Empty(await queue.ListAsync(ReviewKind.WeakArticleDate));
        Assert.Equal(("2017-04-04", "stated", 0L), await s.Connection.QuerySingleAsync<(string, string, long)>("SELECT published, date_clue, date_weak FROM articles WHERE id = @id", new { id }));
    }

    [Fact]
    public async Task Issue23_SeedDates_KeepTheirClues_AndTheRenderTimestampIsStillRefused()
    {
        await using var s = await SeedAsync("seeddates.db");
        var rows = (await s.Connection.QueryAsync<(string Source, string? Published, string? Clue, string? Evidence)>(
            "SELECT source, published, date_clue, date_evidence FROM articles ORDER BY source")).ToList();
        Assert.Equal((null, null, "09:05 GMT +308 December 2019"), (rows[2].Published, rows[2].Clue, rows[2].Evidence));
        Assert.Equal((null, null), (rows[4].Published, rows[4].Clue));
        Assert.Equal(("2017-01-30", "date-line"), (rows[0].Published, rows[0].Clue));
    }

    [Fact]
    public async Task ReviewQueue_ListsMostConsequentialFirst_AndCorrectedItemsLeaveIt()
    {
        await using var s = await SeedAsync("review.db");
        var queue = new ReviewQueue(s.Db.Factory);

        var items = await queue.ListAsync(limit: 500);
        var counts = await queue.CountAsync();

        Assert.Equal(items.Count, counts.Values.Sum());
        Assert.Equal(items.OrderByDescending(i => i.EventsAffected).Select(i => i.EventsAffected), items.Select(i => i.EventsAffected));
        Assert.Contains(items, i => i is { Kind: ReviewKind.Mention, Text: "al-Brije", EventsAffected: > 0 });
        Assert.Contains(items, i => i.Kind == ReviewKind.UndatedArticle && i.EventsAffected > 0);
        Assert.All(await queue.ListAsync(ReviewKind.Mention), i => Assert.Equal(ReviewKind.Mention, i.Kind));

        var village = items.First(i => i.Text == "al-Brije");
        await s.Corrector.CorrectMentionAsync(village.Id, CorrectionScope.Article, null, notAPlace: true, "tester");
        Assert.DoesNotContain(await queue.ListAsync(limit: 500), i => i is { Kind: ReviewKind.Mention, Text: "al-Brije" } && i.ArticleId == village.ArticleId);
        Assert.Equal(counts[ReviewKind.Mention] - 1, (await queue.CountAsync())[ReviewKind.Mention]);
    }

    [Fact]
    public async Task Issue16_ReprocessingThatFails_LeavesNoActiveCorrection_AndTheArticleAsItWas()
    {
        await using var s = await SeedAsync("atomic.db");
        var (articleId, title) = await s.Connection.QuerySingleAsync<(long, string?)>(
            "SELECT a.id, a.title FROM articles a WHERE EXISTS (SELECT 1 FROM place_mentions m WHERE m.article_id = a.id) ORDER BY a.id LIMIT 1");
        var mentionsBefore = await s.Connection.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM place_mentions WHERE article_id = @articleId", new { articleId });
        // The article's re-processing fails when its mentions are written again (as a full disk or a bug would make it).
        await s.Connection.ExecuteAsync(Provider == StoreProvider.Postgres
            ? $"""
              CREATE FUNCTION refuse_mentions() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RAISE EXCEPTION 'refused for the test'; END $$;
              CREATE TRIGGER refuse_mentions BEFORE INSERT ON place_mentions FOR EACH ROW WHEN (NEW.article_id = {articleId}) EXECUTE FUNCTION refuse_mentions();
              """
            : $"CREATE TRIGGER refuse_mentions BEFORE INSERT ON place_mentions WHEN NEW.article_id = {articleId} BEGIN SELECT RAISE(ABORT, 'refused for the test'); END");

        var result = await s.Corrector.CorrectArticleAsync(articleId, "A corrected title", null, null, "tester");

        Assert.False(result.Succeeded);
        Assert.Contains("nothing was changed", result.Error);
        Assert.Equal(0, await s.Connection.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM corrections WHERE undone_at IS NULL AND author = 'tester'"));
        Assert.Equal(title, await s.Connection.ExecuteScalarAsync<string?>("SELECT title FROM articles WHERE id = @articleId", new { articleId }));
        Assert.Equal(mentionsBefore, await s.Connection.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM place_mentions WHERE article_id = @articleId", new { articleId }));
    }

    [Fact]
    public async Task Issue16_CorrectionDatesOutsideTheSaneRange_AreRefused_NamingTheField()
    {
        await using var s = await SeedAsync("dates.db");
        var articleId = await s.Connection.ExecuteScalarAsync<long>("SELECT MIN(id) FROM articles");
        var eventId = await s.Connection.ExecuteScalarAsync<long>("SELECT MIN(id) FROM events");

        var late = await s.Corrector.CorrectArticleAsync(articleId, null, null, new DateOnly(9999, 12, 31), "tester");
        var early = await s.Corrector.CorrectEventAsync(eventId, new CorrectionPayload { Date = new DateOnly(1, 1, 1) }, "tester");

        Assert.Contains("published must be between", late.Error);
        Assert.Contains("date must be between", early.Error);
        Assert.Equal(0, await s.Connection.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM corrections WHERE author = 'tester'"));
    }
}

/// <summary>Corrections on SQLite.</summary>
[Collection(BundledGazetteerCollection.Name)]
public sealed class CorrectionSqliteTests(BundledGazetteerFixture gazetteer) : CorrectionContract(gazetteer)
{
    protected override StoreProvider Provider => StoreProvider.Sqlite;
}

/// <summary>Corrections on PostgreSQL with PostGIS.</summary>
[Collection(BundledGazetteerCollection.Name)]
public sealed class CorrectionPostgresTests(BundledGazetteerFixture gazetteer) : CorrectionContract(gazetteer)
{
    protected override StoreProvider Provider => StoreProvider.Postgres;
}
