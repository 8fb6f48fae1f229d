using Dapper;
using MapDashboard.Core.Pipeline;
using MapDashboard.Data.Store;

using MapDashboard.Data.Tests.Contract;

namespace MapDashboard.Data.Tests.Store;

/// <summary>The event store's contract: the same tests on SQLite and on PostgreSQL (the classes at the end).</summary>
public abstract class EventStoreContract
{
    /// <summary>The engine the tests run on.</summary>
    protected abstract StoreProvider Provider { get; }

    private static readonly DateOnly Jan30 = new(2017, 1, 30);

    private static StoredEvent Capture(string place, double lat, double lon, DateOnly? date, string excerpt = "The Tiger Forces have liberated al-Brije.") => new()
    {
        DateStart = date, DatePrecision = date is null ? "unknown" : "day", Type = "Battles", SubType = "Government regains territory",
        Actor1 = "tiger-forces", Actor2 = "isis", AssocActors = ["saa"], PlaceId = "gn:" + place, PlaceName = place, Admin1 = "Aleppo",
        Lat = lat, Lon = lon, Precision = 2, Confidence = 0.8, Excerpt = excerpt, ExcerptStart = 10, ExcerptEnd = 10 + excerpt.Length,
        ControlChange = new ControlChangeReport("gn:" + place, place, lat, lon, date, "saa", "isis", "liberated", 0.9),
    };

    private static StoredArticle Article(string hash, string pipeline = "1", params StoredEvent[] events) => new()
    {
        ContentHash = hash, Source = $"seeds/{hash}.txt", Title = "Title " + hash, Outlet = "South Front", Published = Jan30,
        PublishedPrecision = "day", OriginalText = "original", CleanedText = "cleaned", OffsetMapJson = "[]", PipelineVersion = pipeline,
        Mentions = [new StoredMention("al-Bab", 0, 6, true, "gn:al-Bab", "Al Bab", 36.37, 37.52, "PPLA2", "SY", "Aleppo", 1, 0.95, "unique name", null)],
        Events = events,
    };

    private static async Task<(EventStore Store, EventQueries Queries)> OpenAsync(TestStore db)
    {
        var store = new EventStore(db.Factory);
        await store.InitializeAsync();
        return (store, new EventQueries(db.Factory));
    }

    [Fact]
    public async Task SameContentTwice_ChangesNothing()
    {
        await using var db = await TestStore.CreateAsync(Provider);
        var (store, queries) = await OpenAsync(db);
        var article = Article("a", "1", Capture("al-Bab", 36.37, 37.52, Jan30));

        var first = await store.IngestAsync(article);
        var second = await store.IngestAsync(article);

        Assert.Equal(IngestStatus.Added, first.Status);
        Assert.Equal(IngestStatus.Unchanged, second.Status);
        Assert.Equal(1, await queries.CountAsync(new EventQuery()));
    }

    [Fact]
    public async Task SameEventFromTwoArticles_MergesIntoOneEventWithTwoSources()
    {
        await using var db = await TestStore.CreateAsync(Provider);
        var (store, queries) = await OpenAsync(db);

        await store.IngestAsync(Article("a", "1", Capture("al-Bab", 36.37, 37.52, Jan30)));
        await store.IngestAsync(Article("b", "1", Capture("al-Bab", 36.37, 37.52, Jan30, "Government troops took al-Bab.")));

        var events = await queries.FindAsync(new EventQuery());
        var single = Assert.Single(events);
        Assert.Equal(2, single.SourceCount);
        var detail = await queries.GetAsync(single.Id);
        Assert.NotNull(detail);
        Assert.Equal(2, detail.Sources.Count);
        Assert.Equal(["saa"], detail.AssocActors);
    }

