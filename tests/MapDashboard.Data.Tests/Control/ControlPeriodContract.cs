using MapDashboard.Core.Control;
using MapDashboard.Core.Pipeline;
using MapDashboard.Data.Control;
using MapDashboard.Data.Store;
using MapDashboard.Data.Tests.Contract;

namespace MapDashboard.Data.Tests.Control;

/// <summary>Control periods: the same tests on SQLite and on PostgreSQL (the classes at the end). Invented places and dates.</summary>
public abstract class ControlPeriodContract
{
    /// <summary>The engine the tests run on.</summary>
    protected abstract StoreProvider Provider { get; }

    private static readonly DateOnly March1 = new(2019, 3, 1), March5 = new(2019, 3, 5), March9 = new(2019, 3, 9);

    private static StoredEvent Capture(string place, DateOnly date, string controller, string excerpt) => new()
    {
        DateStart = date, DatePrecision = "day", Type = "Battles", SubType = "Non-state actor overtakes territory",
        Actor1 = controller, Actor2 = null, PlaceId = "gn:" + place, PlaceName = place, Admin1 = "Hama",
        Lat = 35.1, Lon = 36.7, Precision = 1, Confidence = 0.8, Excerpt = excerpt, ExcerptStart = 0, ExcerptEnd = excerpt.Length,
        ControlChange = new ControlChangeReport("gn:" + place, place, 35.1, 36.7, date, controller, null, "captured", 0.8),
    };

    internal static StoredArticle Article(string hash, DateOnly published, params StoredEvent[] events) => new()
    {
        ContentHash = hash, Source = $"inbox/{hash}.txt", Title = "Title " + hash, Outlet = "Invented Wire", Published = published,
        PublishedPrecision = "day", OriginalText = "original " + hash, CleanedText = "cleaned", OffsetMapJson = "[]", PipelineVersion = "1",
        Mentions = [], Events = events,
    };

    private static ControlPeriodDraft Baseline(string place, string controller, DateOnly from) =>
        new("gn:" + place, place, 35.1, 36.7, "settlement", controller, "held", from, 0.7, "snapshot:test.csv", "held (snapshot)");

    internal static async Task<(EventStore Store, ControlPeriodStore Periods)> OpenAsync(TestStore db)
    {
        var store = new EventStore(db.Factory);
        await store.InitializeAsync();
        return (store, new ControlPeriodStore(db.Factory));
    }

    [Fact]
    public async Task ArticleChange_ClosesTheBaselinePeriod_AndOpensTheNext()
    {
        await using var db = await TestStore.CreateAsync(Provider);
        var (store, periods) = await OpenAsync(db);
        await periods.ReplaceImportAsync(ControlPeriodStore.Baseline, "test.csv", [Baseline("Qasrun", "saa", March1)]);

        await store.IngestAsync(Article("a", March5, Capture("Qasrun", March5, "hayat-tahrir-al-sham", "Invented: militants seized Qasrun.")));

        var list = await periods.OfPlaceAsync("gn:Qasrun");
        Assert.Equal(2, list.Count);
        Assert.Equal(("saa", ControlPeriodStore.Baseline, March1, (DateOnly?)March5), (list[0].Controller, list[0].Source, list[0].ValidFrom, list[0].ValidTo));
        Assert.Equal(("hayat-tahrir-al-sham", ControlPeriodStore.Article, March5, (DateOnly?)null, "held"),
            (list[1].Controller, list[1].Source, list[1].ValidFrom, list[1].ValidTo, list[1].Status));
        Assert.StartsWith("/article/", list[1].Evidence);
    }

