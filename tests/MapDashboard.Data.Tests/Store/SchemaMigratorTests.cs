using Dapper;
using MapDashboard.Data.Store;

namespace MapDashboard.Data.Tests.Store;

public class SchemaMigratorTests
{
    [Fact]
    public async Task FreshDatabase_AppliesEveryEmbeddedScript()
    {
        using var db = new TempDatabase();
        await using var connection = await db.Factory.OpenAsync();
        var migrator = new SchemaMigrator();

        var applied = await migrator.MigrateAsync(connection);

        Assert.NotEmpty(applied);
        Assert.Equal(migrator.LatestVersion, applied[^1]);
        var tables = (await connection.QueryAsync<string>("SELECT name FROM sqlite_master WHERE type = 'table'")).ToHashSet();
        Assert.Superset(new HashSet<string> { "articles", "place_mentions", "events", "event_sources", "event_actors", "control_changes", "corrections", "events_rtree" }, tables);
        Assert.Equal("wal", await connection.ExecuteScalarAsync<string>("PRAGMA journal_mode"));
    }

    [Fact]
    public async Task SecondRun_AppliesNothing()
    {
        using var db = new TempDatabase();
        await using var connection = await db.Factory.OpenAsync();
        var migrator = new SchemaMigrator();
        await migrator.MigrateAsync(connection);

        var applied = await migrator.MigrateAsync(connection);

        Assert.Empty(applied);
    }

    [Fact]
    public async Task FailingScript_RollsBackAndNamesTheMigration()
    {
        using var db = new TempDatabase();
        await using var connection = await db.Factory.OpenAsync();
        var migrator = new SchemaMigrator(
        [
            new Migration(1, "good", "CREATE TABLE a (x INTEGER);"),
            new Migration(2, "bad", "CREATE TABLE b (y INTEGER); INSERT INTO no_such_table VALUES (1);"),
        ]);

        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => migrator.MigrateAsync(connection));

        Assert.Contains("2 (bad)", error.Message);
        var tables = (await connection.QueryAsync<string>("SELECT name FROM sqlite_master WHERE type = 'table'")).ToList();
        Assert.Contains("a", tables);
        Assert.DoesNotContain("b", tables);
        Assert.Equal(1L, await connection.ExecuteScalarAsync<long>("SELECT MAX(version) FROM schema_migrations"));
    }

    [Fact]
    public async Task NewerDatabase_IsRefused()
    {
        using var db = new TempDatabase();
        await using var connection = await db.Factory.OpenAsync();
        await new SchemaMigrator([new Migration(1, "one", "SELECT 1;"), new Migration(2, "two", "SELECT 1;")]).MigrateAsync(connection);

        var error = await Assert.ThrowsAsync<InvalidOperationException>(
            () => new SchemaMigrator([new Migration(1, "one", "SELECT 1;")]).MigrateAsync(connection));

        Assert.Contains("newer than this build", error.Message);
    }

    [Fact]
    public async Task GapInNumbers_IsFine_AndAScriptThatLandsLaterWithALowerNumberIsStillApplied()
    {
        using var db = new TempDatabase();
        await using var connection = await db.Factory.OpenAsync();
        // A branch ships 0004 and 0006; a parallel branch's 0005 lands afterwards.
        var first = await new SchemaMigrator(
        [
            new Migration(4, "four", "CREATE TABLE four (x INTEGER);"),
            new Migration(6, "six", "CREATE TABLE six (x INTEGER);"),
        ]).MigrateAsync(connection);
        var later = await new SchemaMigrator(
        [
            new Migration(4, "four", "CREATE TABLE four (x INTEGER);"),
            new Migration(5, "five", "CREATE TABLE five (x INTEGER);"),
            new Migration(6, "six", "CREATE TABLE six (x INTEGER);"),
        ]).MigrateAsync(connection);

        Assert.Equal([4L, 6L], first);
        Assert.Equal([5L], later);
        var tables = (await connection.QueryAsync<string>("SELECT name FROM sqlite_master WHERE type = 'table'")).ToHashSet();
        Assert.Superset(new HashSet<string> { "four", "five", "six" }, tables);
    }

    [Fact]
    public async Task EmbeddedScripts_IncludeTheImportedEventsTable()
    {
        using var db = new TempDatabase();
        await using var connection = await db.Factory.OpenAsync();
        await new SchemaMigrator().MigrateAsync(connection);

        var columns = (await connection.QueryAsync<string>("SELECT name FROM pragma_table_info('imported_events')")).ToHashSet();

        Assert.Superset(new HashSet<string> { "dataset", "event_id", "day", "lat", "lon", "fatalities", "import_file", "line", "imported_at" }, columns);
        Assert.Contains(6L, await connection.QueryAsync<long>("SELECT version FROM schema_migrations"));
    }
}
