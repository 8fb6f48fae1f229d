using MapDashboard.Data.Store;
using MapDashboard.Data.Tests.Contract;
using MapDashboard.Data.Trends;

namespace MapDashboard.Data.Tests.Trends;

/// <summary>Issue 17.12: the trends panel's counts per period and type, and per governorate, on both stores.</summary>
public abstract class EventTrendsContract
{
    protected abstract StoreProvider Provider { get; }

    private static readonly EventQuery March = new() { From = new DateOnly(2024, 3, 1), To = new DateOnly(2024, 3, 31) };

    private static StoredEvent Event(string place, string admin1, string type, DateOnly start, DateOnly? end = null) => new()
    {
        DateStart = start, DateEnd = end ?? start, DatePrecision = "day", Type = type, SubType = type == "Battles" ? "Armed clash" : "Shelling/artillery/missile attack",
        Actor1 = "army", PlaceId = "gn:" + place, PlaceName = place, Admin1 = admin1, Lat = 35.5, Lon = 36.6, Precision = 1, Confidence = 0.7,
        Excerpt = $"Fighting near {place}.", ExcerptStart = 0, ExcerptEnd = 20,
    };

    private static async Task<(TestStore Db, EventTrends Trends, EventQueries Queries)> SeedAsync(StoreProvider provider)
    {
        var db = await TestStore.CreateAsync(provider);
        var events = new[]
        {
            Event("Tal Zeitoun", "Idlib", "Battles", new DateOnly(2024, 3, 4)),
            Event("Kafr Warda", "Idlib", "Battles", new DateOnly(2024, 3, 10)),
            Event("Ain Safra", "Aleppo", "Explosions/Remote violence", new DateOnly(2024, 3, 12)),
            Event("Deir Hasan", "Aleppo", "Battles", new DateOnly(2024, 2, 25), new DateOnly(2024, 3, 2)),
            Event("Qasr Naim", "Hama", "Battles", new DateOnly(2024, 4, 5)),
            Event("Jisr Abyad", "Hama", "Battles", new DateOnly(2024, 2, 20)),
        };
        await new EventStore(db.Factory).IngestAsync(new StoredArticle
        {
            ContentHash = "trends", Source = "trends.txt", Title = "trends", PublishedPrecision = null, OriginalText = "text", CleanedText = "text",
            OffsetMapJson = "[]", PipelineVersion = "1", Mentions = [], Events = events,
        });
        return (db, new EventTrends(db.ReadOnlyFactory), new EventQueries(db.ReadOnlyFactory));
    }

    [Fact]
    public async Task Issue17_Weeks_CountEachEventOnceFromItsFirstDayInTheWindow()
    {
        var (db, trends, queries) = await SeedAsync(Provider);
        await using var _ = db;

        var weeks = await trends.ByPeriodAsync(March, TrendGranularity.Week);

        Assert.Equal(
            [
                new TrendCount(new DateOnly(2024, 2, 26), "Battles", 1),
                new TrendCount(new DateOnly(2024, 3, 4), "Battles", 2),
                new TrendCount(new DateOnly(2024, 3, 11), "Explosions/Remote violence", 1),
            ],
            weeks);
        Assert.Equal(await queries.CountAsync(March), weeks.Sum(w => w.Count));
    }

    [Fact]
    public async Task Issue17_Months_AndTypeFilter_AddUpToTheWindowCount()
    {
        var (db, trends, queries) = await SeedAsync(Provider);
        await using var _ = db;
        var battles = March with { Types = ["Battles"] };

        var months = await trends.ByPeriodAsync(March, TrendGranularity.Month);
        var battleMonths = await trends.ByPeriodAsync(battles, TrendGranularity.Month);
        var allTime = await trends.ByPeriodAsync(new EventQuery(), TrendGranularity.Month);

        Assert.Equal([new TrendCount(new DateOnly(2024, 3, 1), "Battles", 3), new TrendCount(new DateOnly(2024, 3, 1), "Explosions/Remote violence", 1)], months);
        Assert.Equal([new TrendCount(new DateOnly(2024, 3, 1), "Battles", 3)], battleMonths);
        Assert.Equal(await queries.CountAsync(battles), battleMonths.Sum(m => m.Count));
        Assert.Equal([new DateOnly(2024, 2, 1), new DateOnly(2024, 3, 1), new DateOnly(2024, 4, 1)], allTime.Select(m => m.PeriodStart).Distinct());
        Assert.Equal(6, allTime.Sum(m => m.Count));
    }

    [Fact]
    public async Task Issue17_Governorates_CountTheWindowsEvents()
    {
        var (db, trends, _) = await SeedAsync(Provider);
        await using var __ = db;

        var regions = await trends.ByAdmin1Async(March);
        var before = await trends.ByAdmin1Async(new EventQuery { From = new DateOnly(2024, 1, 31), To = new DateOnly(2024, 2, 29) });

        Assert.Equal([new RegionCount("Aleppo", 2), new RegionCount("Idlib", 2)], regions);
        Assert.Equal([new RegionCount("Aleppo", 1), new RegionCount("Hama", 1)], before);
    }
}

public sealed class EventTrendsSqliteTests : EventTrendsContract
{
    protected override StoreProvider Provider => StoreProvider.Sqlite;
}

public sealed class EventTrendsPostgresTests : EventTrendsContract
{
    protected override StoreProvider Provider => StoreProvider.Postgres;
}
