using MapDashboard.Core.Events;
using MapDashboard.Data;
using MapDashboard.Data.Store;
using MapDashboard.Tests.Shared;

namespace MapDashboard.Web.Tests.Dashboard;

/// <summary>
/// The dashboard's count of unlocated mentions in a window, kept per state of the store (a slider step no longer joins
/// every unresolved mention to its article): the same answer as the store's own count, for any window, until the store changes.
/// </summary>
public sealed class UnresolvedMentionCountsTests : IDisposable
{
    private readonly string _path = Path.Combine(Path.GetTempPath(), $"md-unresolved-{Guid.NewGuid():N}.db");

    private static FixtureEvent Shelling(string sentence, string place, DateOnly date) =>
        new(sentence, place, 35.1, 36.7, date, EventType.RemoteViolence, EventType.Shelling, "saa", "fsa");

    private static FixtureStore Articles() => new FixtureStore()
        .Article("Shelling on the ridge", "Invented Wire", new DateOnly(2019, 3, 1),
            [Shelling("Artillery hit Kafr Nabudah near the farms of Upper Mornfield and Lowbrook.", "Kafr Nabudah", new DateOnly(2019, 3, 1))],
            "Upper Mornfield", "Lowbrook")
        .Article("Night raid", "Invented Wire", new DateOnly(2019, 3, 15),
            [Shelling("Rockets fell on Jisr al-Shughur and on the hamlet of Greyhollow overnight.", "Jisr al-Shughur", new DateOnly(2019, 3, 14))],
            "Greyhollow")
        .Article("Convoy struck", "Other Wire", new DateOnly(2019, 4, 2),
            [Shelling("A convoy was shelled outside Saraqib, near Tamberley crossroads.", "Saraqib", new DateOnly(2019, 4, 2))],
            "Tamberley")
        .Article("Undated report", "Other Wire", null,
            [Shelling("Mortars struck Ariha and the outskirts of Westmarch.", "Ariha", new DateOnly(2019, 4, 2))],
            "Westmarch");

    [Fact]
    public async Task EveryWindow_CountsAsTheStoreDoes_EdgesIncluded_UndatedArticlesOnlyWithoutBounds()
    {
        var factory = new SqliteConnectionFactory(_path);
        await Articles().WriteAsync(factory);
        var queries = new EventQueries(factory);
        var counts = new UnresolvedMentionCounts(queries, () => 1);
        DateOnly?[] days = [null, new(2019, 2, 28), new(2019, 3, 1), new(2019, 3, 2), new(2019, 3, 15), new(2019, 3, 16), new(2019, 4, 2), new(2019, 5, 1)];

        foreach (var from in days)
        {
            foreach (var to in days)
            {
                Assert.Equal(await queries.CountUnresolvedMentionsAsync(from, to), await counts.CountAsync(from, to));
            }
        }
        Assert.Equal(5, await counts.CountAsync(null, null));
        Assert.Equal(3, await counts.CountAsync(new DateOnly(2019, 3, 1), new DateOnly(2019, 3, 15)));
        Assert.Equal(0, await counts.CountAsync(new DateOnly(2019, 3, 16), new DateOnly(2019, 3, 20)));
    }

    [Fact]
    public async Task ANewStoreStamp_ReadsTheCountsAgain_AndOneArticle_IsAskedOfTheStore()
    {
        var factory = new SqliteConnectionFactory(_path);
        await Articles().WriteAsync(factory);
        var queries = new EventQueries(factory);
        long stamp = 1;
        var counts = new UnresolvedMentionCounts(queries, () => stamp);
        var april = (From: new DateOnly(2019, 4, 1), To: new DateOnly(2019, 4, 30));
        Assert.Equal(1, await counts.CountAsync(april.From, april.To));

        await new FixtureStore()
            .Article("Second convoy", "Invented Wire", new DateOnly(2019, 4, 20),
                [Shelling("Shells landed in Maarat al-Numan and by the mill at Fennick Ford.", "Maarat al-Numan", new DateOnly(2019, 4, 20))], "Fennick Ford")
            .WriteAsync(factory);

        Assert.Equal(1, await counts.CountAsync(april.From, april.To)); // the same stamp: the kept counts
        stamp = 2;
        Assert.Equal(2, await counts.CountAsync(april.From, april.To));
        await using var connection = await factory.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT id FROM articles WHERE title = 'Second convoy'";
        var article = (long)(await command.ExecuteScalarAsync())!;
        Assert.Equal(1, await counts.CountAsync(april.From, april.To, article));
        Assert.Equal(0, await counts.CountAsync(new DateOnly(2019, 3, 1), new DateOnly(2019, 3, 31), article));
    }

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        foreach (var file in new[] { _path, _path + "-wal", _path + "-shm" })
        {
            File.Delete(file);
        }
    }
}
