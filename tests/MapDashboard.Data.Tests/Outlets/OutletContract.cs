using Dapper;
using MapDashboard.Data.Feeds;
using MapDashboard.Data.Outlets;
using MapDashboard.Data.Store;
using MapDashboard.Data.Tests.Contract;

namespace MapDashboard.Data.Tests.Outlets;

/// <summary>
/// Issue #19.5: outlets as data that analysts edit (every fact with its reference, validated, one transaction, a new name
/// taking the outlet's feeds, articles and appearances along). Same tests on SQLite and PostgreSQL.
/// </summary>
public abstract class OutletContract
{
    protected abstract StoreProvider Provider { get; }

    // An invented report, written for this test.
    private const string Report = """
        Rebel fighters stormed two hilltop positions north of the town of Kafr Sulaiman on Sunday night after an hour of heavy shelling, a field commander said.
        The army withdrew towards the valley road and called in air strikes on the captured hills at dawn, residents of nearby farms reported.
        Both sides said they had suffered casualties but gave no figures, and the road between the town and the provincial capital remained closed on Monday.
        """;

    private static StoredArticle Article(string hash, string outlet, string text) => new()
    {
        ContentHash = hash, Source = $"https://{hash}.example/report", Title = "Hills taken", Outlet = outlet, Published = new DateOnly(2019, 3, 4),
        PublishedPrecision = "day", OriginalText = text, CleanedText = text, OffsetMapJson = "[]", PipelineVersion = "1",
    };

    private async Task<(TestStore Db, OutletStore Outlets, EventStore Store)> OpenAsync()
    {
        var db = await TestStore.CreateAsync(Provider);
        var store = new EventStore(db.Factory);
        await store.InitializeAsync();
        return (db, new OutletStore(db.Factory), store);
    }

    [Fact]
    public async Task SeededOutlets_EachFactCarriesItsReference_AndTheSeedArticlesOutletsAreThere()
    {
        var (db, outlets, _) = await OpenAsync();
        await using var _ = db;

        var seeded = await outlets.ListAsync();

        Assert.Equal(OutletStore.ReadBundled().Count, seeded.Count);
        Assert.Superset(new HashSet<string> { "Global Research", "South Front", "Sputnik", "The New Arab" }, seeded.Select(o => o.Name).ToHashSet());
        Assert.All(seeded, o => Assert.Empty(OutletValidator.Check(o)));
        Assert.All(seeded, o => Assert.All(o.Facts().Where(f => f.Value is not null), f => Assert.False(string.IsNullOrWhiteSpace(f.Reference))));
        Assert.All(seeded, o => Assert.Contains(o.Facts(), f => f.Value is not null));
    }

    [Fact]
    public async Task AnalystEdits_SurviveReseeding_AndKeepTheStoredSpelling()
    {
        var (db, outlets, _) = await OpenAsync();
        await using var _ = db;
        var first = (await outlets.ListAsync())[0];

        Assert.Empty(await outlets.SaveAsync(new Outlet { Name = first.Name.ToUpperInvariant(), HomeCountry = "Edited", HomeCountryRef = "an analyst's source" }));
        await outlets.SeedAsync();

        var edited = await outlets.GetAsync(first.Name);
        Assert.Equal("Edited", edited!.HomeCountry);
        Assert.Equal("an analyst's source", edited.HomeCountryRef);
        Assert.Equal(first.Name, edited.Name);
        Assert.Equal(1L, edited.EditedByUser);
        Assert.Equal(OutletStore.ReadBundled().Count, (await outlets.ListAsync()).Count);
    }

