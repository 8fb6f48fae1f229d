using Dapper;
using MapDashboard.Data;

namespace MapDashboard.Cli.Tests;

[Collection(BundledGazetteerCollection.Name)]
public class SynthCommandTests(BundledGazetteer fixture)
{
    [Fact]
    public async Task Synth_WritesTheStoreItSays_AndRefusesToOverwrite()
    {
        _ = fixture;
        var folder = Directory.CreateTempSubdirectory("mapdash-synth-").FullName;
        try
        {
            var db = Path.Combine(folder, "scale.db");
            var output = new StringWriter();
            Assert.Equal(0, await CliApp.RunAsync(["synth", "--events", "2500", "--db", db, "--seed", "4", "--from", "2015-01-01", "--to", "2016-12-31"], output, new StringWriter()));
            await using (var connection = await new SqliteConnectionFactory(db, readOnly: true).OpenAsync())
            {
                Assert.Equal(2500, await connection.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM events"));
                Assert.True(string.CompareOrdinal(await connection.ExecuteScalarAsync<string>("SELECT MIN(date_start) FROM events"), "2015-01-01") >= 0);
                Assert.True(string.CompareOrdinal(await connection.ExecuteScalarAsync<string>("SELECT MAX(date_start) FROM events"), "2016-12-31") <= 0);
            }
            Assert.StartsWith("2,500 events", output.ToString());

            var errors = new StringWriter();
            Assert.Equal(1, await CliApp.RunAsync(["synth", "--events", "10", "--db", db], new StringWriter(), errors));
            Assert.Contains("already exists", errors.ToString());
            var badDate = new StringWriter();
            Assert.Equal(2, await CliApp.RunAsync(["synth", "--events", "10", "--db", Path.Combine(folder, "x.db"), "--from", "2015-02-30"], new StringWriter(), badDate));
            Assert.Contains("not a yyyy-MM-dd date", badDate.ToString());
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public async Task SynthIntoPostgres_IsRefused_WithTheWayThere()
    {
        var errors = new StringWriter();

        Assert.Equal(2, await CliApp.RunAsync(["synth", "--events", "10", "--db", "postgres://me@127.0.0.1:1/scale"], new StringWriter(), errors));

        Assert.Equal("synth: --db must be a SQLite file: synth into SQLite, then copy it with ./mapdash migrate --from FILE --to postgres://...", errors.ToString().Trim());
    }
}
