using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Xml;
using CsvHelper;
using Dapper;
using MapDashboard.Core.Actors;
using MapDashboard.Data.Store;

namespace MapDashboard.Data.Export;

/// <summary>The export formats.</summary>
public enum ExportFormat
{
    Csv,
    GeoJson,
    Kml,
}

/// <summary>
/// Exports the events matching a query (a dashboard view or everything) for other tools: CSV with ACLED's column names
/// (then our own columns), GeoJSON points, or KML placemarks. Rows are streamed from the store, so an export of a large
/// store does not load it into memory. Every text comes from articles: CSV cells that a spreadsheet would run as a
/// formula are escaped, and GeoJSON and KML are written by JSON and XML writers (never by string concatenation).
/// </summary>
public sealed class EventExporter(IStoreConnectionFactory factory, FactionCatalogue factions)
{
    /// <summary>ACLED's columns, in ACLED's order, then MapDashboard's.</summary>
    public static readonly string[] CsvColumns =
    [
        "event_id_cnty", "event_date", "year", "time_precision", "event_type", "sub_event_type", "actor1", "assoc_actor_1", "actor2", "assoc_actor_2",
        "admin1", "admin2", "location", "latitude", "longitude", "geo_precision", "source", "notes",
        "mapdash_event_id", "date_end", "date_precision", "confidence", "source_count", "article_ids", "place_id",
    ];

    /// <summary>The MIME type and file extension of a format.</summary>
    public static (string ContentType, string Extension) Describe(ExportFormat format) => format switch
    {
        ExportFormat.Csv => ("text/csv; charset=utf-8", "csv"),
        ExportFormat.GeoJson => ("application/geo+json", "geojson"),
        _ => ("application/vnd.google-earth.kml+xml", "kml"),
    };

    /// <summary>Parses "csv", "geojson" or "kml" (any case); null for anything else.</summary>
    public static ExportFormat? ParseFormat(string? text) => text?.Trim().ToLowerInvariant() switch
    {
        "csv" => ExportFormat.Csv,
        "geojson" or "json" => ExportFormat.GeoJson,
        "kml" => ExportFormat.Kml,
        _ => null,
    };

    /// <summary>Writes the events matching <paramref name="query"/> (its paging is ignored) and returns how many were written.</summary>
    public async Task<long> ExportAsync(EventQuery query, ExportFormat format, Stream output, CancellationToken cancellationToken = default)
    {
        var rows = ReadAsync(query, cancellationToken);
        return format switch
        {
            ExportFormat.Csv => await WriteCsvAsync(rows, output, cancellationToken),
            ExportFormat.GeoJson => await WriteGeoJsonAsync(rows, output, cancellationToken),
            _ => await WriteKmlAsync(rows, output, cancellationToken),
        };
    }

    /// <summary>Writes an export with no events (the header, an empty collection or an empty document): nothing is stored yet.</summary>
    public Task<long> ExportNothingAsync(ExportFormat format, Stream output, CancellationToken cancellationToken = default)
    {
        var rows = Nothing();
        return format switch
        {
            ExportFormat.Csv => WriteCsvAsync(rows, output, cancellationToken),
            ExportFormat.GeoJson => WriteGeoJsonAsync(rows, output, cancellationToken),
            _ => WriteKmlAsync(rows, output, cancellationToken),
        };

        static async IAsyncEnumerable<ExportRow> Nothing()
        {
            await Task.CompletedTask;
            yield break;
        }
    }

