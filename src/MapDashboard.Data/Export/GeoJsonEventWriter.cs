using System.Text.Json;

namespace MapDashboard.Data.Export;

/// <summary>Writes exported events as a GeoJSON FeatureCollection (undrawable events with a null geometry), through a JSON writer.</summary>
internal static class GeoJsonEventWriter
{
    public static async Task<long> WriteAsync(IAsyncEnumerable<ExportRow> rows, AcledFields acled, Stream output, CancellationToken cancellationToken)
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
            json.WriteString("actor1", acled.ActorName(row.Actor1));
            json.WriteString("actor2", acled.ActorName(row.Actor2));
            json.WriteStartArray("assoc_actors");
            foreach (var actor in AcledFields.Assoc(row))
            {
                json.WriteStringValue(acled.ActorName(actor));
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
}
