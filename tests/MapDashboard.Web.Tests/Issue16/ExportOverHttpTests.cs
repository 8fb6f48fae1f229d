using System.Text.Json;
using System.Xml.Linq;
using Dapper;
using MapDashboard.Core.Actors;
using MapDashboard.Data;
using MapDashboard.Data.Gazetteer;
using MapDashboard.Data.Synth;
using Microsoft.VisualBasic.FileIO;

namespace MapDashboard.Web.Tests.Issue16;

/// <summary>Issue 16.1: an export of several megabytes arrives whole over real HTTP, in every format.</summary>
public sealed class ExportOverHttpTests
{
    [Fact]
    public async Task Issue16_SeveralMegabyteExport_ArrivesWhole_OverKestrel_InEveryFormat()
    {
        await using var app = new Issue16App();
        var gazetteer = await GazetteerBuilder.EnsureBuiltAsync(RepositoryLayout.Discover()!);
        await new SyntheticStoreGenerator(gazetteer, FactionCatalogue.LoadDefault()).GenerateAsync(app.Database, 12_000, seed: 16);
        long events;
        await using (var connection = await new SqliteConnectionFactory(app.Database).OpenAsync())
        {
            events = await connection.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM events WHERE deleted = 0");
            // Long excerpts make the export several megabytes.
            await connection.ExecuteAsync("UPDATE event_sources SET excerpt = excerpt || ' ' || printf('%.300c', 'x')");
        }
        using var client = app.OverKestrel();

        using var csvResponse = await client.GetAsync("/api/export?format=csv", HttpCompletionOption.ResponseHeadersRead);
        var csv = await csvResponse.Content.ReadAsStringAsync();
        var geojson = await client.GetStringAsync("/api/export?format=geojson");
        var kml = await client.GetStringAsync("/api/export?format=kml");

        Assert.True(csv.Length > 3_000_000, $"the CSV export is only {csv.Length:N0} characters");
        Assert.Equal(csvResponse.Content.Headers.ContentLength, System.Text.Encoding.UTF8.GetByteCount(csv));
        using var parser = new TextFieldParser(new StringReader(csv)) { HasFieldsEnclosedInQuotes = true };
        parser.SetDelimiters(",");
        var header = parser.ReadFields()!;
        var ids = new HashSet<string>();
        while (!parser.EndOfData)
        {
            var row = parser.ReadFields()!;
            Assert.Equal(header.Length, row.Length);
            ids.Add(row[0]);
        }
        Assert.Equal(events, ids.Count);
        using var json = JsonDocument.Parse(geojson);
        Assert.Equal(events, json.RootElement.GetProperty("features").GetArrayLength());
        XNamespace ns = "http://www.opengis.net/kml/2.2";
        Assert.Equal(events, XDocument.Parse(kml).Descendants(ns + "Placemark").Count());
    }
}
