using Dapper;
using MapDashboard.Data;

namespace MapDashboard.Cli.Tests;

[Collection(BundledGazetteerCollection.Name)]
public class IngestCommandTests(BundledGazetteer fixture)
{
    [Fact]
    public async Task Seeds_LandOnceWithTheirMentions_AndBadFilesAreSkipped()
    {
        var folder = Directory.CreateTempSubdirectory("mapdash-ingest-").FullName;
        try
        {
            foreach (var seed in Directory.GetFiles(fixture.Layout.Seeds))
            {
                File.Copy(seed, Path.Combine(folder, Path.GetFileName(seed)));
            }
            File.WriteAllBytes(Path.Combine(folder, "zz-binary.txt"), [0x50, 0x00, 0x4B]);
            var db = Path.Combine(folder, "store.db");

            var first = new StringWriter();
            var errors = new StringWriter();
            Assert.Equal(0, await CliApp.RunAsync(["ingest", folder, "--db", db], first, errors));
            var second = new StringWriter();
            Assert.Equal(0, await CliApp.RunAsync(["ingest", folder, "--db", db], second, new StringWriter()));

            Assert.StartsWith("5 added, 0 re-processed, 0 unchanged, 1 skipped", first.ToString());
            Assert.Contains("zz-binary.txt: binary content", errors.ToString());
            Assert.StartsWith("0 added, 0 re-processed, 5 unchanged, 1 skipped", second.ToString());
            await using var connection = await new SqliteConnectionFactory(db).OpenAsync();
            Assert.Equal(5L, await connection.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM articles"));
            Assert.Equal(92L, await connection.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM place_mentions"));
            Assert.Equal(2L, await connection.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM articles WHERE published IS NULL"));
            Assert.True(await connection.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM events") >= 20);
            Assert.True(await connection.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM control_changes WHERE new_controller = 'saa' AND verb = 'liberated'") >= 4);
            var tuman = await connection.QuerySingleAsync<(long Resolved, string Reason)>("SELECT resolved, reason FROM place_mentions WHERE text = 'Tuman'");
            Assert.Equal(0L, tuman.Resolved);
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            Directory.Delete(folder, recursive: true);
        }
    }
}
