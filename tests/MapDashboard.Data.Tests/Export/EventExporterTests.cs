using System.Text.Json;
using System.Xml.Linq;
using Dapper;
using MapDashboard.Core.Actors;
using MapDashboard.Data.Export;
using MapDashboard.Data.Gazetteer;
using MapDashboard.Data.Store;
using MapDashboard.Data.Synth;
using MapDashboard.Data.Tests.Gazetteer;
using Microsoft.VisualBasic.FileIO;

namespace MapDashboard.Data.Tests.Export;

[Collection(BundledGazetteerCollection.Name)]
public class EventExporterTests
{
    private static readonly EventQuery Window = new() { From = new DateOnly(2014, 1, 1), To = new DateOnly(2014, 6, 30) };

    private static async Task<TempDatabase> StoreAsync()
    {
        var db = new TempDatabase("export.db");
        var gazetteer = await GazetteerBuilder.EnsureBuiltAsync(RepositoryLayout.Discover()!);
        await new SyntheticStoreGenerator(gazetteer, FactionCatalogue.LoadDefault()).GenerateAsync(db.Path, 2000, seed: 2);
        await using var connection = await db.Factory.OpenAsync();
        // Hostile text from an article: a spreadsheet formula, quotes, a line break and markup, on the first event of the
        // export window (which months a seeded store fills depends on how many places the gazetteer holds).
        var id = await connection.ExecuteScalarAsync<long>("SELECT id FROM events WHERE date_start BETWEEN '2014-01-01' AND '2014-06-30' ORDER BY id LIMIT 1");
        await connection.ExecuteAsync("UPDATE events SET place_name = '=HYPERLINK(\"http://x\",\"y\")' WHERE id = @id", new { id });
        await connection.ExecuteAsync("UPDATE event_sources SET excerpt = 'He said \"<b>go</b>\",\nthen left.' WHERE event_id = @id", new { id });
        return db;
    }

    private static async Task<(string Text, long Count)> ExportAsync(TempDatabase db, ExportFormat format, EventQuery query)
    {
        using var stream = new MemoryStream();
        var count = await new EventExporter(new SqliteConnectionFactory(db.Path, readOnly: true), FactionCatalogue.LoadDefault()).ExportAsync(query, format, stream);
        return (System.Text.Encoding.UTF8.GetString(stream.ToArray()), count);
    }

    [Fact]
    public async Task Csv_HasAcledColumns_OneRowPerEvent_AndFormulasEscaped()
    {
        using var db = await StoreAsync();
        var (text, count) = await ExportAsync(db, ExportFormat.Csv, Window);

        using var parser = new TextFieldParser(new StringReader(text)) { HasFieldsEnclosedInQuotes = true };
        parser.SetDelimiters(",");
        var header = parser.ReadFields()!;
        var rows = new List<string[]>();
        while (!parser.EndOfData)
        {
            rows.Add(parser.ReadFields()!);
        }

        Assert.Equal(EventExporter.CsvColumns, header);
        Assert.Equal(["event_id_cnty", "event_date", "year", "time_precision", "disorder_type", "event_type", "sub_event_type", "actor1", "assoc_actor_1"], header[..9]);
        int Col(string name) => Array.IndexOf(header, name);
        var expected = await new EventQueries(new SqliteConnectionFactory(db.Path, readOnly: true)).CountAsync(Window);
        Assert.Equal(expected, count);
        Assert.Equal(expected, rows.Count);
        Assert.All(rows, r => Assert.Equal(header.Length, r.Length));
        Assert.All(rows, r => Assert.Equal("2014", r[Col("year")]));
        Assert.All(rows, r => Assert.InRange(double.Parse(r[Col("latitude")], System.Globalization.CultureInfo.InvariantCulture), 32, 37.5));
        var hostile = rows.Single(r => r[Col("location")].Contains("HYPERLINK"));
        Assert.StartsWith("'=", hostile[Col("location")]);
        Assert.Equal("He said \"<b>go</b>\",\nthen left.", hostile[Col("notes")]);
        Assert.Contains(rows, r => r[Col("actor1")] == "Military Forces of Syria (2000-2024)");
    }

    [Fact]
    public async Task GeoJson_IsAFeatureCollectionOfThePoints()
    {
        using var db = await StoreAsync();
        var (text, count) = await ExportAsync(db, ExportFormat.GeoJson, Window with { Types = ["Battles"] });

        using var json = JsonDocument.Parse(text);
        var features = json.RootElement.GetProperty("features").EnumerateArray().ToList();
        Assert.Equal("FeatureCollection", json.RootElement.GetProperty("type").GetString());
        Assert.Equal(count, features.Count);
        Assert.True(count > 0);
        Assert.All(features, f => Assert.Equal("Battles", f.GetProperty("properties").GetProperty("event_type").GetString()));
        Assert.All(features, f => Assert.InRange(f.GetProperty("geometry").GetProperty("coordinates")[0].GetDouble(), 35.5, 42.5));
    }

    [Fact]
    public async Task Kml_HasAPlacemarkPerEvent_WithTheExcerptAsText()
    {
        using var db = await StoreAsync();
        var (text, count) = await ExportAsync(db, ExportFormat.Kml, Window);

        var kml = XDocument.Parse(text);
        XNamespace ns = "http://www.opengis.net/kml/2.2";
        var placemarks = kml.Descendants(ns + "Placemark").ToList();
        Assert.Equal(count, placemarks.Count);
        var hostile = placemarks.Single(p => p.Element(ns + "name")!.Value.Contains("HYPERLINK"));
        Assert.Contains("<b>go</b>", hostile.Element(ns + "description")!.Value);
        Assert.Empty(hostile.Descendants("b"));
        Assert.All(placemarks, p => Assert.Matches(@"^\d+(\.\d+)?,\d+(\.\d+)?$", p.Descendants(ns + "coordinates").Single().Value));
        Assert.All(placemarks, p => Assert.NotNull(p.Element(ns + "TimeStamp")));
    }

    [Fact]
    public async Task EmptyExports_AreStillValidFiles()
    {
        using var db = await StoreAsync();
        var (csv, csvCount) = await ExportAsync(db, ExportFormat.Csv, new EventQuery { From = new DateOnly(1990, 1, 1), To = new DateOnly(1990, 1, 2) });
        var (geojson, _) = await ExportAsync(db, ExportFormat.GeoJson, new EventQuery { From = new DateOnly(1990, 1, 1), To = new DateOnly(1990, 1, 2) });

        Assert.Equal(0, csvCount);
        Assert.StartsWith("event_id_cnty,event_date", csv);
        Assert.Empty(JsonDocument.Parse(geojson).RootElement.GetProperty("features").EnumerateArray());
        Assert.Equal(ExportFormat.GeoJson, EventExporter.ParseFormat("GeoJSON"));
        Assert.Null(EventExporter.ParseFormat("xlsx"));
    }
}
