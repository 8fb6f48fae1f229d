using System.Text;
using MapDashboard.Core.Actors;
using MapDashboard.Data.Control;
using MapDashboard.Data.Import;
using MapDashboard.Data.Tests.Contract;

namespace MapDashboard.Data.Tests.Control;

/// <summary>ACLED territory rows as control periods, on SQLite and PostgreSQL. The rows are invented.</summary>
public abstract class AcledControlPeriodsContract
{
    /// <summary>The engine the tests run on.</summary>
    protected abstract StoreProvider Provider { get; }

    private const string Header = "event_id_cnty,event_date,event_type,sub_event_type,actor1,location,latitude,longitude,geo_precision\n";

    private static async Task<(int Stored, int LeftOut)> ImportAsync(TestStore db, string rows)
    {
        await new AcledImporter(db.Factory).ImportAsync(new MemoryStream(Encoding.UTF8.GetBytes(Header + rows)), "invented.csv");
        return await new AcledControlPeriods(db.Factory, null, AcledActorMap.LoadDefault()).RefreshAsync();
    }

    [Fact]
    public async Task TerritoryRows_BecomePeriodsOfActor1_NearRowsBesideTheirTown_OthersAreLeftOut()
    {
        await using var db = await TestStore.CreateAsync(Provider);
        var (stored, leftOut) = await ImportAsync(db, """
            INV1,2019-04-02,Battles,Government regains territory,Military Forces of Syria (2000-),Invented Village,35.20,36.90,1
            INV2,2019-04-03,Battles,Non-state actor overtakes territory,Islamic State (Syria),Invented Town,35.30,37.10,2
            INV3,2019-04-04,Strategic developments,Non-violent transfer of territory,Invented Local Committee,Invented Hamlet,35.40,37.20,1
            INV4,2019-04-05,Battles,Armed clash,Military Forces of Syria (2000-),Invented Village,35.20,36.90,1
            INV5,2019-04-06,Strategic developments,Non-violent transfer of territory,QSD: Syrian Democratic Forces,Invented Farm,35.50,37.30,1
            """);

        Assert.Equal((3, 1), (stored, leftOut));
        var periods = await new ControlPeriodStore(db.Factory).ListAsync();
        var village = periods.Single(p => p.PlaceName == "Invented Village");
        Assert.Equal(("saa", "acled", "acled:INV1", "Government regains territory", new DateOnly(2019, 4, 2), "acled:35.2000,36.9000"),
            (village.Controller, village.Source, village.Evidence, village.Verb, village.ValidFrom, village.PlaceId));
        Assert.Equal("sdf", periods.Single(p => p.PlaceName == "Invented Farm").Controller);
        // Placed at a town "near" (precision 2), with no gazetteer to name a village: a place of its own beside the town, never the town.
        var near = periods.Single(p => p.Evidence == "acled:INV2");
        Assert.Equal(("near:acled:35.3000,37.1000:acled-INV2", "a place near Invented Town", 2, "islamic-state"), (near.PlaceId, near.PlaceName, near.Precision, near.Controller));
        Assert.DoesNotContain(periods, p => p.PlaceId == "acled:35.3000,37.1000");

        // The same row imported again with another actor replaces the period; the other stays.
        await ImportAsync(db, "INV1,2019-04-02,Battles,Non-state actor overtakes territory,Islamic State (Syria),Invented Village,35.20,36.90,1\n");
        periods = await new ControlPeriodStore(db.Factory).ListAsync();
        Assert.Equal(3, periods.Count);
        Assert.Equal("islamic-state", periods.Single(p => p.PlaceName == "Invented Village").Controller);
    }
}

/// <summary>ACLED control periods on SQLite.</summary>
public sealed class AcledControlPeriodsSqliteTests : AcledControlPeriodsContract
{
    protected override StoreProvider Provider => StoreProvider.Sqlite;
}

/// <summary>ACLED control periods on PostgreSQL.</summary>
public sealed class AcledControlPeriodsPostgresTests : AcledControlPeriodsContract
{
    protected override StoreProvider Provider => StoreProvider.Postgres;
}