    private async IAsyncEnumerable<ExportRow> ReadAsync(EventQuery query, [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var (where, parameters) = EventQueries.Filter(query, factory.Provider);
        // A list of distinct values: SQLite's group_concat, PostgreSQL's string_agg (both join with commas).
        string Distinct(string expression) => factory.Provider == StoreProvider.Postgres
            ? $"string_agg(DISTINCT ({expression})::text, ',')"
            : $"group_concat(DISTINCT {expression})";
        var sql = $"""
            SELECT e.id AS Id, e.date_start AS DateStart, e.date_end AS DateEnd, e.date_precision AS DatePrecision, e.type AS Type, e.sub_type AS SubType,
                   e.actor1 AS Actor1, e.actor2 AS Actor2, e.assoc_actors AS AssocActors, e.place_id AS PlaceId, e.place_name AS PlaceName,
                   e.admin1 AS Admin1, e.lat AS Lat, e.lon AS Lon, e.precision AS Precision, e.confidence AS Confidence,
                   (SELECT COUNT(*) FROM event_sources s WHERE s.event_id = e.id) AS SourceCount,
                   (SELECT {Distinct("COALESCE(a.outlet, a.source)")} FROM event_sources s JOIN articles a ON a.id = s.article_id WHERE s.event_id = e.id) AS Outlets,
                   (SELECT {Distinct("s.article_id")} FROM event_sources s WHERE s.event_id = e.id) AS ArticleIds,
                   (SELECT s.excerpt FROM event_sources s WHERE s.event_id = e.id ORDER BY s.article_id, s.excerpt_start LIMIT 1) AS Excerpt
            FROM events e {where}
            ORDER BY e.day_start NULLS FIRST, e.id
            """;
        await using var connection = await factory.OpenConnectionAsync(cancellationToken);
        await foreach (var row in connection.QueryUnbufferedAsync<ExportRow>(sql, parameters).WithCancellation(cancellationToken))
        {
            yield return row.Cleaned();
        }
    }

    private async Task<long> WriteCsvAsync(IAsyncEnumerable<ExportRow> rows, Stream output, CancellationToken cancellationToken)
    {
        var options = new CsvWriterOptions { Injection = CsvInjection.Escape };
        // The CSV writer flushes synchronously, which a response stream refuses: it writes into a buffer that is
        // copied to the output asynchronously every thousand rows.
        using var buffer = new MemoryStream();
        await using var csv = CsvWriter.Create(buffer, options, true);
        csv.WriteHeader(CsvColumns);
        long count = 0;
        await foreach (var row in rows)
        {
            var date = row.DateStart is null ? (DateOnly?)null : DateOnly.ParseExact(row.DateStart, "yyyy-MM-dd", CultureInfo.InvariantCulture);
            csv.WriteField($"SYR{row.Id}");
            csv.WriteField(row.DateStart ?? "");
            csv.WriteField(date is { } d ? d.Year.ToString(CultureInfo.InvariantCulture) : "");
            csv.WriteField<int>(TimePrecision(row.DatePrecision), "0");
            csv.WriteField(row.Type);
            csv.WriteField(row.SubType);
            csv.WriteField(ActorName(row.Actor1));
            csv.WriteField(string.Join("; ", Assoc(row).Select(ActorName)));
            csv.WriteField(ActorName(row.Actor2));
            csv.WriteField("");
            csv.WriteField(row.Admin1 ?? "");
            csv.WriteField("");
            csv.WriteField(row.PlaceName);
            WriteNumber(csv, row.Lat);
            WriteNumber(csv, row.Lon);
            csv.WriteField<long>(row.Precision, "0");
            csv.WriteField((row.Outlets ?? "").Replace(",", "; ", StringComparison.Ordinal));
            csv.WriteField(row.Excerpt ?? "");
            csv.WriteField<long>(row.Id, "0");
            csv.WriteField(row.DateEnd ?? "");
            csv.WriteField(row.DatePrecision);
            csv.WriteField<double>(row.Confidence, "0.###");
            csv.WriteField<long>(row.SourceCount, "0");
            csv.WriteField((row.ArticleIds ?? "").Replace(",", " ", StringComparison.Ordinal));
            csv.WriteField(row.PlaceId ?? "");
            csv.EndRecord();
            count++;
            if (count % 1000 == 0)
            {
                await CopyOutAsync(csv, buffer, output, cancellationToken);
            }
        }
        await CopyOutAsync(csv, buffer, output, cancellationToken);
        return count;
    }

    private static async Task CopyOutAsync(CsvWriter csv, MemoryStream buffer, Stream output, CancellationToken cancellationToken)
    {
        await csv.FlushAsync(cancellationToken);
        await output.WriteAsync(buffer.GetBuffer().AsMemory(0, (int)buffer.Length), cancellationToken);
        await output.FlushAsync(cancellationToken);
        buffer.SetLength(0);
    }

    private static void WriteNumber(CsvWriter csv, double? value)
    {
        if (value is { } v)
        {
            csv.WriteField<double>(v, "0.#####");
        }
        else
        {
            csv.WriteField("");
        }
    }

    private async Task<long> WriteGeoJsonAsync(IAsyncEnumerable<ExportRow> rows, Stream output, CancellationToken cancellationToken)
    {
        await using var json = new Utf8JsonWriter(output, new JsonWriterOptions { Indented = false });
        json.WriteStartObject();
        json.WriteString("type", "FeatureCollection");
        json.WriteStartArray("features");
        long count = 0;
        await foreach (var row in rows)
        {
            json.WriteStartObject();
            json.WriteString("type", "Feature");
            json.WriteNumber("id", row.Id);
            if (row.Lat is { } lat && row.Lon is { } lon)
            {
                json.WriteStartObject("geometry");
                json.WriteString("type", "Point");
                json.WriteStartArray("coordinates");
                json.WriteNumberValue(Math.Round(lon, 6));
                json.WriteNumberValue(Math.Round(lat, 6));
                json.WriteEndArray();
                json.WriteEndObject();
            }
            else
            {
                json.WriteNull("geometry");
            }
            json.WriteStartObject("properties");
            json.WriteString("event_date", row.DateStart);
            json.WriteString("date_end", row.DateEnd);
            json.WriteString("date_precision", row.DatePrecision);
            json.WriteString("event_type", row.Type);
            json.WriteString("sub_event_type", row.SubType);
            json.WriteString("actor1", ActorName(row.Actor1));
            json.WriteString("actor2", ActorName(row.Actor2));
            json.WriteStartArray("assoc_actors");
            foreach (var actor in Assoc(row))
            {
                json.WriteStringValue(ActorName(actor));
            }
            json.WriteEndArray();
            json.WriteString("location", row.PlaceName);
            json.WriteString("admin1", row.Admin1);
            json.WriteString("place_id", row.PlaceId);
            json.WriteNumber("geo_precision", row.Precision);
            json.WriteNumber("confidence", row.Confidence);
            json.WriteNumber("source_count", row.SourceCount);
            json.WriteString("source", row.Outlets);
            json.WriteString("notes", row.Excerpt);
            json.WriteEndObject();
            json.WriteEndObject();
            count++;
            if (json.BytesPending > 64 * 1024)
            {
                await json.FlushAsync(cancellationToken);
            }
        }
        json.WriteEndArray();
        json.WriteEndObject();
        await json.FlushAsync(cancellationToken);
        return count;
    }

    private async Task<long> WriteKmlAsync(IAsyncEnumerable<ExportRow> rows, Stream output, CancellationToken cancellationToken)
    {
        var settings = new XmlWriterSettings { Async = true, Encoding = new UTF8Encoding(false), Indent = true, CloseOutput = false };
        await using var xml = XmlWriter.Create(output, settings);
        const string ns = "http://www.opengis.net/kml/2.2";
        await xml.WriteStartDocumentAsync();
        await xml.WriteStartElementAsync(null, "kml", ns);
        await xml.WriteStartElementAsync(null, "Document", ns);
        await xml.WriteElementStringAsync(null, "name", ns, "MapDashboard events");
        foreach (var (type, colour) in Core.Events.EventType.Colours)
        {
            await xml.WriteStartElementAsync(null, "Style", ns);
            await xml.WriteAttributeStringAsync(null, "id", null, StyleId(type));
            await xml.WriteStartElementAsync(null, "IconStyle", ns);
            await xml.WriteElementStringAsync(null, "color", ns, KmlColour(colour));
            await xml.WriteEndElementAsync();
            await xml.WriteEndElementAsync();
        }
        long count = 0;
        await foreach (var row in rows)
        {
            if (row.Lat is not { } lat || row.Lon is not { } lon)
            {
                continue; // KML placemarks need a position; undrawable events are in the CSV and GeoJSON exports.
            }
            await xml.WriteStartElementAsync(null, "Placemark", ns);
            await xml.WriteAttributeStringAsync(null, "id", null, $"event-{row.Id}");
            await xml.WriteElementStringAsync(null, "name", ns, $"{row.SubType} — {row.PlaceName}");
            var description = new StringBuilder();
            description.Append(row.DateStart ?? "undated").Append(" (").Append(row.DatePrecision).Append(")\n");
            description.Append(row.Type).Append(": ").Append(row.SubType).Append('\n');
            if (row.Actor1 is not null)
            {
                description.Append(ActorName(row.Actor1)).Append(row.Actor2 is null ? "" : " vs " + ActorName(row.Actor2)).Append('\n');
            }
            description.Append(row.Excerpt ?? "").Append("\nSource: ").Append(row.Outlets ?? "unknown");
            await xml.WriteElementStringAsync(null, "description", ns, description.ToString());
            if (row.DateStart is not null)
            {
                await xml.WriteStartElementAsync(null, row.DateEnd is not null && row.DateEnd != row.DateStart ? "TimeSpan" : "TimeStamp", ns);
                if (row.DateEnd is not null && row.DateEnd != row.DateStart)
                {
                    await xml.WriteElementStringAsync(null, "begin", ns, row.DateStart);
                    await xml.WriteElementStringAsync(null, "end", ns, row.DateEnd);
                }
                else
                {
                    await xml.WriteElementStringAsync(null, "when", ns, row.DateStart);
                }
                await xml.WriteEndElementAsync();
            }
            await xml.WriteElementStringAsync(null, "styleUrl", ns, "#" + StyleId(row.Type));
            await xml.WriteStartElementAsync(null, "Point", ns);
            await xml.WriteElementStringAsync(null, "coordinates", ns, string.Create(CultureInfo.InvariantCulture, $"{lon:0.######},{lat:0.######}"));
            await xml.WriteEndElementAsync();
            await xml.WriteEndElementAsync();
            count++;
        }
        await xml.WriteEndElementAsync();
        await xml.WriteEndElementAsync();
        await xml.WriteEndDocumentAsync();
        await xml.FlushAsync();
        cancellationToken.ThrowIfCancellationRequested();
        return count;
    }

    private static string StyleId(string type) => "type-" + new string(type.ToLowerInvariant().Select(c => char.IsAsciiLetterOrDigit(c) ? c : '-').ToArray());

    /// <summary>KML colours are aabbggrr.</summary>
    private static string KmlColour(string rgb) => $"ff{rgb[5..7]}{rgb[3..5]}{rgb[1..3]}";

    /// <summary>ACLED's time_precision: 1 the day is known, 2 the week, 3 only the month or longer.</summary>
    private static int TimePrecision(string precision) => precision switch { "day" => 1, "week" => 2, _ => 3 };

    private string ActorName(string? id) => id is null ? "" : factions.Get(id)?.Name ?? id;

    private static IReadOnlyList<string> Assoc(ExportRow row) =>
        string.IsNullOrEmpty(row.AssocActors) ? [] : JsonSerializer.Deserialize<List<string>>(row.AssocActors) ?? [];
}
