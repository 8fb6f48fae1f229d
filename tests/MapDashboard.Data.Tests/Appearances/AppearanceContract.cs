using Dapper;
using MapDashboard.Data.Store;
using MapDashboard.Data.Tests.Contract;

namespace MapDashboard.Data.Tests.Appearances;

/// <summary>
/// Issue #19: a copy, republication or excerpt of a stored article is another appearance of that report, not a new
/// independent source; corroboration counts and the min-reports filter follow. Same tests on SQLite and PostgreSQL.
/// </summary>
public abstract class AppearanceContract
{
    protected abstract StoreProvider Provider { get; }

    private static readonly DateOnly Day = new(2019, 3, 4);

    // An invented report, written for this test.
    private const string Report = """
        Rebel fighters stormed two hilltop positions north of the town of Kafr Sulaiman on Sunday night after an hour of heavy shelling, a field commander said.
        The army withdrew towards the valley road and called in air strikes on the captured hills at dawn, residents of nearby farms reported.
        Both sides said they had suffered casualties but gave no figures, and the road between the town and the provincial capital remained closed on Monday.
        """;

    private const string OtherReport = """
        A convoy of relief lorries reached the besieged quarter of the old city on Tuesday for the first time in four months, aid workers said.
        The lorries carried flour, medicine and fuel for the bakery, and the local council began handing out bread the same evening.
        """;

    private static StoredEvent Clash(string excerpt) => new()
    {
        DateStart = Day, DatePrecision = "day", Type = "Battles", SubType = "Non-state actor overtakes territory", Actor1 = "fsa", Actor2 = "saa",
        PlaceId = "gn:kafr", PlaceName = "Kafr Sulaiman", Lat = 35.5, Lon = 36.6, Precision = 1, Confidence = 0.8, Excerpt = excerpt,
        ExcerptStart = 0, ExcerptEnd = excerpt.Length,
    };

    private static StoredArticle Article(string hash, string outlet, string text, string? source = null) => new()
    {
        ContentHash = hash, Source = source ?? $"https://{outlet.Replace(' ', '-').ToLowerInvariant()}.example/{hash}", Title = "Hills taken",
        Outlet = outlet, Published = Day, PublishedPrecision = "day", OriginalText = text, CleanedText = text, OffsetMapJson = "[]",
        PipelineVersion = "1", Events = [Clash(text.Trim().Split('\n')[0])],
    };

    private async Task<(TestStore Db, EventStore Store, EventQueries Queries)> OpenAsync()
    {
        var db = await TestStore.CreateAsync(Provider);
        var store = new EventStore(db.Factory);
        await store.InitializeAsync();
        return (db, store, new EventQueries(db.Factory));
    }

    [Fact]
    public async Task CopyUnderAnotherOutlet_IsOneReportWithTwoAppearances_AndAddsNoEvent()
    {
        var (db, store, queries) = await OpenAsync();
        await using var _ = db;
        await store.IngestAsync(Article("orig", "Field Wire", Report));
        var before = await queries.CountAsync(new EventQuery());

        var copy = await store.IngestAsync(Article("copy", "Echo Daily", "Republished with permission.\n" + Report + "\nSubscribe to our newsletter."));
        var again = await store.IngestAsync(Article("copy", "Echo Daily", "Republished with permission.\n" + Report + "\nSubscribe to our newsletter."));

        Assert.Equal(IngestStatus.Appearance, copy.Status);
        Assert.Equal(IngestStatus.Unchanged, again.Status);
        Assert.Equal(before, await queries.CountAsync(new EventQuery()));
        var e = Assert.Single(await queries.FindAsync(new EventQuery()));
        Assert.Equal(1, e.ReportCount);
        Assert.Equal(2, e.AppearanceCount);
        Assert.Equal("Echo Daily; Field Wire", e.Outlets);
        var detail = await queries.GetAsync(e.Id);
        var appearance = Assert.Single(detail!.Appearances);
        Assert.Equal("Echo Daily", appearance.Outlet);
        Assert.Equal("copy", appearance.Kind);
        await using var connection = await db.OpenAsync();
        Assert.Equal(1L, await connection.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM articles"));
    }

    [Fact]
    public async Task Excerpt_IsAnAppearanceOfKindExcerpt()
    {
        var (db, store, queries) = await OpenAsync();
        await using var _ = db;
        await store.IngestAsync(Article("orig", "Field Wire", Report));
        var lines = Report.Trim().Split('\n');

        var outcome = await store.IngestAsync(Article("part", "Digest", lines[0] + "\n" + lines[1]));

        Assert.Equal(IngestStatus.Appearance, outcome.Status);
        var detail = await queries.GetAsync(Assert.Single(await queries.FindAsync(new EventQuery())).Id);
        Assert.Equal("excerpt", Assert.Single(detail!.Appearances).Kind);
    }

    [Fact]
    public async Task IndependentReportOfTheSameEvent_CountsAsSecondReport_AndPassesMinReports()
    {
        var (db, store, queries) = await OpenAsync();
        await using var _ = db;
        await store.IngestAsync(Article("orig", "Field Wire", Report));
        await store.IngestAsync(Article("copy", "Echo Daily", Report + "\nFollow us for more."));
        Assert.Empty(await queries.FindAsync(new EventQuery { MinReports = 2 }));

        var other = Article("own", "Valley Post", "Insurgents overran army posts on two hills near Kafr Sulaiman late on Sunday, according to a commander. " +
            "Government aircraft bombed the positions in the morning and the road to the provincial capital stayed shut.");
        Assert.Equal(IngestStatus.Added, (await store.IngestAsync(other)).Status);

        var e = Assert.Single(await queries.FindAsync(new EventQuery { MinReports = 2 }));
        Assert.Equal(2, e.ReportCount);
        Assert.Equal(3, e.AppearanceCount);
        Assert.Equal(1, await queries.CountAsync(new EventQuery { MinReports = 2 }));
        Assert.Equal(0, await queries.CountAsync(new EventQuery { MinReports = 3 }));
    }

    [Fact]
    public async Task UnrelatedArticle_IsStoredAsItsOwnArticle()
    {
        var (db, store, _) = await OpenAsync();
        await using var __ = db;
        await store.IngestAsync(Article("orig", "Field Wire", Report));

        Assert.Equal(IngestStatus.Added, (await store.IngestAsync(Article("aid", "Field Wire", OtherReport))).Status);
    }
}

/// <summary>The appearance contract on SQLite.</summary>
public sealed class AppearanceSqliteTests : AppearanceContract
{
    protected override StoreProvider Provider => StoreProvider.Sqlite;
}

/// <summary>The appearance contract on PostgreSQL.</summary>
public sealed class AppearancePostgresTests : AppearanceContract
{
    protected override StoreProvider Provider => StoreProvider.Postgres;
}
