using MapDashboard.Data.Gazetteer;
using MapDashboard.Data.Store;
using MapDashboard.Data.Tests.Contract;
using MapDashboard.Data.Tests.Gazetteer;
using MapDashboard.Data.Trends;

namespace MapDashboard.Data.Tests.Trends;

/// <summary>Issue 17.12: the trends panel's counts per period and type, fatalities per period, and counts per governorate and district, on both stores.</summary>
public abstract class EventTrendsContract(BundledGazetteerFixture gazetteer)
{
    protected abstract StoreProvider Provider { get; }

    private static readonly EventQuery March = new() { From = new DateOnly(2024, 3, 1), To = new DateOnly(2024, 3, 31) };

    private static StoredEvent Event(string place, string admin1, string type, DateOnly start, DateOnly? end = null, string? excerpt = null) => new()
    {
        DateStart = start, DateEnd = end ?? start, DatePrecision = "day", Type = type, SubType = type == "Battles" ? "Armed clash" : "Shelling/artillery/missile attack",
        Actor1 = "army", PlaceId = "gn:" + place, PlaceName = place, Admin1 = admin1, Lat = 35.5, Lon = 36.6, Precision = 1, Confidence = 0.7,
        Excerpt = excerpt ?? $"Fighting near {place}.", ExcerptStart = 0, ExcerptEnd = 20,
    };

    private static async Task<(TestStore Db, EventTrends Trends, EventQueries Queries)> SeedAsync(StoreProvider provider)
    {
        var db = await TestStore.CreateAsync(provider);
        var events = new[]
        {
            Event("Tal Zeitoun", "Idlib", "Battles", new DateOnly(2024, 3, 4)),
            Event("Kafr Warda", "Idlib", "Battles", new DateOnly(2024, 3, 10), excerpt: "Two fighters were killed in a clash at Kafr Warda."),
            Event("Ain Safra", "Aleppo", "Explosions/Remote violence", new DateOnly(2024, 3, 12), excerpt: "A rocket hit Ain Safra, killing four people."),
            Event("Deir Hasan", "Aleppo", "Battles", new DateOnly(2024, 2, 25), new DateOnly(2024, 3, 2)),
            Event("Qasr Naim", "Hama", "Battles", new DateOnly(2024, 4, 5)),
            Event("Jisr Abyad", "Hama", "Battles", new DateOnly(2024, 2, 20), excerpt: "Nobody was hurt when fighting reached Jisr Abyad."),
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
    public async Task Issue17_Governorates_CountTheWindowsEvents_WithoutAGazetteerNoDistrict()
    {
        var (db, trends, _) = await SeedAsync(Provider);
        await using var __ = db;
        var paths = new PlaceAdminPaths(null);

        var regions = await trends.ByDistrictAsync(March, paths);
        var before = await trends.ByDistrictAsync(new EventQuery { From = new DateOnly(2024, 1, 31), To = new DateOnly(2024, 2, 29) }, paths);

        Assert.Equal([new RegionCount("Aleppo", null, 2), new RegionCount("Idlib", null, 2)], regions);
        Assert.Equal([new RegionCount("Aleppo", null, 1), new RegionCount("Hama", null, 1)], before);
    }

    [Fact]
    public async Task Issue17_12_FatalitiesPerPeriod_AreWhatTheCitedSentencesState()
    {
        var (db, trends, _) = await SeedAsync(Provider);
        await using var _ = db;

        var weeks = await trends.FatalitiesByPeriodAsync(March, TrendGranularity.Week);
        var months = await trends.FatalitiesByPeriodAsync(new EventQuery(), TrendGranularity.Month);

        // The weeks of the bars (26 Feb, 4 Mar, 11 Mar): two killed at Kafr Warda, four at Ain Safra, none stated elsewhere.
        Assert.Equal([new PeriodFatalities(new DateOnly(2024, 2, 26), 0), new PeriodFatalities(new DateOnly(2024, 3, 4), 2), new PeriodFatalities(new DateOnly(2024, 3, 11), 4)], weeks);
        Assert.Equal([0L, 6L, 0L], months.Select(m => m.Fatalities));
    }

    [Fact]
    public async Task Issue17_12_Districts_ComeFromTheGazetteersAdminPath_AsTheCsvExportsAdmin2()
    {
        // Three events at three real Syrian places of the bundled gazetteer, their governorate left for the gazetteer to say.
        var places = new List<MapDashboard.Core.Gazetteer.Place>();
        foreach (var name in new[] { "Manbij", "Manbij", "Jarablus" })
        {
            places.Add((await gazetteer.Gazetteer.FindCandidatesAsync(name, 10)).Select(c => c.Place).First(p => p.CountryCode == "SY" && p.Admin2 is not null));
        }
        await using var db = await TestStore.CreateAsync(Provider);
        await new EventStore(db.Factory).IngestAsync(new StoredArticle
        {
            ContentHash = "districts", Source = "districts.txt", Title = "districts", PublishedPrecision = null, OriginalText = "text", CleanedText = "text",
            OffsetMapJson = "[]", PipelineVersion = "1", Mentions = [],
            Events = places.Select((p, i) => Event(p.Name, "", "Battles", new DateOnly(2024, 3, 4 + i)) with { PlaceId = p.Id, Admin1 = null, Lat = p.Lat, Lon = p.Lon }).ToList(),
        });

        var rows = await new EventTrends(db.ReadOnlyFactory).ByDistrictAsync(March, new PlaceAdminPaths(gazetteer.Gazetteer));

        var expected = places.GroupBy(p => (p.Admin1, p.Admin2)).Select(g => new RegionCount(g.Key.Admin1, g.Key.Admin2, g.Count()))
            .OrderByDescending(r => r.Count).ThenBy(r => r.Admin1, StringComparer.Ordinal).ThenBy(r => r.Admin2, StringComparer.Ordinal);
        Assert.Equal(expected, rows);
        Assert.NotEqual(places[0].Admin2, places[2].Admin2);
    }
}

[Collection(BundledGazetteerCollection.Name)]
public sealed class EventTrendsSqliteTests(BundledGazetteerFixture gazetteer) : EventTrendsContract(gazetteer)
{
    protected override StoreProvider Provider => StoreProvider.Sqlite;
}

[Collection(BundledGazetteerCollection.Name)]
public sealed class EventTrendsPostgresTests(BundledGazetteerFixture gazetteer) : EventTrendsContract(gazetteer)
{
    protected override StoreProvider Provider => StoreProvider.Postgres;
}
