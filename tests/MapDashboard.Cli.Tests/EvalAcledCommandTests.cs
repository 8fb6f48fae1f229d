using System.Text.Json;

namespace MapDashboard.Cli.Tests;

/// <summary>`eval acled` on a small CSV of invented reports: the agreement figures come from the rows, not from a fixed answer.</summary>
[Collection(BundledGazetteerCollection.Name)]
public class EvalAcledCommandTests(BundledGazetteer fixture)
{
    private const string Header = "event_id_cnty,event_date,year,event_type,sub_event_type,actor1,actor2,admin1,admin2,location,latitude,longitude,geo_precision,notes,fatalities";

    private static string WriteCsv(params string[] rows)
    {
        var path = Path.Combine(Path.GetTempPath(), $"eval-acled-{Guid.NewGuid():N}.csv");
        File.WriteAllText(path, Header + "\n" + string.Join("\n", rows) + "\n");
        return path;
    }

    /// <summary>Runs `eval acled FILE --json` on the bundled gazetteer; the exit code must be 0.</summary>
    private async Task<JsonElement> RunJsonAsync(string path)
    {
        var stdout = new StringWriter();
        Assert.Equal(0, await CliApp.RunAsync(["eval", "acled", path, "--json", "--gazetteer", fixture.Layout.GazetteerDatabase], stdout, new StringWriter()));
        return JsonDocument.Parse(stdout.ToString()).RootElement;
    }

