using MapDashboard.Data.Store;
using MapDashboard.Data.Tests.Contract;

namespace MapDashboard.Data.Tests.Store;

/// <summary>
/// Issue 17.14: an area drawn on the map restricts the events to those inside the polygon (its edge included), not to
/// its bounding box; the window's clusters count only them. The same on SQLite (geopoly) and PostgreSQL (PostGIS).
/// </summary>
public abstract class AreaFilterContract
{
    // A triangle whose bounding box (36..37 E, 35..36 N) holds all three places below, the polygon only the first two.
    private const string Triangle = "36,35;37,35;37,36";

    protected abstract StoreProvider Provider { get; }

    private static StoredEvent At(string place, double lon, double lat) => new()
    {
        DateStart = new DateOnly(2017, 5, 2), DatePrecision = "day", Type = "Battles", SubType = "Armed clash", Actor1 = "saa",
        PlaceId = "test:" + place, PlaceName = place, Lat = lat, Lon = lon, Precision = 1, Confidence = 0.8,
        Excerpt = $"Clashes in {place}.", ExcerptStart = 0, ExcerptEnd = 20,
    };

    private static async Task<EventQueries> StoreAsync(TestStore db)
    {
        await new EventStore(db.Factory).IngestAsync(new StoredArticle
        {
            ContentHash = "area", Source = "area.txt", Title = "area", Published = new DateOnly(2017, 5, 3), PublishedPrecision = "day",
            OriginalText = "text", CleanedText = "text", OffsetMapJson = "[]", PipelineVersion = "1", Mentions = [],
            // Inside the triangle; on its hypotenuse; in its bounding box but above the hypotenuse.
            Events = [At("Inside", 36.8, 35.2), At("OnTheEdge", 36.5, 35.5), At("InTheBoxOnly", 36.2, 35.8)],
        });
        return new EventQueries(db.ReadOnlyFactory);
    }

    [Fact]
    public async Task Issue17_DrawnArea_KeepsTheEventsInsideThePolygonAndOnItsEdge()
    {
        await using var db = await TestStore.CreateAsync(Provider);
        var queries = await StoreAsync(db);
        var area = AreaPolygon.Parse(Triangle, out _)!;

        var inside = (await queries.FindAsync(new EventQuery { Area = area })).Select(e => e.PlaceName).Order().ToList();
        var inBox = await queries.CountAsync(new EventQuery { Bounds = area.Bounds });

        Assert.Equal(["Inside", "OnTheEdge"], inside);
        Assert.Equal(3, inBox);
        Assert.Equal(2, await queries.CountAsync(new EventQuery { Area = area, From = new(2017, 5, 1), To = new(2017, 5, 31) }));
    }

    [Fact]
    public async Task Issue17_DrawnArea_RestrictsTheClustersAndTheirCount()
    {
        await using var db = await TestStore.CreateAsync(Provider);
        var queries = await StoreAsync(db);
        var area = AreaPolygon.Parse(Triangle, out _)!;

        // A whole month: without an area the window is read from the per-month grid, which knows no polygon.
        var clusters = await queries.ClusterAsync(new EventQuery { Area = area, From = new(2017, 5, 1), To = new(2017, 5, 31) },
            new BoundingBox(30, 30, 40, 40), 0.01);

        Assert.Equal(2, clusters.WindowCount);
        Assert.Equal(2, clusters.Cells.Sum(c => c.Count));
    }
}

public sealed class AreaFilterSqliteTests : AreaFilterContract
{
    protected override StoreProvider Provider => StoreProvider.Sqlite;
}

public sealed class AreaFilterPostgresTests : AreaFilterContract
{
    protected override StoreProvider Provider => StoreProvider.Postgres;
}
