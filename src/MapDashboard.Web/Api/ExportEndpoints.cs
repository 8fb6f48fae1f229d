using System.Globalization;
using MapDashboard.Core.Actors;
using MapDashboard.Data.Export;
using MapDashboard.Data.Store;

namespace MapDashboard.Web.Api;

/// <summary>/api/export: the events of a view as a download (CSV with ACLED's columns, GeoJSON or KML).</summary>
public static class ExportEndpoints
{
    /// <summary>Maps the endpoints into the /api group.</summary>
    public static RouteGroupBuilder MapExportEndpoints(this RouteGroupBuilder api)
    {
        api.MapGet("/export", ExportAsync).WithSummary("Events of a time window as a download: CSV with ACLED's columns, GeoJSON or KML.")
            .WithDescription("Dated events in date order. Events without a date are left out unless undated=include asks for them; then they come last, "
                + "with an empty event_date and time_precision and date_precision 'unknown'.")
            .WithRequestTimeout(WebApplicationExtensions.ExportTimeoutPolicy);
        return api;
    }

    private static async Task<IResult> ExportAsync(EventStoreLocation store, FactionCatalogue factions, PlaceSearch places, string? format,
        string? from, string? to, string? type, string? actor, double? minConfidence, string? minReports, long? article, string? area, string? undated, CancellationToken cancellationToken)
    {
        var p = new ApiParameters();
        var includeUndated = undated?.Trim().ToLowerInvariant() switch
        {
            null or "" or "exclude" => false,
            "include" => true,
            _ => Fail(p),
        };
        var chosen = EventExporter.ParseFormat(format ?? "csv");
        if (chosen is null)
        {
            p.Fail("format", "format must be csv, geojson or kml");
        }
        var (first, last) = p.Window(from, to);
        var query = new EventQuery
        {
            From = first, To = last, Types = p.EventTypes(type), Actors = p.List(actor, "actor"),
            MinConfidence = p.Confidence(minConfidence), MinReports = p.MinReports(minReports), ArticleId = article, Area = p.Area(area),
        };
        if (p.Problem is { } problem)
        {
            return problem;
        }
        var (contentType, extension) = EventExporter.Describe(chosen!.Value);
        var name = $"mapdashboard-events-{Day(query.From) ?? "start"}-to-{Day(query.To) ?? "end"}.{extension}";
        var exporter = new EventExporter(store.Reader, factions) { Gazetteer = places.Gazetteer, IncludeUndated = includeUndated };
        // The whole export is written to a temporary file first and then sent with its Content-Length: a failure while
        // exporting is a 500 problem before any byte is sent, and a download cut short is visibly shorter than announced.
        var file = new FileStream(Path.Combine(Path.GetTempPath(), $"mapdash-export-{Guid.NewGuid():N}.{extension}"), FileMode.CreateNew, FileAccess.ReadWrite,
            FileShare.None, 81920, FileOptions.Asynchronous | FileOptions.DeleteOnClose);
        try
        {
            if (store.Exists)
            {
                await exporter.ExportAsync(query, chosen.Value, file, cancellationToken);
            }
            else
            {
                await exporter.ExportNothingAsync(chosen.Value, file, cancellationToken);
            }
            await file.FlushAsync(cancellationToken);
            file.Position = 0;
        }
        catch
        {
            await file.DisposeAsync();
            throw;
        }
        return Results.File(file, contentType, name);
    }

    private static bool Fail(ApiParameters p)
    {
        p.Fail("undated", "undated must be include or exclude");
        return false;
    }

    private static string? Day(DateOnly? date) => date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
