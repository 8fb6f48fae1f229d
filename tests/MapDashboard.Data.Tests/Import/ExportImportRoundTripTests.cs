using Dapper;
using MapDashboard.Core.Actors;
using MapDashboard.Data.Export;
using MapDashboard.Data.Gazetteer;
using MapDashboard.Data.Import;
using MapDashboard.Data.Store;
using MapDashboard.Data.Synth;
using MapDashboard.Data.Tests.Gazetteer;

namespace MapDashboard.Data.Tests.Import;

[Collection(BundledGazetteerCollection.Name)]
public class ExportImportRoundTripTests
{
    [Fact]
    public async Task OurCsvExport_ImportsBack_WithTheSameCountCoordinatesDatesAndTypes()
    {
        using var db = new TempDatabase("roundtrip.db");
        var gazetteer = await GazetteerBuilder.EnsureBuiltAsync(RepositoryLayout.Discover()!);
        await new SyntheticStoreGenerator(gazetteer, FactionCatalogue.LoadDefault()).GenerateAsync(db.Path, 1500, seed: 5);
        await using (var connection = await db.Factory.OpenAsync())
        {
            // Text a spreadsheet would run as a formula is escaped by the export and must read back as it was.
            await connection.ExecuteAsync("UPDATE events SET place_name = '=SUM(A1)' WHERE id = (SELECT MIN(id) FROM events WHERE date_start BETWEEN '2015-03-01' AND '2015-03-31')");
        }
        var window = new EventQuery { From = new DateOnly(2015, 1, 1), To = new DateOnly(2015, 12, 31) };
        var csv = Path.Combine(db.Folder, "export.csv");
        long exported;
        await using (var output = File.Create(csv))
        {
            exported = await new EventExporter(new SqliteConnectionFactory(db.Path, readOnly: true), FactionCatalogue.LoadDefault()).ExportAsync(window, ExportFormat.Csv, output);
        }

        using var target = new TempDatabase("imported.db");
        var report = await new AcledImporter(target.Factory).ImportFileAsync(csv);

        Assert.True(exported > 100, $"only {exported} events exported");
        Assert.Empty(report.Errors);
        Assert.Equal(exported, report.Imported);
        var original = (await new EventQueries(new SqliteConnectionFactory(db.Path, readOnly: true)).FindAsync(window with { Limit = 100_000 }))
            .ToDictionary(e => $"SYR{e.Id}");
        var imported = await new ImportedEventQueries(new SqliteConnectionFactory(target.Path, readOnly: true)).FindAsync(new ImportedEventQuery { Limit = 100_000 });
        Assert.Equal(original.Count, imported.Count);
        Assert.All(imported, i =>
        {
            var e = original[i.EventId];
            Assert.Equal(e.Lat!.Value, i.Lat, 0.000006); // the export writes 5 decimals
            Assert.Equal(e.Lon!.Value, i.Lon, 0.000006);
            Assert.Equal(e.DateStart, i.EventDate);
            Assert.Equal((e.Type, e.SubType, e.PlaceName), (i.Type, i.SubType!, i.Location!));
        });
        Assert.Contains(imported, i => i.Location == "=SUM(A1)");
        Assert.Equal(imported.Count, await new ImportedEventQueries(target.Factory).CountAsync(new ImportedEventQuery { From = window.From, To = window.To }));
        Assert.Equal(original.Values.Select(e => e.DateStart).Min(), imported.Min(i => i.EventDate), StringComparer.Ordinal);
    }
}
