using Dapper;
using MapDashboard.Core.Actors;
using MapDashboard.Data.Gazetteer;
using MapDashboard.Data.Store;
using MapDashboard.Data.Synth;
using MapDashboard.Data.Tests.Gazetteer;

namespace MapDashboard.Data.Tests.Synth;

[Collection(BundledGazetteerCollection.Name)]
public class SyntheticStoreTests
{
    private static async Task<string> GazetteerAsync() =>
        await GazetteerBuilder.EnsureBuiltAsync(RepositoryLayout.Discover() ?? throw new InvalidOperationException("not in the checkout"));

    private static async Task<TempDatabase> GenerateAsync(int events, int seed)
    {
        var db = new TempDatabase("synth.db");
        await new SyntheticStoreGenerator(await GazetteerAsync(), FactionCatalogue.LoadDefault()).GenerateAsync(db.Path, events, seed);
        return db;
    }

    [Fact]
    public async Task SameSeed_GivesTheSameStore_AndAnotherSeedAnother()
    {
        using var a = await GenerateAsync(3000, seed: 7);
        using var b = await GenerateAsync(3000, seed: 7);
        using var c = await GenerateAsync(3000, seed: 8);
        const string fingerprint = "SELECT group_concat(date_start || sub_type || place_id || actor1, '|') FROM (SELECT * FROM events ORDER BY id)";

        await using var ca = await a.Factory.OpenAsync();
        await using var cb = await b.Factory.OpenAsync();
        await using var cc = await c.Factory.OpenAsync();
        Assert.Equal(await ca.ExecuteScalarAsync<string>(fingerprint), await cb.ExecuteScalarAsync<string>(fingerprint));
        Assert.NotEqual(await ca.ExecuteScalarAsync<string>(fingerprint), await cc.ExecuteScalarAsync<string>(fingerprint));
    }

