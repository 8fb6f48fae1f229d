using System.Globalization;
using System.Text;
using System.Xml;

namespace MapDashboard.Data.Export;

/// <summary>Writes exported events as KML placemarks styled by event type, through an XML writer.</summary>
internal static class KmlEventWriter
{
    public static async Task<long> WriteAsync(IAsyncEnumerable<ExportRow> rows, AcledFields acled, Stream output, CancellationToken cancellationToken)
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
                description.Append(acled.ActorName(row.Actor1)).Append(row.Actor2 is null ? "" : " vs " + acled.ActorName(row.Actor2)).Append('\n');
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
}
