using System.Globalization;
using CsvHelper;
using MapDashboard.Data.Gazetteer;

namespace MapDashboard.Data.Export;

/// <summary>
/// Writes exported events as CSV: ACLED's columns in ACLED's order (blank where a value cannot be derived), then
/// MapDashboard's. Cells a spreadsheet would run as a formula are escaped.
/// </summary>
internal static class CsvEventWriter
{
    /// <summary>ACLED's columns, in ACLED's order, then MapDashboard's.</summary>
    public static readonly string[] Columns =
    [
        "event_id_cnty", "event_date", "year", "time_precision", "disorder_type", "event_type", "sub_event_type", "actor1", "assoc_actor_1", "inter1",
        "actor2", "assoc_actor_2", "inter2", "interaction", "civilian_targeting", "iso", "region", "country", "admin1", "admin2", "admin3", "location",
        "latitude", "longitude", "geo_precision", "source", "source_scale", "notes", "fatalities", "tags", "timestamp",
        "mapdash_event_id", "date_end", "date_precision", "confidence", "source_count", "article_ids", "place_id",
        "independent_reports", "appearances",
    ];

    public static async Task<long> WriteAsync(IAsyncEnumerable<ExportRow> rows, AcledFields acled, Stream output, CancellationToken cancellationToken)
    {
        var options = new CsvWriterOptions { Injection = CsvInjection.Escape };
        // The CSV writer flushes synchronously, which a response stream refuses: it writes into a buffer that is
        // copied to the output asynchronously every thousand rows.
        using var buffer = new MemoryStream();
        await using var csv = CsvWriter.Create(buffer, options, true);
        csv.WriteHeader(Columns);
        long count = 0;
        await foreach (var row in rows)
        {
            await WriteRowAsync(csv, row, acled, cancellationToken);
            count++;
            if (count % 1000 == 0)
            {
                await CopyOutAsync(csv, buffer, output, cancellationToken);
            }
        }
        await CopyOutAsync(csv, buffer, output, cancellationToken);
        return count;
    }

    private static async Task WriteRowAsync(CsvWriter csv, ExportRow row, AcledFields acled, CancellationToken cancellationToken)
    {
        var date = row.DateStart is null ? (DateOnly?)null : DateOnly.ParseExact(row.DateStart, "yyyy-MM-dd", CultureInfo.InvariantCulture);
        var place = await acled.PlaceAsync(row.PlaceId, cancellationToken);
        var admin = PlaceAdminPaths.Of(row.Admin1, place);
        var countryCode = place?.CountryCode;
        var assoc = AcledFields.Assoc(row);
        csv.WriteField($"SYR{row.Id}");
        csv.WriteField(row.DateStart ?? "");
        csv.WriteField(date is { } d ? d.Year.ToString(CultureInfo.InvariantCulture) : "");
        // Undated events (exported only when asked for) have no ACLED time precision: the cell stays blank and
        // date_precision says "unknown".
        csv.WriteField(date is null ? "" : TimePrecision(row.DatePrecision).ToString(CultureInfo.InvariantCulture));
        csv.WriteField(acled.Derived.DisorderType(row.SubType) ?? "");
        csv.WriteField(row.Type);
        csv.WriteField(row.SubType);
        csv.WriteField(acled.AcledActorName(row.Actor1));
        csv.WriteField(string.Join("; ", assoc.Take(1).Select(acled.AcledActorName)));
        WriteNumber(csv, acled.Derived.Inter(row.Actor1));
        csv.WriteField(acled.AcledActorName(row.Actor2));
        csv.WriteField(string.Join("; ", assoc.Skip(1).Select(acled.AcledActorName)));
        WriteNumber(csv, acled.Derived.Inter(row.Actor2));
        csv.WriteField(acled.Derived.Interaction(row.Actor1, row.Actor2) ?? "");
        csv.WriteField(acled.Derived.CivilianTargeting(row.SubType, row.Actor2) ?? "");
        WriteNumber(csv, AcledFields.IsoNumeric(countryCode));
        csv.WriteField(""); // region: ACLED's regions are not in the gazetteer
        csv.WriteField(await acled.CountryAsync(countryCode, cancellationToken) ?? "");
        csv.WriteField(admin.Admin1 ?? "");
        csv.WriteField(admin.Admin2 ?? "");
        csv.WriteField(admin.Admin3 ?? "");
        csv.WriteField(row.PlaceName);
        WriteCoordinate(csv, row.Lat);
        WriteCoordinate(csv, row.Lon);
        csv.WriteField<long>(row.Precision, "0");
        csv.WriteField((row.Outlets ?? "").Replace(",", "; ", StringComparison.Ordinal));
        csv.WriteField(""); // source_scale: no outlet list says which outlets are local, national or international
        csv.WriteField(row.Excerpt ?? "");
        WriteNumber(csv, AcledFields.Fatalities(row.Excerpt));
        csv.WriteField(""); // tags
        csv.WriteField(""); // timestamp
        csv.WriteField<long>(row.Id, "0");
        csv.WriteField(row.DateEnd ?? "");
        csv.WriteField(row.DatePrecision);
        csv.WriteField<double>(row.Confidence, "0.###");
        csv.WriteField<long>(row.SourceCount, "0");
        csv.WriteField((row.ArticleIds ?? "").Replace(",", " ", StringComparison.Ordinal));
        csv.WriteField(row.PlaceId ?? "");
        csv.WriteField<long>(row.ReportCount, "0");
        csv.WriteField<long>(row.ReportCount + row.CopyCount, "0");
        csv.EndRecord();
    }

    private static async Task CopyOutAsync(CsvWriter csv, MemoryStream buffer, Stream output, CancellationToken cancellationToken)
    {
        await csv.FlushAsync(cancellationToken);
        await output.WriteAsync(buffer.GetBuffer().AsMemory(0, (int)buffer.Length), cancellationToken);
        await output.FlushAsync(cancellationToken);
        buffer.SetLength(0);
    }

    private static void WriteCoordinate(CsvWriter csv, double? value)
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

    private static void WriteNumber(CsvWriter csv, int? value) => csv.WriteField(value?.ToString(CultureInfo.InvariantCulture) ?? "");

    /// <summary>ACLED's time_precision: 1 the day is known, 2 the week, 3 only the month or longer.</summary>
    private static int TimePrecision(string precision) => precision switch { "day" => 1, "week" => 2, _ => 3 };
}
