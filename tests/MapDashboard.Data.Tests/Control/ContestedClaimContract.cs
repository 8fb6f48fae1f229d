using MapDashboard.Core.Control;
using MapDashboard.Core.Pipeline;
using MapDashboard.Data.Control;
using MapDashboard.Data.Store;
using MapDashboard.Data.Tests.Contract;

namespace MapDashboard.Data.Tests.Control;

/// <summary>
/// Issue 22, point 6: a capture the other side disputes is stored as a claim, a contested period of the place, never as
/// its change of hands. The same tests on SQLite and on PostgreSQL (the classes at the end). Invented places and dates.
/// </summary>
public abstract class ContestedClaimContract
{
    /// <summary>The engine the tests run on.</summary>
    protected abstract StoreProvider Provider { get; }

    private static readonly DateOnly March1 = new(2019, 3, 1), March5 = new(2019, 3, 5), March9 = new(2019, 3, 9);

    private static StoredEvent Claim(string place, DateOnly date, string claimant, bool contested) => new()
    {
        DateStart = date, DatePrecision = "day", Type = "Battles", SubType = contested ? "Armed clash" : "Non-state actor overtakes territory",
        Actor1 = claimant, Actor2 = "saa", PlaceId = "gn:" + place, PlaceName = place, Admin1 = "Idlib",
        Lat = 35.8, Lon = 36.6, Precision = 1, Confidence = 0.7, Excerpt = "Invented: a claim about " + place, ExcerptStart = 0, ExcerptEnd = 20,
        ControlChange = new ControlChangeReport("gn:" + place, place, 35.8, 36.6, date, claimant, "saa", "took", 0.8, Contested: contested),
    };

    [Fact]
    public async Task DisputedCapture_IsAContestedPeriod_AfterTheBaseline()
    {
        await using var db = await TestStore.CreateAsync(Provider);
        var (store, periods) = await ControlPeriodContract.OpenAsync(db);
        await periods.ReplaceImportAsync(ControlPeriodStore.Baseline, "test.csv",
            [new("gn:Tallat", "Tallat", 35.8, 36.6, "settlement", "saa", "held", March1, 0.7, "snapshot:test.csv", "held (snapshot)")]);

        await store.IngestAsync(ControlPeriodContract.Article("a", March5, Claim("Tallat", March5, "rebels", contested: true)));

        var list = await periods.OfPlaceAsync("gn:Tallat");
        Assert.Equal(("saa", "held", (DateOnly?)March5), list[0].Let(p => (p.Controller, p.Status, p.ValidTo)));
        Assert.Equal(("rebels", "contested", "contested", March5), list[1].Let(p => (p.Controller, p.ClaimedStatus, p.Status, p.ValidFrom)));
        var change = ControlPeriodChanges.From(list).Last();
        Assert.Equal((ControlStatus.Contested, "rebels"), (change.Status, change.Controller));
    }

    [Fact]
    public async Task UndisputedCapture_StaysHeld_AndALaterCaptureClosesTheContestedPeriod()
    {
        await using var db = await TestStore.CreateAsync(Provider);
        var (store, periods) = await ControlPeriodContract.OpenAsync(db);

        await store.IngestAsync(ControlPeriodContract.Article("a", March5, Claim("Tallat", March5, "rebels", contested: true)));
        await store.IngestAsync(ControlPeriodContract.Article("b", March9, Claim("Tallat", March9, "rebels", contested: false)));

        var list = await periods.OfPlaceAsync("gn:Tallat");
        Assert.Equal(2, list.Count);
        Assert.Equal(("contested", (DateOnly?)March9), list[0].Let(p => (p.Status, p.ValidTo)));
        Assert.Equal(("held", "held", (DateOnly?)null), list[1].Let(p => (p.ClaimedStatus, p.Status, p.ValidTo)));
    }

    [Fact]
    public async Task ReprocessedArticleWithoutTheDispute_ReplacesTheContestedPeriod()
    {
        await using var db = await TestStore.CreateAsync(Provider);
        var (store, periods) = await ControlPeriodContract.OpenAsync(db);
        await store.IngestAsync(ControlPeriodContract.Article("a", March5, Claim("Tallat", March5, "rebels", contested: true)));

        await store.IngestAsync(ControlPeriodContract.Article("a", March5, Claim("Tallat", March5, "rebels", contested: false)), reprocess: true);

        Assert.Equal("held", Assert.Single(await periods.OfPlaceAsync("gn:Tallat")).Status);
    }
}

/// <summary>Contested claims on SQLite.</summary>
public sealed class ContestedClaimSqliteTests : ContestedClaimContract
{
    protected override StoreProvider Provider => StoreProvider.Sqlite;
}

/// <summary>Contested claims on PostgreSQL.</summary>
public sealed class ContestedClaimPostgresTests : ContestedClaimContract
{
    protected override StoreProvider Provider => StoreProvider.Postgres;
}