    [Fact]
    public async Task ChainingOnlyAroundAnArticlesDays_GivesWhatChainingEveryPeriodGives()
    {
        await using var db = await TestStore.CreateAsync(Provider);
        var (store, periods) = await OpenAsync(db);
        await periods.ReplaceImportAsync(ControlPeriodStore.Baseline, "test.csv", [Baseline("Qasrun", "saa", March1), Baseline("Tall Imagined", "sdf", March1)]);
        var sides = new[] { "saa", "hayat-tahrir-al-sham", "sdf" };
        var random = new Random(18);
        var written = new List<StoredArticle>();
        for (var i = 0; i < 24; i++)
        {
            // Captures out of date order, several on one day by different sides (contested), now and then an article
            // processed again without its capture, or with another side.
            if (written.Count > 0 && random.Next(4) == 0)
            {
                var again = written[random.Next(written.Count)];
                var changed = again.Events[0] with
                {
                    ControlChange = random.Next(2) == 0 ? null : again.Events[0].ControlChange! with { NewController = sides[random.Next(sides.Length)] },
                };
                await store.IngestAsync(again with { Events = [changed] }, reprocess: true);
                continue;
            }
            var place = random.Next(3) == 0 ? "Tall Imagined" : "Qasrun";
            var day = March1.AddDays(1 + random.Next(8));
            var article = Article($"r{i}", day, Capture(place, day, sides[random.Next(sides.Length)], $"Invented: report {i} of a capture of {place}."));
            written.Add(article);
            await store.IngestAsync(article);
        }
        static async Task<List<(string, string, DateOnly, DateOnly?, string)>> AllAsync(ControlPeriodStore periods) =>
            (await periods.ListAsync()).Select(p => (p.PlaceId, p.Controller, p.ValidFrom, p.ValidTo, p.Status)).Order().ToList();
        var incremental = await AllAsync(periods);
        Assert.Contains(incremental, p => p.Item5 == "contested");

        await using (var connection = await db.OpenAsync())
        await using (var transaction = await connection.BeginTransactionAsync())
        {
            await ControlPeriodStore.RebuildArticlePeriodsAsync(connection, transaction, CancellationToken.None);
            await transaction.CommitAsync();
        }
        Assert.Equal(await AllAsync(periods), incremental);
    }

    [Fact]
    public async Task ReprocessedArticle_ReplacesOnlyItsOwnPeriods()
    {
        await using var db = await TestStore.CreateAsync(Provider);
        var (store, periods) = await OpenAsync(db);
        await store.IngestAsync(Article("a", March5, Capture("Qasrun", March5, "saa", "Invented: the army took Qasrun.")));
        await store.IngestAsync(Article("b", March9, Capture("Qasrun", March9, "hayat-tahrir-al-sham", "Invented: militants took Qasrun back.")));

        // Article a processed again, now without a change of control.
        await store.IngestAsync(Article("a", March5, Capture("Qasrun", March5, "saa", "Invented: the army took Qasrun.") with { ControlChange = null }), reprocess: true);

        var list = await periods.OfPlaceAsync("gn:Qasrun");
        Assert.Equal(("hayat-tahrir-al-sham", March9, (DateOnly?)null), Assert.Single(list).Let(p => (p.Controller, p.ValidFrom, p.ValidTo)));
    }

    [Fact]
    public async Task DisputedClaimOnTheSameDay_MakesThePlaceContested()
    {
        await using var db = await TestStore.CreateAsync(Provider);
        var (store, periods) = await OpenAsync(db);
        await store.IngestAsync(Article("a", March5, Capture("Qasrun", March5, "saa", "Invented: the army says it took Qasrun.")));
        await store.IngestAsync(Article("b", March5, Capture("Qasrun", March5, "hayat-tahrir-al-sham", "Invented: militants say they hold Qasrun.")));

        var list = await periods.OfPlaceAsync("gn:Qasrun");
        Assert.All(list, p => Assert.Equal("contested", p.Status));
        var timeline = new ControlTimeline(ControlPeriodChanges.From(list));
        var (latest, claims) = Assert.Single(timeline.At(March9));
        Assert.Equal(2, claims.Count);
        Assert.Equal(ControlStatus.Contested, latest.Status);

        // The dispute ends when one of the claims goes: the other is held again.
        await store.IngestAsync(Article("b", March5, Capture("Qasrun", March5, "hayat-tahrir-al-sham", "Invented: militants say they hold Qasrun.") with { ControlChange = null }), reprocess: true);
        Assert.Equal("held", Assert.Single(await periods.OfPlaceAsync("gn:Qasrun")).Status);
    }

    [Fact]
    public async Task Correction_SurvivesReingest_AndOutranksTheSameDaysClaims()
    {
        await using var db = await TestStore.CreateAsync(Provider);
        var (store, periods) = await OpenAsync(db);
        var capture = Article("a", March5, Capture("Qasrun", March5, "saa", "Invented: the army took Qasrun."));
        await store.IngestAsync(capture);

        var correction = await periods.AddCorrectionAsync(new ControlPeriodDraft("gn:Qasrun", "Qasrun", 35.1, 36.7, "settlement", "rebels", "held", March5, 1,
            "analyst:test", "set by analyst", "the army only reached the outskirts"));
        await store.IngestAsync(capture, reprocess: true);

        var list = await periods.OfPlaceAsync("gn:Qasrun");
        Assert.Equal(2, list.Count);
        Assert.Contains(list, p => p.Id == correction.Id && p.Source == ControlPeriodStore.Correction && p.Status == "held");
        var (latest, claims) = Assert.Single(new ControlTimeline(ControlPeriodChanges.From(list)).At(March9));
        Assert.Equal(("rebels", ControlPeriodStore.Correction), (latest.Controller, latest.Source));
        Assert.Single(claims);

        Assert.True(await periods.RemoveCorrectionAsync(correction.Id));
        Assert.False(await periods.RemoveCorrectionAsync(correction.Id));
        Assert.Equal("saa", Assert.Single(await periods.OfPlaceAsync("gn:Qasrun")).Controller);
    }