    [Fact]
    public async Task InventedRows_AgreementIsCountedPerRow()
    {
        var path = WriteCsv(
            "T1,2019-06-02,2019,Battles,Government regains territory,Military Forces of Syria (2000-),Opposition Rebels (Syria),Idlib,Idlib,Saraqib,35.8623,36.8006,1,\"Government forces captured the town of Saraqib from rebel groups after heavy fighting.\",0",
            "T2,2019-06-03,2019,Battles,Armed clash,Islamic State (Syria),QSD: Syrian Democratic Forces,Deir ez Zor,Deir ez Zor,Deir ez-Zor,35.3359,40.1408,1,\"Islamic State militants clashed with the Syrian Democratic Forces in Deir ez-Zor.\",0",
            "T3,2019-06-04,2019,Strategic developments,Other,Civilians (Syria),,Homs,Homs,Homs,34.7324,36.7137,1,\"A bakery reopened for the first time in months.\",0");
        try
        {
            var root = await RunJsonAsync(path);

            Assert.Equal(3, root.GetProperty("rows").GetInt32());
            Assert.Equal(1, root.GetProperty("territoryRows").GetInt32());
            var confusion = root.GetProperty("confusion").EnumerateArray().ToList();
            Assert.Contains(confusion, c => c.GetProperty("human").GetString() == "Other" && c.GetProperty("machine").GetString() == "(no event)");
            Assert.Equal(0.6667, root.GetProperty("eventFound").GetDouble());
            Assert.Equal(0.6667, root.GetProperty("subEventTypeAgrees").GetDouble());
            Assert.Equal(1.0, root.GetProperty("directionAgrees").GetDouble());
            Assert.Equal(0.6667, root.GetProperty("dateExact").GetDouble());
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public async Task LocationAgreement_IsAlsoGivenPerGeoPrecision()
    {
        var path = WriteCsv(
            "P1,2019-06-02,2019,Battles,Government regains territory,Military Forces of Syria (2000-),Opposition Rebels (Syria),Idlib,Idlib,Saraqib,35.8623,36.8006,1,\"Government forces captured the town of Saraqib from rebel groups after heavy fighting.\",0",
            "P2,2019-06-03,2019,Battles,Armed clash,Islamic State (Syria),QSD: Syrian Democratic Forces,Deir ez Zor,Deir ez Zor,Deir ez-Zor,35.3359,40.1408,2,\"Islamic State militants clashed with the Syrian Democratic Forces in Deir ez-Zor.\",0",
            "P3,2019-06-03,2019,Battles,Armed clash,Islamic State (Syria),QSD: Syrian Democratic Forces,Deir ez Zor,Deir ez Zor,Hajin,34.6931,40.8336,2,\"Islamic State militants clashed with the Syrian Democratic Forces in Saraqib.\",0",
            "P4,2019-06-04,2019,Strategic developments,Other,Civilians (Syria),,Homs,Homs,Homs,34.7324,36.7137,3,\"A bakery reopened for the first time in months.\",0");
        try
        {
            var byPrecision = (await RunJsonAsync(path)).GetProperty("locationByPrecision").EnumerateArray()
                .ToDictionary(p => p.GetProperty("precision").GetInt32());
            Assert.Equal([1, 2, 3], byPrecision.Keys.Order());
            Assert.Equal(1, byPrecision[1].GetProperty("rows").GetInt32());
            Assert.Equal(1.0, byPrecision[1].GetProperty("within10Km").GetDouble());
            Assert.Equal(2, byPrecision[2].GetProperty("rows").GetInt32());
            Assert.Equal(0.5, byPrecision[2].GetProperty("within10Km").GetDouble());
            Assert.Equal(2, byPrecision[2].GetProperty("placed").GetInt32());
            Assert.Equal(0, byPrecision[3].GetProperty("placed").GetInt32());

            var text = new StringWriter();
            Assert.Equal(0, await CliApp.RunAsync(["eval", "acled", path, "--gazetteer", fixture.Layout.GazetteerDatabase], text, new StringWriter()));
            Assert.Contains("geo-precision 2 (near)", text.ToString());
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public async Task OneReportCodedAtTwoPlaces_EachRowIsComparedWithItsOwnPlace()
    {
        // An invented report coded as two rows, one per town, listed in the other order than the text's: each row must be
        // compared with the coder's event at its own town (with the first event alone, one row would be 20 km off).
        const string Notes = "\"Government forces captured Saraqib from rebels. Later, IS militants clashed with the army in Maarat al-Numan.\"";
        var path = WriteCsv(
            $"S1,2019-06-02,2019,Battles,Armed clash,Islamic State (Syria),Military Forces of Syria (2000-),Idlib,Idlib,Maarat al-Numan,35.6481,36.6747,1,{Notes},0",
            $"S2,2019-06-02,2019,Battles,Government regains territory,Military Forces of Syria (2000-),Opposition Rebels (Syria),Idlib,Idlib,Saraqib,35.8623,36.8006,1,{Notes},0");
        try
        {
            var root = await RunJsonAsync(path);

            Assert.Equal(2, root.GetProperty("sharedNotesRows").GetInt32());
            Assert.Equal(1.0, root.GetProperty("locationWithin10Km").GetDouble());
            Assert.Equal(1.0, root.GetProperty("subEventTypeAgrees").GetDouble());
            Assert.Equal(1.0, root.GetProperty("actor1Agrees").GetDouble());
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public async Task TextReport_ListsEveryRowWithDetails()
    {
        var path = WriteCsv("T1,2019-06-02,2019,Battles,Armed clash,Islamic State (Syria),,Homs,Homs,Palmyra,34.5503,38.2684,1,\"Islamic State fighters clashed with the Syrian army near Palmyra.\",3");
        try
        {
            var stdout = new StringWriter();
            var code = await CliApp.RunAsync(["eval", "acled", path, "--details", "--gazetteer", fixture.Layout.GazetteerDatabase], stdout, new StringWriter());

            Assert.Equal(0, code);
            Assert.Contains("T1 2019-06-02 | human: Armed clash | islamic-state", stdout.ToString());
            Assert.Contains("event found", stdout.ToString());
            Assert.Contains("Armed clash ->", stdout.ToString());
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public async Task NotAnAcledFile_IsAClearError()
    {
        var path = Path.Combine(Path.GetTempPath(), $"eval-acled-{Guid.NewGuid():N}.csv");
        File.WriteAllText(path, "a,b\n1,2\n");
        try
        {
            var stderr = new StringWriter();
            Assert.Equal(1, await CliApp.RunAsync(["eval", "acled", path, "--gazetteer", fixture.Layout.GazetteerDatabase], new StringWriter(), stderr));
            Assert.Contains("not an ACLED-format CSV", stderr.ToString());
        }
        finally
        {
            File.Delete(path);
        }
    }
}
