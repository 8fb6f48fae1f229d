using System.Text;
using MapDashboard.Core.Actors;
using MapDashboard.Data.Control;
using MapDashboard.Data.Import;
using MapDashboard.Data.Tests.Contract;
using MapDashboard.Data.Tests.Gazetteer;

namespace MapDashboard.Data.Tests.Control;

/// <summary>Control snapshot imports against the bundled gazetteer, on SQLite and PostgreSQL. Rows are invented (real places' coordinates).</summary>
public abstract class ControlSnapshotImporterContract(BundledGazetteerFixture fixture)
{
    /// <summary>The engine the tests run on.</summary>
    protected abstract StoreProvider Provider { get; }

    private static readonly DateOnly AsOf = new(2018, 6, 1);

    private const string ModuleHeader = "lat,lon,mark,side,parties,kind,besieged,label,link,kind_detail\n";

    private ControlSnapshotImporter Importer(TestStore db) =>
        new(db.Factory, fixture.Gazetteer, SnapshotSideMap.Load(Path.Combine(RepositoryLayout.Discover()!.ControlFolder, SnapshotSideMap.FileName)),
            FactionCatalogue.LoadDefault());

    private static Stream Csv(string text) => new MemoryStream(Encoding.UTF8.GetBytes(text));

    [Fact]
    public async Task ModuleLayout_MatchesNamedPlacesNearby_KeepsOthersAsPoints_AndCountsUnknownSides()
    {
        await using var db = await TestStore.CreateAsync(Provider);
        // Tadef is a gazetteer village at about 36.35, 37.53; "Invented Hill 412" is nowhere; the third row's side is unknown;
        // the fourth has a mistyped longitude; the fifth is shared by two sides.
        var report = await Importer(db).ImportAsync(Csv(ModuleHeader
            + "36.347,37.532,m.gov,government,,settlement,false,Tadef,,\n"
            + "35.5,38.1,m.IS_hill,isis,,hill,false,Invented Hill 412,,\n"
            + "35.6,38.2,Some_icon.svg,unknown,,other,false,Some icon,,\n"
            + "35.7,377712.0,m.opp,opposition,,settlement,false,Typo,,\n"
            + "35.8,36.6,m.stable_opp_JaN,shared,opposition+hts_nusra,settlement,false,Invented Shared,,\n"), "invented.csv", AsOf);

        Assert.Equal((5L, 3L, 1L, 2L, 1L), (report.Rows, report.Periods, report.Matched, report.OwnPoints, report.UnknownSide));
        Assert.Equal(5, Assert.Single(report.Errors).Line);
        var periods = await new ControlPeriodStore(db.Factory).ListAsync();
        var tadef = periods.Single(p => p.Controller == "saa");
        Assert.Equal("ocha:C1219", tadef.PlaceId); // the gazetteer's Tadef (Tādif), spelt otherwise
        Assert.Equal(("saa", "held", AsOf, "snapshot:invented.csv", "baseline"), (tadef.Controller, tadef.Status, tadef.ValidFrom, tadef.Evidence, tadef.Source));
        var hill = periods.Single(p => p.Kind == "hill");
        Assert.Equal(("snap:35.5000,38.1000", "islamic-state"), (hill.PlaceId, hill.Controller));
        var shared = periods.Single(p => p.PlaceName == "Invented Shared");
        Assert.Equal(("rebels", "shared"), (shared.Controller, shared.Status));
    }

    [Fact]
    public async Task PlainLayout_TakesFactionIdsAndRowDates_AndRefusesBadStatuses()
    {
        await using var db = await TestStore.CreateAsync(Provider);
        var report = await Importer(db).ImportAsync(Csv("""
            name,lat,lon,side,status,kind,as_of,source
            Invented Post,34.9,38.9,sdf,besieged,base,2018-02-03,field notes (invented)
            Invented Farm,34.8,38.8,government,held,settlement,,
            Invented Well,34.7,38.7,saa,surrounded,settlement,2018-02-03,
            """), "plain.csv", AsOf);

        Assert.Equal(2L, report.Periods);
        Assert.Contains("status 'surrounded'", Assert.Single(report.Errors).Reason);
        var periods = await new ControlPeriodStore(db.Factory).ListAsync();
        Assert.Equal(("sdf", "besieged", new DateOnly(2018, 2, 3)), periods.Single(p => p.PlaceName == "Invented Post").Let(p => (p.Controller, p.Status, p.ValidFrom)));
        Assert.Equal(("saa", AsOf), periods.Single(p => p.PlaceName == "Invented Farm").Let(p => (p.Controller, p.ValidFrom)));
    }

    [Theory]
    [InlineData("just,some,columns\n1,2,3\n", "not a control snapshot")]
    [InlineData("name,lat,lon,side\nInvented Farm,34.8,38.8,government\n", "no as_of date")]
    [InlineData("name,lat,lon,side\nInvented Farm,north,38.8,government\n", "no usable rows")]
    public async Task BadFile_IsRefusedWithItsReason_AndNothingIsStored(string csv, string reason)
    {
        await using var db = await TestStore.CreateAsync(Provider);
        await Importer(db).ImportAsync(Csv(ModuleHeader + "36.347,37.532,m.gov,government,,settlement,false,Tadef,,\n"), "earlier.csv", AsOf);

        var error = await Assert.ThrowsAsync<ImportFileException>(() => Importer(db).ImportAsync(Csv(csv), "bad.csv", asOf: null));

        Assert.Contains(reason, error.Message);
        Assert.StartsWith("bad.csv", error.Message);
        Assert.Equal("earlier.csv", Assert.Single(await new ControlPeriodStore(db.Factory).ListAsync()).Snapshot);
    }
}

/// <summary>Snapshot imports on SQLite.</summary>
[Collection(BundledGazetteerCollection.Name)]
public sealed class ControlSnapshotImporterSqliteTests(BundledGazetteerFixture fixture) : ControlSnapshotImporterContract(fixture)
{
    protected override StoreProvider Provider => StoreProvider.Sqlite;
}

/// <summary>Snapshot imports on PostgreSQL.</summary>
[Collection(BundledGazetteerCollection.Name)]
public sealed class ControlSnapshotImporterPostgresTests(BundledGazetteerFixture fixture) : ControlSnapshotImporterContract(fixture)
{
    protected override StoreProvider Provider => StoreProvider.Postgres;
}
