using System.Text;
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

/// <summary>Issue 16.2: whatever characters an article holds, every export format stays readable and carries none that hide or break text.</summary>
[Collection(BundledGazetteerCollection.Name)]
public class ExportSanitisingTests
{
    /// <summary>Every C0 control, DEL and C1 controls, bidi controls and marks, zero-width characters, and non-characters.</summary>
    private static readonly string Hostile = "before " + new string(Enumerable.Range(0, 32).Select(i => (char)i).ToArray())
        + "\u007F\u0085\u009F \u202A\u202B\u202C\u202D\u202E\u2066\u2067\u2068\u2069\u200E\u200F\u061C \u200B\u2060\uFEFF\uFFFE\uFFFF after";

    private static bool Forbidden(char c) =>
        (c < ' ' && c is not ('\t' or '\n' or '\r')) || c is >= '\u007F' and <= '\u009F' || char.IsSurrogate(c)
        || c is (>= '\u202A' and <= '\u202E') or (>= '\u2066' and <= '\u2069') or '\u200B' or '\u200E' or '\u200F' or '\u061C' or '\u2060' or '\uFEFF' or '\uFFFE' or '\uFFFF';

    private static async Task<(TempDatabase Db, long Id)> StoreAsync()
    {
        var db = new TempDatabase("sanitise.db");
        var gazetteer = await GazetteerBuilder.EnsureBuiltAsync(RepositoryLayout.Discover()!);
        await new SyntheticStoreGenerator(gazetteer, FactionCatalogue.LoadDefault()).GenerateAsync(db.Path, 50, seed: 16);
        await using var connection = await db.Factory.OpenAsync();
        var id = await connection.ExecuteScalarAsync<long>("SELECT id FROM events WHERE lat IS NOT NULL ORDER BY id LIMIT 1");
        await connection.ExecuteAsync("UPDATE events SET place_name = @Hostile, sub_type = @Hostile WHERE id = @id", new { Hostile, id });
        await connection.ExecuteAsync("UPDATE event_sources SET excerpt = @Hostile WHERE event_id = @id", new { Hostile, id });
        await connection.ExecuteAsync("UPDATE articles SET outlet = @Hostile WHERE id IN (SELECT article_id FROM event_sources WHERE event_id = @id)", new { Hostile, id });
        return (db, id);
    }

    private static async Task<string> ExportAsync(TempDatabase db, ExportFormat format)
    {
        using var stream = new MemoryStream();
        await new EventExporter(new SqliteConnectionFactory(db.Path, readOnly: true), FactionCatalogue.LoadDefault()).ExportAsync(new EventQuery(), format, stream);
        return new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(stream.ToArray());
    }

    private static void AssertClean(string? text)
    {
        Assert.NotNull(text);
        Assert.DoesNotContain(text, Forbidden);
        Assert.StartsWith("before", text.TrimStart('='));
        Assert.EndsWith("after", text);
    }

    [Fact]
    public async Task Issue16_Kml_WithEveryControlBidiAndZeroWidthCharacter_IsWellFormed_AndClean()
    {
        var (db, id) = await StoreAsync();
        using var _ = db;
        var kml = await ExportAsync(db, ExportFormat.Kml);

        XNamespace ns = "http://www.opengis.net/kml/2.2";
        var placemark = XDocument.Parse(kml).Descendants(ns + "Placemark").Single(p => (string?)p.Attribute("id") == $"event-{id}");
        var description = placemark.Element(ns + "description")!.Value;
        Assert.DoesNotContain(description, Forbidden);
        Assert.Contains("before", description);
        Assert.DoesNotContain(placemark.Element(ns + "name")!.Value, Forbidden);
    }

    [Fact]
    public async Task Issue16_GeoJson_WithEveryControlBidiAndZeroWidthCharacter_ParsesToCleanText()
    {
        var (db, id) = await StoreAsync();
        using var _ = db;
        using var json = JsonDocument.Parse(await ExportAsync(db, ExportFormat.GeoJson));

        var properties = json.RootElement.GetProperty("features").EnumerateArray().Single(f => f.GetProperty("id").GetInt64() == id).GetProperty("properties");
        AssertClean(properties.GetProperty("notes").GetString());
        AssertClean(properties.GetProperty("location").GetString());
        AssertClean(properties.GetProperty("sub_event_type").GetString());
        AssertClean(properties.GetProperty("source").GetString());
    }

    [Fact]
    public async Task Issue16_Csv_WithEveryControlBidiAndZeroWidthCharacter_ParsesToCleanCells()
    {
        var (db, id) = await StoreAsync();
        using var _ = db;
        using var parser = new TextFieldParser(new StringReader(await ExportAsync(db, ExportFormat.Csv))) { HasFieldsEnclosedInQuotes = true, TrimWhiteSpace = false };
        parser.SetDelimiters(",");
        var header = parser.ReadFields()!.ToList();
        string[]? row = null;
        while (!parser.EndOfData && row is null)
        {
            var fields = parser.ReadFields()!;
            row = fields[header.IndexOf("mapdash_event_id")] == id.ToString(System.Globalization.CultureInfo.InvariantCulture) ? fields : null;
        }

        Assert.NotNull(row);
        Assert.Equal(header.Count, row.Length);
        AssertClean(row[header.IndexOf("notes")]);
        AssertClean(row[header.IndexOf("location")]);
        AssertClean(row[header.IndexOf("sub_event_type")]);
    }
}