    [Fact]
    public async Task CaptureNearATown_KeepsItsPrecision_AndLeavesTheTownsPeriodOpen()
    {
        await using var db = await TestStore.CreateAsync(Provider);
        var (store, periods) = await OpenAsync(db);
        await periods.ReplaceImportAsync(ControlPeriodStore.Baseline, "test.csv", [Baseline("Qasrun", "islamic-state", March1)]);
        var near = new ControlChangeReport("near:gn:Qasrun:tall imagined", "Tall Imagined (near Qasrun)", 35.1, 36.7, March5, "saa", "islamic-state", "captured",
            0.8, Precision: 2);

        await store.IngestAsync(Article("a", March5, Capture("Qasrun", March5, "saa", "Invented: the army took Tall Imagined near Qasrun.") with
        {
            Precision = 2, PlaceName = "Tall Imagined (near Qasrun)", ControlChange = near,
        }));

        var town = Assert.Single(await periods.OfPlaceAsync("gn:Qasrun"));
        Assert.Equal(("islamic-state", (DateOnly?)null, 1), (town.Controller, town.ValidTo, town.Precision));
        var village = Assert.Single(await periods.OfPlaceAsync("near:gn:Qasrun:tall imagined"));
        Assert.Equal(("saa", 2, ControlPeriodStore.Article), (village.Controller, village.Precision, village.Source));
        var changes = ControlPeriodChanges.From(await periods.ListAsync());
        Assert.True(changes.Single(c => c.PlaceId.StartsWith("near:", StringComparison.Ordinal)).IsApproximate);
        Assert.False(changes.Single(c => c.PlaceId == "gn:Qasrun").IsApproximate);
    }

    [Fact]
    public async Task CorrectionOfAnApproximatePlace_StaysApproximate()
    {
        await using var db = await TestStore.CreateAsync(Provider);
        var (_, periods) = await OpenAsync(db);

        var stored = await periods.AddCorrectionAsync(new ControlPeriodDraft("near:gn:Qasrun:tall imagined", "Tall Imagined (near Qasrun)", 35.1, 36.7, "settlement",
            "rebels", "held", March9, 1, "analyst:test", "set by analyst", Precision: 2));

        Assert.Equal(2, stored.Precision);
    }

    [Fact]
    public async Task ReimportedSnapshot_ReplacesItsRows_AndLeavesOtherSourcesAlone()
    {
        await using var db = await TestStore.CreateAsync(Provider);
        var (store, periods) = await OpenAsync(db);
        await store.IngestAsync(Article("a", March9, Capture("Qasrun", March9, "saa", "Invented: the army took Qasrun.")));
        await periods.ReplaceImportAsync(ControlPeriodStore.Baseline, "test.csv", [Baseline("Qasrun", "rebels", March1), Baseline("Tell Aswad", "rebels", March1)]);
        await periods.ReplaceImportAsync(ControlPeriodStore.Baseline, "test.csv", [Baseline("Qasrun", "islamic-state", March1)]);

        var all = await periods.ListAsync();
        Assert.Equal(2, all.Count);
        Assert.Equal(("islamic-state", (DateOnly?)March9), all.Single(p => p.Source == "baseline").Let(p => (p.Controller, p.ValidTo)));
        Assert.True(await periods.HasSourceAsync(ControlPeriodStore.Baseline));
        Assert.False(await periods.HasSourceAsync(ControlPeriodStore.Acled));
    }
}

/// <summary>A tuple out of a value, for compact assertions.</summary>
internal static class LetExtension
{
    public static TResult Let<T, TResult>(this T value, Func<T, TResult> selector) => selector(value);
}

/// <summary>Control periods on SQLite.</summary>
public sealed class ControlPeriodSqliteTests : ControlPeriodContract
{
    protected override StoreProvider Provider => StoreProvider.Sqlite;
}

/// <summary>Control periods on PostgreSQL.</summary>
public sealed class ControlPeriodPostgresTests : ControlPeriodContract
{
    protected override StoreProvider Provider => StoreProvider.Postgres;
}
