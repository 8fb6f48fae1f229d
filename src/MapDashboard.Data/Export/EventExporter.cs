using Dapper;
using MapDashboard.Core.Actors;
using MapDashboard.Core.Gazetteer;
using MapDashboard.Data.Store;

namespace MapDashboard.Data.Export;

/// <summary>
/// Exports the events matching a query (a dashboard view or everything) for other tools: CSV with ACLED's columns in
/// ACLED's order (then our own columns), GeoJSON points, or KML placemarks. Rows are streamed from the store, so an
/// export of a large store does not load it into memory. Every text comes from articles: CSV cells that a spreadsheet
/// would run as a formula are escaped, and GeoJSON and KML are written by JSON and XML writers (never by string
/// concatenation). An export without dates holds the dated events only, in date order, unless
/// <see cref="IncludeUndated"/> asks for the undated ones too: then they come last, with no event date.
/// </summary>
public sealed class EventExporter(IStoreConnectionFactory factory, FactionCatalogue factions)
{
    /// <summary>ACLED's columns, in ACLED's order, then MapDashboard's.</summary>
    public static IReadOnlyList<string> CsvColumns => CsvEventWriter.Columns;

    /// <summary>The gazetteer that gives each event's country and admin path (CSV's country, iso, admin2, admin3); blank without it.</summary>
    public IGazetteer? Gazetteer { get; init; }

    /// <summary>Whether events without a date are exported too (after the dated ones).</summary>
    public bool IncludeUndated { get; init; }

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
    public Task<long> ExportAsync(EventQuery query, ExportFormat format, Stream output, CancellationToken cancellationToken = default) =>
        WriteAsync(ReadAsync(query, cancellationToken), format, output, cancellationToken);

    /// <summary>Writes an export with no events (the header, an empty collection or an empty document): nothing is stored yet.</summary>
    public Task<long> ExportNothingAsync(ExportFormat format, Stream output, CancellationToken cancellationToken = default)
    {
        return WriteAsync(Nothing(), format, output, cancellationToken);

        static async IAsyncEnumerable<ExportRow> Nothing()
        {
            await Task.CompletedTask;
            yield break;
        }
    }

    private Task<long> WriteAsync(IAsyncEnumerable<ExportRow> rows, ExportFormat format, Stream output, CancellationToken cancellationToken)
    {
        var acled = new AcledFields(factions, Gazetteer);
        return format switch
        {
            ExportFormat.Csv => CsvEventWriter.WriteAsync(rows, acled, output, cancellationToken),
            ExportFormat.GeoJson => GeoJsonEventWriter.WriteAsync(rows, acled, output, cancellationToken),
            _ => KmlEventWriter.WriteAsync(rows, acled, output, cancellationToken),
        };
    }

    private async IAsyncEnumerable<ExportRow> ReadAsync(EventQuery query, [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var (where, parameters) = EventQueries.Filter(query, factory.Provider);
        if (!IncludeUndated && !query.UndatedOnly)
        {
            where += " AND e.day_start IS NOT NULL";
        }
        // A list of distinct values: SQLite's group_concat, PostgreSQL's string_agg (both join with commas).
        string Distinct(string expression) => factory.Provider == StoreProvider.Postgres
            ? $"string_agg(DISTINCT ({expression})::text, ',')"
            : $"group_concat(DISTINCT {expression})";
        var sql = $"""
            SELECT e.id AS Id, e.date_start AS DateStart, e.date_end AS DateEnd, e.date_precision AS DatePrecision, e.type AS Type, e.sub_type AS SubType,
                   e.actor1 AS Actor1, e.actor2 AS Actor2, e.assoc_actors AS AssocActors, e.place_id AS PlaceId, e.place_name AS PlaceName,
                   e.admin1 AS Admin1, e.lat AS Lat, e.lon AS Lon, e.precision AS Precision, e.confidence AS Confidence,
                   (SELECT COUNT(*) FROM event_sources s WHERE s.event_id = e.id) AS SourceCount,
                   {AppearanceSql.CorroborationColumns(factory.Provider)},
                   (SELECT {Distinct("a.source")} FROM event_sources s JOIN articles a ON a.id = s.article_id WHERE s.event_id = e.id) AS Sources,
                   (SELECT {Distinct("s.article_id")} FROM event_sources s WHERE s.event_id = e.id) AS ArticleIds,
                   {StoreSql.FirstExcerpt} AS Excerpt
            FROM events e {where}
            ORDER BY e.day_start IS NULL, e.day_start, e.id
            """;
        await using var connection = await factory.OpenConnectionAsync(cancellationToken);
        await foreach (var row in connection.QueryUnbufferedAsync<ExportRow>(sql, parameters).WithCancellation(cancellationToken))
        {
            yield return row.Cleaned();
        }
    }
}