    [Fact]
    public async Task AFactWithoutItsReference_IsRefusedNamingTheField_AndNothingIsSaved()
    {
        var (db, outlets, _) = await OpenAsync();
        await using var _ = db;
        var before = await outlets.GetAsync("Sputnik");

        var problems = await outlets.SaveAsync(new Outlet { Name = "Sputnik", HomeCountry = "Russia", HomeCountryRef = "a reference", Owner = "Somebody" }, "Sputnik");
        var blankName = await outlets.SaveAsync(new Outlet { Name = "  " });

        var problem = Assert.Single(problems);
        Assert.Equal("ownerRef", problem.Field);
        Assert.Contains("'Somebody' needs the public reference", problem.Message);
        Assert.Equal("name", Assert.Single(blankName).Field);
        var after = await outlets.GetAsync("Sputnik");
        Assert.Equal(before!.Owner, after!.Owner);
        Assert.Equal(before.HomeCountryRef, after.HomeCountryRef);
    }

    [Fact]
    public async Task ANewName_TakesTheOutletsFeedsArticlesAndAppearancesAlong()
    {
        var (db, outlets, store) = await OpenAsync();
        await using var _ = db;
        await outlets.EnsureAsync("Field Wire");
        await new FeedStore(db.Factory).AddAsync("http://127.0.0.1:9/wire.xml", "Field Wire");
        await store.IngestAsync(Article("orig", "Field Wire", Report));
        Assert.Equal(IngestStatus.Appearance, (await store.IngestAsync(Article("copy", "field wire", "Republished.\n" + Report))).Status);

        var problems = await outlets.SaveAsync(new Outlet { Name = "Field Wire Agency", Language = "English", LanguageRef = "its own about page" }, "Field Wire");

        Assert.Empty(problems);
        Assert.Null(await outlets.GetAsync("Field Wire"));
        Assert.Equal("English", (await outlets.GetAsync("Field Wire Agency"))!.Language);
        Assert.Equal("Field Wire Agency", Assert.Single(await new FeedStore(db.Factory).ListAsync()).Name);
        var feeds = await outlets.FeedsAsync(["field wire agency"]);
        Assert.Single(feeds["field wire agency"]);
        await using var connection = await db.OpenAsync();
        Assert.Equal("Field Wire Agency", await connection.ExecuteScalarAsync<string>("SELECT outlet FROM articles"));
        Assert.Equal("Field Wire Agency", await connection.ExecuteScalarAsync<string>("SELECT outlet FROM article_appearances"));
    }

    [Fact]
    public async Task ANameAnotherOutletHas_IsRefused_AndNothingIsRenamed()
    {
        var (db, outlets, _) = await OpenAsync();
        await using var _ = db;

        var problems = await outlets.SaveAsync(new Outlet { Name = "south front" }, "Sputnik");

        Assert.Contains("already an outlet named 'South Front'", Assert.Single(problems).Message);
        Assert.NotNull(await outlets.GetAsync("Sputnik"));
        Assert.Equal("Russia", (await outlets.GetAsync("South Front"))!.HomeCountry);
    }

    [Fact]
    public async Task EnsureAsync_AddsANameOnlyOutletOnce_AndReturnsTheStoredSpelling()
    {
        var (db, outlets, _) = await OpenAsync();
        await using var _ = db;

        Assert.Equal("Valley Post", await outlets.EnsureAsync(" Valley Post "));
        Assert.Equal("South Front", await outlets.EnsureAsync("SOUTH FRONT"));
        Assert.Throws<ArgumentException>(() => outlets.EnsureAsync("").GetAwaiter().GetResult());

        var valley = await outlets.GetAsync("valley post");
        Assert.All(valley!.Facts(), f => Assert.Null(f.Value));
        Assert.Equal(OutletStore.ReadBundled().Count + 1, (await outlets.ListAsync()).Count);
    }
}

/// <summary>The outlet contract on SQLite.</summary>
public sealed class OutletSqliteTests : OutletContract
{
    protected override StoreProvider Provider => StoreProvider.Sqlite;
}

/// <summary>The outlet contract on PostgreSQL.</summary>
public sealed class OutletPostgresTests : OutletContract
{
    protected override StoreProvider Provider => StoreProvider.Postgres;
}
