using MapDashboard.Core.Actors;
using MapDashboard.Core.Events;
using MapDashboard.Data.Export;
using MapDashboard.Data.Store;
using MapDashboard.Data.Tests.Gazetteer;
using Microsoft.VisualBasic.FileIO;

namespace MapDashboard.Data.Tests.Export;

/// <summary>
/// Issue 17.2: the CSV export has ACLED's full column set in ACLED's order, filled where derivable (country, iso and
/// admin path from the gazetteer, the derived codes, fatalities stated in the sentence) and blank where not; undated
/// events are left out of an export unless asked for, and then come last.
/// </summary>
[Collection(BundledGazetteerCollection.Name)]
public sealed class AcledColumnsTests(BundledGazetteerFixture fixture)
{
    /// <summary>ACLED's export columns in ACLED's order (ACLED's codebook, 2024 edition).</summary>
    private static readonly string[] AcledOrder =
    [
        "event_id_cnty", "event_date", "year", "time_precision", "disorder_type", "event_type", "sub_event_type", "actor1", "assoc_actor_1", "inter1",
        "actor2", "assoc_actor_2", "inter2", "interaction", "civilian_targeting", "iso", "region", "country", "admin1", "admin2", "admin3", "location",
        "latitude", "longitude", "geo_precision", "source", "source_scale", "notes", "fatalities", "tags", "timestamp",
    ];

    private static StoredEvent Event(string placeId, string placeName, DateOnly? date, string subType, string type, string? actor2, string excerpt, int at) => new()
    {
        DateStart = date, DatePrecision = date is null ? "unknown" : "day", Type = type, SubType = subType, Actor1 = "saa", Actor2 = actor2,
        PlaceId = placeId, PlaceName = placeName, Lat = 36.2, Lon = 37.1, Precision = 1, Confidence = 0.8, Excerpt = excerpt, ExcerptStart = at,
        ExcerptEnd = at + excerpt.Length,
    };

    private async Task<(List<Dictionary<string, string>> Rows, string[] Header)> ExportAsync(bool includeUndated)
    {
        var place = (await fixture.Gazetteer.FindCandidatesAsync("Manbij", 10)).Select(c => c.Place).First(p => p.CountryCode == "SY" && p.Admin2 is not null);
        using var db = new TempDatabase("acled-columns.db");
        var store = new EventStore(db.Factory);
        await store.InitializeAsync();
        await store.IngestAsync(new StoredArticle
        {
            ContentHash = "c1", Source = "c1.txt", Title = "Invented report", Published = new DateOnly(2021, 3, 2), PublishedPrecision = "day",
            OriginalText = "text", CleanedText = "text", OffsetMapJson = "[]", PipelineVersion = "1", Mentions = [],
            Events =
            [
                Event(place.Id, place.Name, null, EventType.Shelling, EventType.RemoteViolence, null, "Shells fell on the town at some point.", 300),
                Event(place.Id, place.Name, new DateOnly(2021, 3, 1), EventType.Attack, EventType.ViolenceAgainstCivilians, "civilians",
                    "Soldiers fired on protesters and 12 people were killed.", 0),
                Event("gn:nowhere-known", "Wadi Invented", new DateOnly(2021, 2, 27), EventType.ArmedClash, EventType.Battles, "fsa", "Fighting went on.", 100),
            ],
        });
        using var stream = new MemoryStream();
        await new EventExporter(new SqliteConnectionFactory(db.Path, readOnly: true), FactionCatalogue.LoadDefault()) { Gazetteer = fixture.Gazetteer, IncludeUndated = includeUndated }
            .ExportAsync(new EventQuery(), ExportFormat.Csv, stream);
        using var parser = new TextFieldParser(new StringReader(System.Text.Encoding.UTF8.GetString(stream.ToArray()))) { HasFieldsEnclosedInQuotes = true };
        parser.SetDelimiters(",");
        var header = parser.ReadFields()!;
        var rows = new List<Dictionary<string, string>>();
        while (!parser.EndOfData)
        {
            var fields = parser.ReadFields()!;
            rows.Add(header.Select((h, i) => (h, fields[i])).ToDictionary(p => p.h, p => p.Item2));
        }
        return (rows, header);
    }

    [Fact]
    public async Task Issue17_Csv_HasAcledsColumnsInAcledsOrder_ThenOurs()
    {
        var (_, header) = await ExportAsync(includeUndated: false);

        Assert.Equal(AcledOrder, header[..AcledOrder.Length]);
        Assert.Equal("mapdash_event_id", header[AcledOrder.Length]);
    }

    [Fact]
    public async Task Issue17_Csv_FillsCountryIsoAdminPathAndDerivedCodes_BlankWhereNotDerivable()
    {
        var place = (await fixture.Gazetteer.FindCandidatesAsync("Manbij", 10)).Select(c => c.Place).First(p => p.CountryCode == "SY" && p.Admin2 is not null);
        var (rows, _) = await ExportAsync(includeUndated: false);

        var attack = rows.Single(r => r["event_date"] == "2021-03-01");
        Assert.Equal("Syria", attack["country"]);
        Assert.Equal("760", attack["iso"]);
        Assert.Equal(place.Admin2, attack["admin2"]);
        Assert.Equal(place.Admin3 ?? "", attack["admin3"]);
        Assert.Equal("12", attack["fatalities"]);
        Assert.Equal("Civilian targeting", attack["civilian_targeting"]);
        Assert.StartsWith("Political violence", attack["disorder_type"]);
        Assert.Equal("1", attack["inter1"]);
        Assert.Equal("7", attack["inter2"]);
        Assert.Equal("17", attack["interaction"]);
        Assert.Equal("", attack["source_scale"]);

        var unknownPlace = rows.Single(r => r["location"] == "Wadi Invented");
        Assert.Equal("", unknownPlace["country"]);
        Assert.Equal("", unknownPlace["iso"]);
        Assert.Equal("", unknownPlace["admin2"]);
        Assert.Equal("", unknownPlace["fatalities"]);
        Assert.Equal("", unknownPlace["civilian_targeting"]);
    }

    [Fact]
    public async Task Issue17_UndatedEvents_AreLeftOutUnlessAskedFor_ThenComeLastWithoutATimePrecision()
    {
        var (dated, _) = await ExportAsync(includeUndated: false);
        var (all, _) = await ExportAsync(includeUndated: true);

        Assert.Equal(["2021-02-27", "2021-03-01"], dated.Select(r => r["event_date"]));
        Assert.Equal(["2021-02-27", "2021-03-01", ""], all.Select(r => r["event_date"]));
        Assert.Equal("", all[^1]["time_precision"]);
        Assert.Equal("unknown", all[^1]["date_precision"]);
        Assert.All(dated, r => Assert.Equal("1", r["time_precision"]));
    }
}
