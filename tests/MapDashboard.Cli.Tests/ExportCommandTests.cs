using System.Text.Json;

namespace MapDashboard.Cli.Tests;

[Collection(BundledGazetteerCollection.Name)]
public class ExportCommandTests(BundledGazetteer fixture)
{
    private static async Task<string> RunAsync(string[] args)
    {
        var output = new StringWriter();
        Assert.Equal(0, await CliApp.RunAsync(args, output, new StringWriter()));
        return output.ToString();
    }

    [Fact]
    public async Task Export_WritesTheFilteredEvents_AndExplainsBadArguments()
    {
        var folder = Directory.CreateTempSubdirectory("mapdash-export-").FullName;
        try
        {
            var db = Path.Combine(folder, "store.db");
            Assert.Equal(0, await CliApp.RunAsync(["ingest", fixture.Layout.Seeds, "--db", db], new StringWriter(), new StringWriter()));
            var file = Path.Combine(folder, "events.geojson");

            var output = new StringWriter();
            Assert.Equal(0, await CliApp.RunAsync(["export", "--format", "geojson", "--from", "2017-01-01", "--to", "2017-01-31", "--actor", "saa", "--db", db, "--out", file], output, new StringWriter()));
            using var json = JsonDocument.Parse(File.ReadAllText(file));
            var features = json.RootElement.GetProperty("features").EnumerateArray().ToList();
            Assert.NotEmpty(features);
            Assert.Contains($"{features.Count} events written", output.ToString());
            Assert.All(features, f => Assert.StartsWith("2017-01", f.GetProperty("properties").GetProperty("event_date").GetString()));

            var csv = new StringWriter();
            Assert.Equal(0, await CliApp.RunAsync(["export", "--format", "csv", "--db", db], csv, new StringWriter()));
            Assert.StartsWith("event_id_cnty,event_date", csv.ToString());

            var errors = new StringWriter();
            Assert.Equal(2, await CliApp.RunAsync(["export", "--format", "xlsx", "--db", db], new StringWriter(), errors));
            Assert.Contains("--format must be csv, geojson or kml", errors.ToString());
            var actorError = new StringWriter();
            Assert.Equal(2, await CliApp.RunAsync(["export", "--format", "csv", "--actor", "nobody", "--db", db], new StringWriter(), actorError));
            Assert.Contains("unknown actor 'nobody'", actorError.ToString());

            // The control areas at a date: the seeds' captures before 2017-02-01 are drawn in their sides' colours.
            var control = new StringWriter();
            var controlLog = new StringWriter();
            Assert.Equal(0, await CliApp.RunAsync(["export", "--format", "geojson", "--control-at", "2017-02-01", "--db", db], control, controlLog));
            using var areas = JsonDocument.Parse(control.ToString());
            Assert.Equal("FeatureCollection", areas.RootElement.GetProperty("type").GetString());
            Assert.NotEmpty(areas.RootElement.GetProperty("features").EnumerateArray());
            Assert.Matches("control areas at 2017-02-01: [1-9][0-9]* places of known control", controlLog.ToString());
            using var early = JsonDocument.Parse(await RunAsync(["export", "--format", "geojson", "--control-at", "2000-01-01", "--db", db]));
            Assert.Empty(early.RootElement.GetProperty("features").EnumerateArray());
            var kmlError = new StringWriter();
            Assert.Equal(2, await CliApp.RunAsync(["export", "--format", "kml", "--control-at", "2017-02-01", "--db", db], new StringWriter(), kmlError));
            Assert.Contains("use --format geojson", kmlError.ToString());
            var dateError = new StringWriter();
            Assert.Equal(2, await CliApp.RunAsync(["export", "--format", "geojson", "--control-at", "yesterday", "--db", db], new StringWriter(), dateError));
            Assert.Contains("'yesterday' is not a date", dateError.ToString());
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            Directory.Delete(folder, recursive: true);
        }
    }
}
