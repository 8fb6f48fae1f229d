using MapDashboard.Core.Actors;
using MapDashboard.Core.Events;
using MapDashboard.Data.Export;
using MapDashboard.Data.Store;
using Microsoft.VisualBasic.FileIO;

namespace MapDashboard.Data.Tests.Export;

/// <summary>
/// The CSV's <c>source</c> names outlets, as ACLED's does. A report with no known outlet is named by its web site or its
/// file name; the local directory it was read from is never exported.
/// </summary>
public sealed class ExportSourceTests
{
    private static StoredArticle Article(string hash, string source, string? outlet, string excerpt) => new()
    {
        ContentHash = hash, Source = source, Outlet = outlet, Title = "Invented", Published = new DateOnly(2021, 3, 2), PublishedPrecision = "day",
        OriginalText = excerpt, CleanedText = excerpt, OffsetMapJson = "[]", PipelineVersion = "1", Mentions = [],
        Events =
        [
            new StoredEvent
            {
                DateStart = new DateOnly(2021, 3, 1), DatePrecision = "day", Type = EventType.Battles, SubType = EventType.ArmedClash, Actor1 = "saa",
                PlaceId = "gn:" + hash, PlaceName = "Place " + hash, Lat = 35, Lon = 38, Precision = 1, Confidence = 0.8, Excerpt = excerpt,
                ExcerptStart = 0, ExcerptEnd = excerpt.Length,
            },
        ],
    };

    [Fact]
    public async Task Csv_Source_IsTheOutlet_ElseTheSiteOrFileName_NeverALocalPath()
    {
        using var db = new TempDatabase("export-source.db");
        var store = new EventStore(db.Factory);
        await store.InitializeAsync();
        await store.IngestAsync(Article("a", "/home/analyst/private/cases/report-7.txt", null, "Fighting went on in the first place."));
        await store.IngestAsync(Article("b", "https://www.invented-news.example/2021/03/report", null, "Fighting went on in the second place."));
        await store.IngestAsync(Article("c", "/home/analyst/private/cases/report-9.txt", "Invented Wire", "Fighting went on in the third place."));

        using var stream = new MemoryStream();
        await new EventExporter(new SqliteConnectionFactory(db.Path, readOnly: true), FactionCatalogue.LoadDefault())
            .ExportAsync(new EventQuery(), ExportFormat.Csv, stream);
        var text = System.Text.Encoding.UTF8.GetString(stream.ToArray());
        using var parser = new TextFieldParser(new StringReader(text)) { HasFieldsEnclosedInQuotes = true };
        parser.SetDelimiters(",");
        var header = parser.ReadFields()!;
        var source = Array.IndexOf(header, "source");
        var location = Array.IndexOf(header, "location");
        var bySite = new Dictionary<string, string>();
        while (!parser.EndOfData)
        {
            var fields = parser.ReadFields()!;
            bySite[fields[location]] = fields[source];
        }

        Assert.Equal("report-7.txt", bySite["Place a"]);
        Assert.Equal("invented-news.example", bySite["Place b"]);
        Assert.Equal("Invented Wire", bySite["Place c"]);
        Assert.DoesNotContain("/home/analyst", text, StringComparison.Ordinal);
    }
}
