using MapDashboard.Data;
using MapDashboard.Data.Store;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Data.Sqlite;

namespace MapDashboard.Web.Tests;

public sealed class StartupMigrationTests
{
    [Fact]
    public async Task OlderEventStore_IsMigratedWhenTheAppStarts()
    {
        var folder = Directory.CreateTempSubdirectory("mapdash-migrate-").FullName;
        var database = Path.Combine(folder, "old.db");
        try
        {
            var all = SchemaMigrator.LoadEmbedded(typeof(SchemaMigrator).Assembly, "MapDashboard.Data.Store.Migrations.");
            await using (var connection = await new SqliteConnectionFactory(database).OpenAsync())
            {
                await new SchemaMigrator(all.Where(m => m.Version == 1)).MigrateAsync(connection);
            }

            await using (var factory = new WebApplicationFactory<Program>().WithWebHostBuilder(b => b.UseSetting("MapDashboard:EventDatabase", database)))
            {
                using var client = factory.CreateClient();
                var response = await client.GetAsync("/api/events");
                Assert.True(response.IsSuccessStatusCode);
            }

            await using var check = await new SqliteConnectionFactory(database, readOnly: true).OpenAsync();
            await using var command = check.CreateCommand();
            command.CommandText = "SELECT MAX(version) FROM schema_migrations";
            Assert.Equal(new SchemaMigrator().LatestVersion, (long)(await command.ExecuteScalarAsync())!);
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            Directory.Delete(folder, recursive: true);
        }
    }
}