    [Fact]
    public async Task NewPipelineVersion_ReplacesDerivedRows()
    {
        await using var db = await TestStore.CreateAsync(Provider);
        var (store, queries) = await OpenAsync(db);
        await store.IngestAsync(Article("a", "1", Capture("al-Bab", 36.37, 37.52, Jan30)));

        var outcome = await store.IngestAsync(Article("a", "2", Capture("Tadef", 36.35, 37.53, Jan30)));

        Assert.Equal(IngestStatus.Reprocessed, outcome.Status);
        var single = Assert.Single(await queries.FindAsync(new EventQuery()));
        Assert.Equal("Tadef", single.PlaceName);
        await using var connection = await db.OpenAsync();
        Assert.Equal(1L, await connection.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM control_changes"));
        Assert.Equal(1L, await connection.ExecuteScalarAsync<long>(
            Provider == StoreProvider.Sqlite ? "SELECT COUNT(*) FROM events_rtree" : "SELECT COUNT(*) FROM events WHERE geom IS NOT NULL"));
    }

    [Fact]
    public async Task FailureMidArticle_LeavesNothingHalfWritten()
    {
        await using var db = await TestStore.CreateAsync(Provider);
        var (store, queries) = await OpenAsync(db);
        var broken = Capture("al-Bab", 36.37, 37.52, Jan30) with { Type = null! };

        await Assert.ThrowsAnyAsync<Exception>(() => store.IngestAsync(Article("a", "1", Capture("Tuman", 36.3, 37.6, Jan30), broken)));

        await using var connection = await db.OpenAsync();
        Assert.Equal(0L, await connection.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM articles"));
        Assert.Equal(0L, await connection.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM place_mentions"));
        Assert.Equal(0, await queries.CountAsync(new EventQuery()));
    }

    [Fact]
    public async Task Batch_ABadArticleFailsAlone_TheRestLandAsOneAtATimeWouldStoreThem()
    {
        var broken = Article("bad", "1", Capture("Tuman", 36.3, 37.6, Jan30), Capture("Qabasin", 36.4, 37.7, Jan30) with { Type = null! });
        var shared = Capture("Deir Hafer", 36.15, 37.7, Jan30, "Both reports name the same clash.");
        var batch = new[]
        {
            Article("a", "1", Capture("al-Bab", 36.37, 37.52, Jan30)), broken, Article("b", "1", shared, Capture("Tadef", 36.35, 37.53, Jan30)),
            Article("a", "1", Capture("al-Bab", 36.37, 37.52, Jan30)), Article("c", "1", shared with { Confidence = 0.95 }),
        };
        await using var batched = await TestStore.CreateAsync(Provider);
        await using var single = await TestStore.CreateAsync(Provider);
        var (store, _) = await OpenAsync(batched);
        var (oneAtATime, _) = await OpenAsync(single);

        var results = await store.IngestBatchAsync(batch);
        foreach (var article in batch)
        {
            // The refused article fails here too (and on PostgreSQL uses up the ids it drew, as in the batch).
            await Record.ExceptionAsync(() => oneAtATime.IngestAsync(article));
        }

        Assert.Equal([IngestStatus.Added, null, IngestStatus.Added, IngestStatus.Unchanged, IngestStatus.Added], results.Select(r => r.Outcome?.Status));
        Assert.NotNull(results[1].Error);
        Assert.All(results.Where(r => r.Outcome is not null), r => Assert.Null(r.Error));
        // Ids by rank: PostgreSQL's sequences keep the values a batch that was written again article by article drew.
        const string rows = """
            WITH ar AS (SELECT id, ROW_NUMBER() OVER (ORDER BY id) AS r FROM articles),
                 mr AS (SELECT id, ROW_NUMBER() OVER (ORDER BY id) AS r FROM place_mentions),
                 er AS (SELECT id, ROW_NUMBER() OVER (ORDER BY id) AS r FROM events)
            SELECT 'a' || ar.r || a.content_hash FROM articles a JOIN ar ON ar.id = a.id
            UNION ALL SELECT 'm' || mr.r || '/' || ar.r || m.text FROM place_mentions m JOIN mr ON mr.id = m.id JOIN ar ON ar.id = m.article_id
            UNION ALL SELECT 'e' || er.r || e.event_key || CAST(e.confidence AS TEXT) FROM events e JOIN er ON er.id = e.id
            UNION ALL SELECT 's' || er.r || '/' || ar.r FROM event_sources s JOIN er ON er.id = s.event_id JOIN ar ON ar.id = s.article_id
            UNION ALL SELECT 'c' || er.r || '/' || ar.r || c.place_id FROM control_changes c JOIN er ON er.id = c.event_id JOIN ar ON ar.id = c.article_id
            ORDER BY 1
            """;
        await using var got = await batched.OpenAsync();
        await using var want = await single.OpenAsync();
        var stored = (await got.QueryAsync<string>(rows)).ToList();
        Assert.Equal((await want.QueryAsync<string>(rows)).ToList(), stored);
        Assert.DoesNotContain(stored, r => r.Contains("Tuman"));
        Assert.Equal(3L, await got.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM articles"));
    }

    [Fact]
    public async Task WindowAndBoundingBox_SelectOverlappingEvents()
    {
        await using var db = await TestStore.CreateAsync(Provider);
        var (store, queries) = await OpenAsync(db);
        await store.IngestAsync(Article("a", "1",
            Capture("al-Bab", 36.37, 37.52, Jan30),
            Capture("Salqin", 36.14, 36.45, new DateOnly(2020, 6, 13)),
            Capture("Nowhere", 36.0, 37.0, null)));

        var jan = await queries.FindAsync(new EventQuery { From = new(2017, 1, 1), To = new(2017, 1, 31) });
        var westOf37 = await queries.FindAsync(new EventQuery { Bounds = new BoundingBox(35.5, 35.5, 37.1, 36.5) });
        var undated = await queries.FindAsync(new EventQuery { UndatedOnly = true });

        Assert.Equal(["al-Bab"], jan.Select(e => e.PlaceName));
        Assert.Equal(["Nowhere", "Salqin"], westOf37.Select(e => e.PlaceName).Order());
        Assert.Equal(["Nowhere"], undated.Select(e => e.PlaceName));
        Assert.Equal((Jan30, new DateOnly(2020, 6, 13)), await queries.GetDateSpanAsync());
    }

    [Fact]
    public async Task ActorAndTypeFilters_AreBoundParameters()
    {
        await using var db = await TestStore.CreateAsync(Provider);
        var (store, queries) = await OpenAsync(db);
        await store.IngestAsync(Article("a", "1", Capture("al-Bab", 36.37, 37.52, Jan30)));

        Assert.Single(await queries.FindAsync(new EventQuery { Actors = ["saa"], Types = ["Battles"] }));
        Assert.Empty(await queries.FindAsync(new EventQuery { Actors = ["x' OR '1'='1"] }));
        Assert.Empty(await queries.FindAsync(new EventQuery { Types = ["Battles') OR 1=1 --"] }));
    }

    [Fact]
    public async Task InvalidBoundingBox_IsRejectedWithMessage()
    {
        await using var db = await TestStore.CreateAsync(Provider);
        var (_, queries) = await OpenAsync(db);

        var error = await Assert.ThrowsAsync<ArgumentException>(() => queries.FindAsync(new EventQuery { Bounds = new BoundingBox(40, 30, 35, 36) }));

        Assert.Contains("not a valid lon/lat rectangle", error.Message);
    }
    /// <summary>Many events at seeded random places and dates: single-day, multi-day and without coordinates.</summary>
    private static StoredArticle RandomArticle(Random random, int index, string pipeline = "1")
    {
        var events = Enumerable.Range(0, 6).Select(i =>
        {
            var day = new DateOnly(2016, 1, 1).AddDays(random.Next(0, 900));
            var lat = Math.Round(32.5 + random.NextDouble() * 4.5, 4);
            var lon = Math.Round(35.8 + random.NextDouble() * 6.0, 4);
            var placed = random.Next(10) > 0;
            var span = random.Next(8) == 0 ? random.Next(1, 20) : 0;
            return Capture($"p{index}-{i}", lat, lon, day, $"Report {index}.{i} of fighting.") with
            {
                Lat = placed ? lat : null, Lon = placed ? lon : null, DateEnd = span > 0 ? day.AddDays(span) : null,
                Type = random.Next(3) == 0 ? "Explosions/Remote violence" : "Battles", ControlChange = null,
            };
        }).ToArray();
        return Article($"r{index}", pipeline, events);
    }

    [Fact]
    public async Task Grid_StaysExact_ThroughIngestReprocessingDeletesAndUpdates()
    {
        await using var db = await TestStore.CreateAsync(Provider);
        var (store, queries) = await OpenAsync(db);
        var random = new Random(21);
        for (var i = 0; i < 80; i++)
        {
            await store.IngestAsync(RandomArticle(random, i));
        }
        for (var i = 0; i < 80; i += 5)
        {
            await store.IngestAsync(RandomArticle(random, i, pipeline: "2"));
        }
        await using (var connection = await db.OpenAsync())
        {
            await connection.ExecuteAsync("DELETE FROM articles WHERE id IN (SELECT id FROM articles ORDER BY id LIMIT 7)");
            await connection.ExecuteAsync("DELETE FROM events WHERE id NOT IN (SELECT event_id FROM event_sources)");
            await connection.ExecuteAsync("UPDATE events SET lat = lat + 0.37, lon = lon - 0.21 WHERE id % 7 = 0");
            await connection.ExecuteAsync("UPDATE events SET deleted = 1 WHERE id % 11 = 0");
            await connection.ExecuteAsync("UPDATE events SET type = 'Riots', sub_type = 'Violent demonstration' WHERE id % 13 = 0");
            await connection.ExecuteAsync("UPDATE events SET date_start = '2015-07-09', date_end = '2015-07-09', day_start = @d, day_end = @d WHERE id % 17 = 0",
                new { d = new DateOnly(2015, 7, 9).DayNumber });

            // The grid equals a fresh aggregation of the events, and each single-event group names its event.
            var drift = await connection.ExecuteScalarAsync<long>(TestStore.GridDriftSql(Provider));
            Assert.Equal(0, drift);
            Assert.True(await connection.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM event_grid") > 100);
        }
        var reader = new EventQueries(db.ReadOnlyFactory);
        var query = new EventQuery { From = new DateOnly(2015, 1, 1), To = new DateOnly(2018, 12, 31) };
        var clusters = await reader.ClusterAsync(query, new BoundingBox(30, 28, 48, 42), 1);
        Assert.Equal(await reader.CountAsync(query with { Bounds = new BoundingBox(30, 28, 48, 42) }), clusters.Cells.Sum(c => c.Count));
        Assert.Equal(await reader.CountAsync(query), clusters.WindowCount);
        // A window of part months (the grid and the events together) agrees too.
        var part = new EventQuery { From = new DateOnly(2016, 3, 17), To = new DateOnly(2017, 2, 9), Types = ["Battles"] };
        Assert.Equal(await reader.CountAsync(part with { Bounds = new BoundingBox(30, 28, 48, 42) }),
            (await reader.ClusterAsync(part, new BoundingBox(30, 28, 48, 42), 0.5)).Cells.Sum(c => c.Count));
    }

    [Fact]
    public async Task ArticleList_FiltersByWindowAndWords_CaseInsensitive_NewestFirst()
    {
        await using var db = await TestStore.CreateAsync(Provider);
        var (store, _) = await OpenAsync(db);
        await store.IngestAsync(Article("a", "1", Capture("al-Bab", 36.37, 37.52, Jan30)));
        await store.IngestAsync(Article("b", "1") with { Title = "Shelling 100% confirmed", Outlet = "SANA", Published = new DateOnly(2018, 3, 1) });
        await store.IngestAsync(Article("c", "1") with { Title = "Undated report", Published = null, PublishedPrecision = null });
        var articles = new ArticleQueries(db.ReadOnlyFactory);

        var all = await articles.ListAsync(null, null, null, 10, 0);
        var sana = await articles.ListAsync(null, null, "sana", 10, 0);
        var percent = await articles.ListAsync(null, null, "100%", 10, 0);
        var in2017 = await articles.ListAsync(new DateOnly(2017, 1, 1), new DateOnly(2017, 12, 31), null, 10, 0);

        Assert.Equal(["Shelling 100% confirmed", "Title a", "Undated report"], all.Items.Select(a => a.Title));
        Assert.Equal(3, all.Total);
        Assert.Equal(["Shelling 100% confirmed"], sana.Items.Select(a => a.Title));
        Assert.Equal(["Shelling 100% confirmed"], percent.Items.Select(a => a.Title));
        var only = Assert.Single(in2017.Items);
        Assert.Equal((1L, 1L), (only.Events, only.Mentions));
    }

    [Fact]
    public async Task Export_WritesEveryEventInTheWindow_WithItsOutlets()
    {
        await using var db = await TestStore.CreateAsync(Provider);
        var (store, _) = await OpenAsync(db);
        await store.IngestAsync(Article("a", "1", Capture("al-Bab", 36.37, 37.52, Jan30)));
        await store.IngestAsync(Article("b", "1", Capture("al-Bab", 36.37, 37.52, Jan30, "Government troops took al-Bab.")) with { Outlet = "SANA" });
        await store.IngestAsync(Article("c", "1", Capture("Salqin", 36.14, 36.45, new DateOnly(2020, 6, 13))));
        var exporter = new Data.Export.EventExporter(db.ReadOnlyFactory, Core.Actors.FactionCatalogue.LoadDefault());
        using var output = new MemoryStream();

        var count = await exporter.ExportAsync(new EventQuery { From = new DateOnly(2017, 1, 1), To = new DateOnly(2017, 12, 31) }, Data.Export.ExportFormat.Csv, output);

        Assert.Equal(1, count);
        var lines = System.Text.Encoding.UTF8.GetString(output.ToArray()).Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(2, lines.Length);
        Assert.Contains("al-Bab", lines[1]);
        Assert.Contains("South Front", lines[1]);
        Assert.Contains("SANA", lines[1]);
    }

    [Fact]
    public async Task ConcurrentIngesters_AllLand_AndAnEventTheyShareIsStoredOnce()
    {
        await using var db = await TestStore.CreateAsync(Provider);
        var (store, queries) = await OpenAsync(db);
        var shared = Capture("al-Bab", 36.37, 37.52, Jan30) with { ControlChange = null };
        var random = new Random(5);
        var articles = Enumerable.Range(0, 40).Select(i =>
        {
            var own = RandomArticle(random, i);
            return own with { Events = [.. own.Events, shared with { Excerpt = $"Report {i}: al-Bab taken." }] };
        }).ToList();

        var outcomes = await Task.WhenAll(Enumerable.Range(0, 4).Select(worker => Task.Run(async () =>
        {
            var results = new List<IngestOutcome>();
            foreach (var article in articles.Where((_, i) => i % 4 == worker))
            {
                results.Add(await store.IngestAsync(article));
            }
            return results;
        })));

        Assert.All(outcomes.SelectMany(o => o), o => Assert.Equal(IngestStatus.Added, o.Status));
        Assert.Equal(40L * 6 + 1, await queries.CountAsync(new EventQuery()));
        var alBab = Assert.Single(await queries.FindAsync(new EventQuery { From = Jan30, To = Jan30, Bounds = new BoundingBox(37.5, 36.3, 37.6, 36.4) }),
            e => e.PlaceName == "al-Bab");
        Assert.Equal(40, alBab.SourceCount);
    }
}

/// <summary>The event store's contract on SQLite.</summary>
public sealed class EventStoreSqliteTests : EventStoreContract
{
    protected override StoreProvider Provider => StoreProvider.Sqlite;
}

/// <summary>The event store's contract on PostgreSQL with PostGIS.</summary>
public sealed class EventStorePostgresTests : EventStoreContract
{
    protected override StoreProvider Provider => StoreProvider.Postgres;
}
