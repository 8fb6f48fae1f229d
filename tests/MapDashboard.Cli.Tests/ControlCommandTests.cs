using System.Globalization;
using MapDashboard.Core.Control;
using MapDashboard.Data;
using MapDashboard.Data.Control;

namespace MapDashboard.Cli.Tests;

/// <summary>
/// `mapdash control import` over the seeds and the bundled snapshot (issue #20): the snapshot colours places from its
/// date on, never before, and a village near a town changes the village, not the town.
/// </summary>
[Collection(BundledGazetteerCollection.Name)]
public class ControlCommandTests(BundledGazetteer fixture)
{
    private static readonly DateOnly SnapshotDate = new(2017, 7, 15);

    /// <summary>The bundled snapshot's rows within about 30 km of al-Bab (the whole file takes minutes to match on a busy machine).</summary>
    private string SnapshotNearAlBab(string folder)
    {
        var lines = File.ReadAllLines(Path.Combine(fixture.Layout.ControlFolder, "syria_control_2017.csv"));
        var near = lines.Skip(1).Where(line =>
        {
            var fields = line.Split(',');
            return double.TryParse(fields[0], CultureInfo.InvariantCulture, out var lat) && double.TryParse(fields[1], CultureInfo.InvariantCulture, out var lon)
                && Math.Abs(lat - 36.37) < 0.3 && Math.Abs(lon - 37.52) < 0.3;
        });
        var path = Path.Combine(folder, "near-al-bab.csv");
        File.WriteAllLines(path, lines.Take(1).Concat(near));
        return path;
    }

    [Fact]
    public async Task Seed000AndSnapshot_AlBabIsNotGovernmentIn2017January_TheLocatedVillagesAre_AndTheSnapshotColoursNothingBeforeItsDate()
    {
        var folder = Directory.CreateTempSubdirectory("mapdash-control-").FullName;
        try
        {
            var db = Path.Combine(folder, "store.db");
            var seed = Directory.GetFiles(fixture.Layout.Seeds, "000_*").Single();
            Assert.Equal(0, await CliApp.RunAsync(["ingest", seed, "--db", db], new StringWriter(), new StringWriter()));
            var output = new StringWriter();
            Assert.Equal(0, await CliApp.RunAsync(["control", "import", SnapshotNearAlBab(folder), "--as-of", "2017-07-15", "--db", db], output, new StringWriter()));
            Assert.Contains("at gazetteer places", output.ToString());
            var again = new StringWriter();
            Assert.Equal(0, await CliApp.RunAsync(["control", "import", SnapshotNearAlBab(folder), "--as-of", "2017-07-15", "--if-no-baseline", "--db", db], again, new StringWriter()));
            Assert.Contains("nothing imported", again.ToString());

            var periods = await new ControlPeriodStore(new SqliteConnectionFactory(db)).ListAsync();
            var timeline = new ControlTimeline(ControlPeriodChanges.From(periods));
            string? HolderAt(string placeId, DateOnly date) => timeline.At(date).Where(h => h.Latest.PlaceId == placeId).Select(h => h.Latest.Controller).SingleOrDefault();

            var jan30 = new DateOnly(2017, 1, 30);
            Assert.NotEqual("saa", HolderAt("ocha:C1202", jan30)); // al-Bab
            Assert.Equal("saa", HolderAt("ocha:C1229", jan30)); // Sheikh Dan
            Assert.Equal("saa", HolderAt("ocha:C1222", jan30)); // Tuman (Toman)
            Assert.DoesNotContain(timeline.At(SnapshotDate.AddDays(-1)), h => h.Latest.Source == "baseline");
            Assert.All(timeline.At(SnapshotDate.AddDays(-1)), h => Assert.Equal("article", h.Latest.Source));
            Assert.Equal("rebels", HolderAt("ocha:C1202", SnapshotDate)); // the snapshot has al-Bab held by the Turkish-backed opposition
            Assert.Contains(timeline.At(SnapshotDate), h => h.Latest is { Source: "baseline", Evidence: "snapshot:near-al-bab.csv" });

            // The export at a date carries the areas and each place's periods with their sources.
            var export = Path.Combine(folder, "control.geojson");
            Assert.Equal(0, await CliApp.RunAsync(["export", "--format", "geojson", "--control-at", "2017-07-15", "--db", db, "--out", export], new StringWriter(), new StringWriter()));
            using var document = System.Text.Json.JsonDocument.Parse(File.ReadAllText(export));
            Assert.True(document.RootElement.GetProperty("features").GetArrayLength() > 0);
            var sheikhDan = document.RootElement.GetProperty("places").EnumerateArray().Single(p => p.GetProperty("id").GetString() == "ocha:C1229");
            Assert.Equal(["article", "baseline"], sheikhDan.GetProperty("periods").EnumerateArray().Select(p => p.GetProperty("source").GetString()).Distinct().Order());
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public async Task BadSnapshot_ExitsWithTheReason_AndBadDate_IsAUsageError()
    {
        var folder = Directory.CreateTempSubdirectory("mapdash-control-").FullName;
        try
        {
            var db = Path.Combine(folder, "store.db");
            var bad = Path.Combine(folder, "bad.csv");
            File.WriteAllText(bad, "a,b\n1,2\n");
            var errors = new StringWriter();
            Assert.Equal(1, await CliApp.RunAsync(["control", "import", bad, "--as-of", "2017-07-15", "--db", db], new StringWriter(), errors));
            Assert.Contains("bad.csv: not a control snapshot", errors.ToString());
            var usage = new StringWriter();
            Assert.Equal(2, await CliApp.RunAsync(["control", "import", bad, "--as-of", "July 2017", "--db", db], new StringWriter(), usage));
            Assert.Contains("--as-of 'July 2017' is not a date", usage.ToString());
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            Directory.Delete(folder, recursive: true);
        }
    }
}
