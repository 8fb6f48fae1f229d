using System.Text;
using MapDashboard.Core.Actors;
using MapDashboard.Data.Control;
using MapDashboard.Data.Import;
using MapDashboard.Data.Tests.Contract;
using MapDashboard.Data.Tests.Gazetteer;

namespace MapDashboard.Data.Tests.Control;

/// <summary>
/// Issue 20, point 5 for ACLED: territory rows at geo_precision 2 never change the town they are placed at; the one
/// village their notes name near it gets the period, else the change is an approximate place at the town's point.
/// Rows and notes are invented; the places are the bundled gazetteer's (Manbij and villages of its sub-district).
/// </summary>
public abstract class AcledNearRowsContract(BundledGazetteerFixture fixture)
{
    /// <summary>The engine the tests run on.</summary>
    protected abstract StoreProvider Provider { get; }

    private const string Header = "event_id_cnty,event_date,event_type,sub_event_type,actor1,location,latitude,longitude,geo_precision,notes\n";

    private async Task<IReadOnlyList<ControlPeriod>> ImportAsync(TestStore db, string rows)
    {
        await new AcledImporter(db.Factory).ImportAsync(new MemoryStream(Encoding.UTF8.GetBytes(Header + rows)), "invented.csv");
        await new AcledControlPeriods(db.Factory, new ControlPlaceMatcher(fixture.Gazetteer), AcledActorMap.LoadDefault()).RefreshAsync();
        return await new ControlPeriodStore(db.Factory).ListAsync();
    }

    [Fact]
    public async Task NearRowNamingOneVillage_GivesTheVillageThePeriod_NeverTheTown()
    {
        await using var db = await TestStore.CreateAsync(Provider);
        var periods = await ImportAsync(db, """
            INV7,2018-05-02,Battles,Non-state actor overtakes territory,QSD: Syrian Democratic Forces,Manbij,36.52815,37.95495,2,"On 2 May 2018, QSD fighters took Hamduniyeh, south of Manbij, after a night of clashes."
            """);

        var period = Assert.Single(periods);
        Assert.Equal(("ocha:C1712", "Hamduniyeh", "sdf", 1, "acled:INV7"), (period.PlaceId, period.PlaceName, period.Controller, period.Precision, period.Evidence));
        Assert.Equal((36.49048, 37.963741), (Math.Round(period.Lat, 6), Math.Round(period.Lon, 6)));
        Assert.Contains("near Manbij", period.Note, StringComparison.Ordinal);
        Assert.DoesNotContain(periods, p => p.PlaceId == "ocha:C1767");
    }

    [Theory]
    [InlineData("On 3 May 2018, QSD fighters took a hamlet on the road east of the town.")]
    [InlineData("On 3 May 2018, QSD fighters took Hamduniyeh and Omriyeh from the rebels.")]
    public async Task NearRowNamingNoOrSeveralVillages_IsAnApproximatePlaceAtTheTown_NeverTheTown(string notes)
    {
        await using var db = await TestStore.CreateAsync(Provider);
        var periods = await ImportAsync(db, $"INV8,2018-05-03,Battles,Non-state actor overtakes territory,QSD: Syrian Democratic Forces,Manbij,36.52815,37.95495,2,\"{notes}\"\n");

        var period = Assert.Single(periods);
        Assert.StartsWith("near:ocha:C1767:", period.PlaceId, StringComparison.Ordinal);
        Assert.Equal((2, "sdf", "a place near Manbij"), (period.Precision, period.Controller, period.PlaceName));
        Assert.Equal((36.52815, 37.95495), (Math.Round(period.Lat, 5), Math.Round(period.Lon, 5)));
    }

    [Fact]
    public async Task RegionRow_ChangesNothing()
    {
        await using var db = await TestStore.CreateAsync(Provider);
        var periods = await ImportAsync(db, """
            INV9,2018-05-04,Battles,Government regains territory,Military Forces of Syria (2000-),Manbij,36.52815,37.95495,3,"Government forces took several villages in the district."
            """);

        Assert.Empty(periods);
    }
}

/// <summary>ACLED near rows on SQLite.</summary>
[Collection(BundledGazetteerCollection.Name)]
public sealed class AcledNearRowsSqliteTests(BundledGazetteerFixture fixture) : AcledNearRowsContract(fixture)
{
    protected override StoreProvider Provider => StoreProvider.Sqlite;
}

/// <summary>ACLED near rows on PostgreSQL.</summary>
[Collection(BundledGazetteerCollection.Name)]
public sealed class AcledNearRowsPostgresTests(BundledGazetteerFixture fixture) : AcledNearRowsContract(fixture)
{
    protected override StoreProvider Provider => StoreProvider.Postgres;
}
