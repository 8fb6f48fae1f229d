using System.Data.Common;
using System.Globalization;
using Dapper;
using MapDashboard.Core.Events;
using MapDashboard.Data.Postgres;
using MapDashboard.Data.Store;
using MapDashboard.Tests.Shared;

namespace MapDashboard.Data.Tests.Store;

/// <summary>The copy of a SQLite store into PostgreSQL, column by column of <see cref="EventColumns"/>.</summary>
public class StoreCopierTests
{
    [Fact]
    public async Task Copy_RoundTripsEveryEventColumn_WithEveryColumnFilled()
    {
        using var source = new TempDatabase();
        await new FixtureStore()
            .Article("Fighting in the north", "Fixture Wire", new DateOnly(2017, 1, 30),
            [
                new("Army units took control of Qabasin after a day of fighting.", "Qabasin", 36.3708, 37.6848, new DateOnly(2017, 1, 30),
                    EventType.Battles, EventType.GovernmentRegainsTerritory, "saa", "fsa", NewController: "saa"),
                new("Rebels shelled army posts near Azaz on Sunday.", "Azaz", 36.5863, 37.0441, new DateOnly(2017, 1, 29),
                    EventType.RemoteViolence, EventType.Shelling, "fsa", "saa", Precision: 2, Confidence: 0.55),
            ])
            .WriteAsync(source.Factory);
        // What the fixture leaves empty: a span, associated actors, a province, and a deletion by a correction.
        await using (var connection = await source.Factory.OpenAsync())
        {
            var correction = await connection.ExecuteScalarAsync<long>("""
                INSERT INTO corrections (target_kind, scope, payload, author, created_at) VALUES ('event', 'everywhere', '{"delete":true}', 'tester', '2017-02-01T00:00:00Z')
                RETURNING id
                """);
            await connection.ExecuteAsync("""
                UPDATE events SET date_end = '2017-01-31', day_end = day_start + 1, assoc_actors = '["tiger-forces"]', admin1 = 'Aleppo',
                       deleted = 1, correction_id = @correction
                 WHERE place_name = 'Azaz'
                """, new { correction });
        }
        await using var postgres = await PostgresTestDatabase.CreateAsync("mdcopier");
        await using var target = PostgresConnectionFactory.Create(postgres.ConnectionString);

        var report = await new StoreCopier(new SqliteConnectionFactory(source.Path, readOnly: true), target).CopyAsync(batchSize: 1);

        Assert.True(report.Committed);
        var copied = await RowsAsync(target);
        var original = await RowsAsync(source.Factory);
        Assert.Equal(2, original.Count);
        foreach (var column in EventColumns.Stored)
        {
            Assert.True(original.Any(r => r[column] is not null), $"no source row fills {column}: the test would not see it dropped");
        }
        Assert.Equal(original, copied);
    }

    [Fact]
    public async Task Copy_KeepsTombstones_AndNeverHandsARemovedIdOutAgain()
    {
        using var source = new TempDatabase();
        await new FixtureStore().Article("A report", "Fixture Wire", new DateOnly(2018, 3, 2),
                [new("Militants attacked a checkpoint at Tell Rifaat at dawn.", "Tell Rifaat", 36.4707, 37.0972, new DateOnly(2018, 3, 2),
                    EventType.Battles, EventType.ArmedClash, "rebels", "sdf")])
            .WriteAsync(source.Factory);
        long removedEvent;
        await using (var connection = await source.Factory.OpenAsync())
        {
            // An event and a mention removed by a re-processing, with ids above every live row's.
            var articleId = await connection.ExecuteScalarAsync<long>("SELECT MIN(id) FROM articles");
            removedEvent = await connection.ExecuteScalarAsync<long>("SELECT MAX(id) FROM events") + 40;
            var removedMention = await connection.ExecuteScalarAsync<long>("SELECT COALESCE(MAX(id), 0) FROM place_mentions") + 30;
            await connection.ExecuteAsync("""
                INSERT INTO removed_records (kind, id, article_id, match_key, cause, correction_id, removed_at)
                VALUES ('event', @removedEvent, @articleId, 'k1', 'reprocessing', NULL, '2017-02-01T00:00:00Z'),
                       ('mention', @removedMention, @articleId, 'k2', 'reprocessing', NULL, '2017-02-01T00:00:00Z')
                """, new { removedEvent, removedMention, articleId });
        }
        await using var postgres = await PostgresTestDatabase.CreateAsync("mdcopytomb");
        await using var target = PostgresConnectionFactory.Create(postgres.ConnectionString);

        var report = await new StoreCopier(new SqliteConnectionFactory(source.Path, readOnly: true), target).CopyAsync();

        Assert.True(report.Committed);
        await using var copied = await target.OpenAsync();
        Assert.Equal(2L, await copied.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM removed_records"));
        Assert.True(await copied.ExecuteScalarAsync<long>("SELECT nextval(pg_get_serial_sequence('events', 'id'))") > removedEvent);
    }

    private static async Task<List<Dictionary<string, string?>>> RowsAsync(IStoreConnectionFactory factory)
    {
        await using var connection = await factory.OpenConnectionAsync();
        var sql = $"SELECT {string.Join(", ", EventColumns.Stored)} FROM events ORDER BY id";
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await using var reader = await command.ExecuteReaderAsync();
        var rows = new List<Dictionary<string, string?>>();
        while (await reader.ReadAsync())
        {
            rows.Add(EventColumns.Stored.Select((c, i) => (c, Value(reader, i))).ToDictionary(p => p.c, p => p.Item2));
        }
        return rows;
    }

    private static string? Value(DbDataReader reader, int i) =>
        reader.IsDBNull(i) ? null : Convert.ToString(reader.GetValue(i) is double d ? d.ToString("R", CultureInfo.InvariantCulture) : reader.GetValue(i), CultureInfo.InvariantCulture);
}
