using Dapper;
using MapDashboard.Data.Store;

namespace MapDashboard.Data.Tests.Store;

/// <summary>
/// Issue 18: migration 0037 drops ix_events_time, the first two columns of ix_events_window: a search by time reads the
/// wider index instead, with the same rows, and a new event is written to one index fewer.
/// </summary>
public sealed class EventsTimeIndexMigrationTests
{
    private const long DropsTimeIndex = 37;

    /// <summary>The trends' count per month and type of a window (EventTrends' shape): the query that read ix_events_time.</summary>
    private const string CountsByMonth = """
        SELECT CAST(substr(e.date_start, 1, 7) AS TEXT) AS period, e.type, COUNT(*) AS n FROM events e
        WHERE e.deleted = 0 AND e.day_end >= 738900 AND e.day_start >= 738900 - 3 AND e.day_start <= 739000
        GROUP BY 1, 2
        """;

    private static async Task<string> PlanAsync(System.Data.Common.DbConnection connection) =>
        string.Join(" | ", (await connection.QueryAsync("EXPLAIN QUERY PLAN " + CountsByMonth)).Select(row => (string)((IDictionary<string, object>)row)["detail"]));

    [Fact]
    public async Task AStoreWithEvents_LosesTheTimeIndexOnly_AndCountsByTimeAsBefore()
    {
        using var db = new TempDatabase();
        await using var connection = await db.Factory.OpenAsync();
        var all = new SchemaMigrator();
        await new SchemaMigrator(all.Migrations.Where(m => m.Version < DropsTimeIndex)).MigrateAsync(connection);
        var random = new Random(37);
        for (var i = 0; i < 400; i++)
        {
            var day = 738880 + random.Next(0, 140);
            var date = DateOnly.FromDayNumber(day).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
            await connection.ExecuteAsync("""
                INSERT INTO events (event_key, date_start, date_end, date_precision, day_start, day_end, type, sub_type, place_name, lat, lon, precision, confidence, deleted)
                VALUES (@key, @date, @date, 'day', @day, @end, @type, 'x', 'Somewhere', 35.0, 38.0, 1, 0.5, @deleted)
                """, new { key = "k" + i, date, day, end = day + random.Next(0, 3), type = "t" + random.Next(0, 4), deleted = random.Next(0, 10) == 0 ? 1 : 0 });
        }
        Assert.Contains("ix_events_time", await PlanAsync(connection));
        var before = (await connection.QueryAsync<(string, string, long)>(CountsByMonth)).ToList();

        Assert.Equal([DropsTimeIndex], await all.MigrateAsync(connection));

        var indexes = (await connection.QueryAsync<string>("SELECT name FROM pragma_index_list('events')")).ToList();
        Assert.DoesNotContain("ix_events_time", indexes);
        Assert.Contains("ix_events_window", indexes);
        Assert.Contains("ix_events_window", await PlanAsync(connection));
        Assert.Equal(before, (await connection.QueryAsync<(string, string, long)>(CountsByMonth)).ToList());
        Assert.NotEmpty(before);
    }
}