    [Fact]
    public async Task Store_HoldsWholeRealisticEvents_AtRealPlaces()
    {
        using var db = await GenerateAsync(5000, seed: 3);
        await using var connection = await db.Factory.OpenAsync();

        Assert.Equal(5000, await connection.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM events"));
        Assert.Equal(5000, await connection.ExecuteScalarAsync<long>("SELECT COUNT(DISTINCT event_id) FROM event_sources"));
        Assert.Equal(5000, await connection.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM events_rtree"));
        // Every event is in Syria, and its excerpt names its place where the span says.
        Assert.Equal(0, await connection.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM events WHERE lat NOT BETWEEN 32 AND 37.5 OR lon NOT BETWEEN 35.5 AND 42.5"));
        var spans = await connection.QueryAsync<(string Excerpt, long Start, long PlaceStart, long PlaceEnd, string PlaceName)>(
            "SELECT s.excerpt, s.excerpt_start, s.place_start, s.place_end, e.place_name FROM event_sources s JOIN events e ON e.id = s.event_id LIMIT 500");
        Assert.All(spans, s => Assert.Contains(s.Excerpt.Substring((int)(s.PlaceStart - s.Start), (int)(s.PlaceEnd - s.PlaceStart)), s.PlaceName));
        // The excerpt is the article's text at its offsets.
        Assert.Equal(0, await connection.ExecuteScalarAsync<long>("""
            SELECT COUNT(*) FROM event_sources s JOIN articles a ON a.id = s.article_id
            WHERE substr(a.original_text, s.excerpt_start + 1, s.excerpt_end - s.excerpt_start) <> s.excerpt
            """));
        // A mix of kinds, many places, years of war, and territory changes feeding the control layer.
        Assert.True(await connection.ExecuteScalarAsync<long>("SELECT COUNT(DISTINCT sub_type) FROM events") >= 10);
        Assert.True(await connection.ExecuteScalarAsync<long>("SELECT COUNT(DISTINCT place_id) FROM events") >= 100);
        Assert.True(await connection.ExecuteScalarAsync<long>("SELECT COUNT(DISTINCT substr(date_start, 1, 4)) FROM events") >= 10);
        Assert.True(await connection.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM control_changes") > 100);
        // Issue #20: the control layer reads periods; the bulk writer makes them from its changes.
        Assert.Equal(await connection.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM control_changes WHERE date IS NOT NULL"),
            await connection.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM control_periods WHERE source = 'article'"));
        var busiest = await connection.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM events WHERE date_start LIKE '2014%'");
        var quietest = await connection.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM events WHERE date_start LIKE '2022%'");
        Assert.True(busiest > 2 * quietest, $"2014: {busiest}, 2022: {quietest}");
    }

    [Fact]
    public async Task ExistingDatabase_IsNeverOverwritten()
    {
        using var db = await GenerateAsync(100, seed: 1);
        var generator = new SyntheticStoreGenerator(await GazetteerAsync(), FactionCatalogue.LoadDefault());

        var error = await Assert.ThrowsAsync<IOException>(() => generator.GenerateAsync(db.Path, 100, 1));
        Assert.Contains("already exists", error.Message);
    }

    [Fact]
    public async Task Clusters_CoverEveryEventInTheViewOnce_AndSingleCellsCarryTheirEvent()
    {
        using var db = await GenerateAsync(4000, seed: 5);
        var queries = new EventQueries(new SqliteConnectionFactory(db.Path, readOnly: true));
        var query = new EventQuery { From = new DateOnly(2013, 1, 1), To = new DateOnly(2016, 12, 31) };
        var view = new BoundingBox(35.5, 32.0, 42.5, 37.5);

        var coarse = await queries.ClusterAsync(query, view, cellDegrees: 1.0);
        var fine = await queries.ClusterAsync(query, view, cellDegrees: 0.02);

        var total = await queries.CountAsync(query);
        Assert.Equal(total, coarse.WindowCount);
        Assert.Equal(total, coarse.Cells.Sum(c => c.Count));
        Assert.Equal(total, fine.Cells.Sum(c => c.Count));
        Assert.True(coarse.Cells.Count <= 8 * 6, $"{coarse.Cells.Count} cells of 1 degree over a 7 x 5.5 degree view");
        Assert.True(fine.Cells.Count > coarse.Cells.Count);
        var single = fine.Cells.First(c => c.Count == 1);
        var detail = await queries.GetAsync(single.EventId);
        Assert.NotNull(detail);
        Assert.Equal(single.SubType, detail.Event.SubType);
        Assert.Equal(detail.Event.Lat!.Value, single.Lat, 6);
    }

    [Fact]
    public async Task Clusters_HonourTheFilters_AndTheView()
    {
        using var db = await GenerateAsync(3000, seed: 9);
        var queries = new EventQueries(new SqliteConnectionFactory(db.Path, readOnly: true));
        var query = new EventQuery { Types = ["Air/drone strike"], Actors = ["russian-aerospace-forces"] };
        var aleppoArea = new BoundingBox(36.5, 35.8, 37.8, 36.6);

        var clusters = await queries.ClusterAsync(query, aleppoArea, 0.5);

        var expected = (await queries.FindAsync(query with { Bounds = aleppoArea, Limit = 100_000 })).Count;
        Assert.Equal(expected, clusters.Cells.Sum(c => c.Count));
        Assert.Equal(await queries.CountAsync(query), clusters.WindowCount);
        Assert.All(clusters.Cells, c => Assert.InRange(c.Lon, 36.5, 37.8));
        await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() => queries.ClusterAsync(query, aleppoArea, 0));
        await Assert.ThrowsAsync<ArgumentException>(() => queries.ClusterAsync(query, new BoundingBox(40, 30, 35, 35), 1));
    }

    [Fact]
    public async Task Clusters_AgreeWithTheEvents_ForAnyWindowAndFilter()
    {
        using var db = await GenerateAsync(6000, seed: 12);
        var queries = new EventQueries(new SqliteConnectionFactory(db.Path, readOnly: true));
        var syria = new BoundingBox(35.0, 32.0, 43.0, 38.0);
        var random = new Random(3);
        var windows = new List<EventQuery>
        {
            new() { From = new DateOnly(2014, 1, 1), To = new DateOnly(2014, 12, 31) },   // whole months only
            new() { From = new DateOnly(2014, 1, 15), To = new DateOnly(2014, 3, 10) },   // partial months at both ends
            new() { From = new DateOnly(2014, 2, 3), To = new DateOnly(2014, 2, 20) },    // inside one month
            new() { To = new DateOnly(2016, 6, 30) },                                      // everything up to a date
            new() { From = new DateOnly(2013, 1, 1), To = new DateOnly(2015, 12, 31), Types = ["Battles", "Protests"] },
            new() { From = new DateOnly(2013, 1, 1), To = new DateOnly(2015, 12, 31), Types = ["Air/drone strike"] },
            new() { From = new DateOnly(2013, 1, 1), To = new DateOnly(2015, 12, 31), Actors = ["saa"] },
            new() { From = new DateOnly(2013, 1, 1), To = new DateOnly(2015, 12, 31), MinConfidence = 0.8 },
        };
        for (var i = 0; i < 12; i++)
        {
            var from = new DateOnly(2011, 3, 15).AddDays(random.Next(0, 4500));
            windows.Add(new EventQuery { From = from, To = from.AddDays(random.Next(0, 800)) });
        }

        foreach (var query in windows)
        {
            var clusters = await queries.ClusterAsync(query, syria, 0.5);
            var count = await queries.CountAsync(query);
            Assert.Equal(count, clusters.WindowCount);
            Assert.Equal(count, clusters.Cells.Sum(c => c.Count));
        }
    }

    [Fact]
    public async Task Grid_StaysExact_ThroughDeletesUpdatesAndReingest()
    {
        using var db = await GenerateAsync(3000, seed: 21);
        await using (var connection = await db.Factory.OpenAsync())
        {
            await connection.ExecuteAsync("DELETE FROM articles WHERE id IN (SELECT id FROM articles ORDER BY id LIMIT 40)");
            await connection.ExecuteAsync("DELETE FROM events WHERE id NOT IN (SELECT event_id FROM event_sources)");
            await connection.ExecuteAsync("UPDATE events SET lat = lat + 0.37, lon = lon - 0.21 WHERE id % 7 = 0");
            await connection.ExecuteAsync("UPDATE events SET deleted = 1 WHERE id % 11 = 0");
            await connection.ExecuteAsync("UPDATE events SET type = 'Riots', sub_type = 'Violent demonstration' WHERE id % 13 = 0");
            await connection.ExecuteAsync("UPDATE events SET date_start = '2015-07-09', date_end = '2015-07-09', day_start = @d, day_end = @d WHERE id % 17 = 0",
                new { d = new DateOnly(2015, 7, 9).DayNumber });

            // The grid equals a fresh aggregation of the events, and each single-event group names its event.
            var drift = await connection.ExecuteScalarAsync<long>(Contract.TestStore.GridDriftSql(StoreProvider.Sqlite));
            Assert.Equal(0, drift);
        }
        var queries = new EventQueries(new SqliteConnectionFactory(db.Path, readOnly: true));
        var query = new EventQuery { From = new DateOnly(2012, 1, 1), To = new DateOnly(2020, 12, 31) };
        Assert.Equal(await queries.CountAsync(query), (await queries.ClusterAsync(query, new BoundingBox(30, 28, 48, 42), 1)).Cells.Sum(c => c.Count));
    }
}
