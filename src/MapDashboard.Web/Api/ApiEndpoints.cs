using System.Globalization;
using System.Text.Json.Nodes;
using MapDashboard.Core.Gazetteer;
using MapDashboard.Data.Store;
using Microsoft.AspNetCore.Http.Features;

namespace MapDashboard.Web.Api;

/// <summary>
/// The read-only HTTP API: events as GeoJSON with filters and paging, one event with its sources, one article with
/// its highlights, control areas at a date, and gazetteer search. Every parameter is validated (400 with a message)
/// and bound as a SQL parameter, never concatenated.
/// </summary>
public static class ApiEndpoints
{
    /// <summary>Maps the endpoints under /api.</summary>
    public static IEndpointRouteBuilder MapMapDashboardApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api").WithTags("MapDashboard");
        api.WithRequestTimeout(WebApplicationExtensions.ApiTimeoutPolicy);
        api.MapGet("/events", FindEventsAsync).WithSummary("Events of a time window and area as a GeoJSON FeatureCollection.");
        api.MapGet("/events/{id:long}", GetEventAsync).WithSummary("One event with every source that reported it.");
        api.MapGet("/articles", ListArticlesAsync).WithSummary("Stored articles, newest first: from, to (publication dates), q (words of the title, outlet or source), limit, offset.");
        api.MapGet("/articles/{id:long}", GetArticleAsync).WithSummary("One article with its place mentions and events.");
        api.MapPost("/articles", IngestArticleAsync)
            .WithSummary("Add an article (the request body is its text: plain, Markdown or HTML; at most Ingest:MaxBytes, else 413). Needs the analyst key (X-Analyst-Key) when one is configured.")
            .WithRequestTimeout(WebApplicationExtensions.IngestTimeoutPolicy)
            .DisableAntiforgery();
        api.MapPost("/articles/{id:long}/date", RedateArticleAsync)
            .WithSummary("Set an article's publication date (yyyy-MM-dd): its events are re-dated, and the date is kept when the article is processed again.")
            .DisableAntiforgery();
        api.MapGet("/export", ExportAsync).WithSummary("Events of a time window as a download: CSV with ACLED's columns, GeoJSON or KML.")
            .WithRequestTimeout(WebApplicationExtensions.ExportTimeoutPolicy);
        api.MapGet("/acled", FindAcledAsync).WithSummary("Imported ACLED events of a time window and area as a GeoJSON FeatureCollection, with ACLED's fields.");
        api.MapGet("/control", GetControlAsync).WithSummary("Control areas at a date as GeoJSON.");
        api.MapGet("/gazetteer/search", SearchGazetteerAsync).WithSummary("Places whose names are, start with or contain the text: Syria first, then its neighbours, then the world; each with its type, admin path and Arabic name.");
        api.MapCorrectionEndpoints();
        return app;
    }

    private static async Task<IResult> FindEventsAsync(EventQueries queries, EventStoreLocation store, string? from, string? to, string? bbox, string? type,
        string? actor, double? minConfidence, int? limit, int? offset, CancellationToken cancellationToken)
    {
        var errors = new Dictionary<string, string[]>();
        var fromDate = ParseDate(from, "from", errors);
        var toDate = ParseDate(to, "to", errors);
        var box = ParseBox(bbox, errors);
        CheckPaging(limit, offset, 10_000, errors);
        if (minConfidence is < 0 or > 1)
        {
            errors["minConfidence"] = ["minConfidence must be between 0 and 1"];
        }
        CheckList(type, "type", errors);
        CheckList(actor, "actor", errors);
        if (errors.Count > 0)
        {
            return Results.ValidationProblem(errors);
        }
        if (!store.Exists)
        {
            return Results.Json(FeatureCollection([], 0));
        }
        var query = new EventQuery
        {
            From = fromDate, To = toDate, Bounds = box, Types = Split(type), Actors = Split(actor),
            MinConfidence = minConfidence ?? 0, Limit = limit ?? 1000, Offset = offset ?? 0,
        };
        var events = await queries.FindAsync(query, cancellationToken);
        var total = await queries.CountAsync(query, cancellationToken);
        return Results.Json(FeatureCollection(events, total));
    }

    private static async Task<IResult> FindAcledAsync(ImportedEventQueries queries, EventStoreLocation store, string? from, string? to, string? bbox, string? type,
        int? limit, int? offset, CancellationToken cancellationToken)
    {
        var errors = new Dictionary<string, string[]>();
        var query = new ImportedEventQuery
        {
            From = ParseDate(from, "from", errors), To = ParseDate(to, "to", errors), Bounds = ParseBox(bbox, errors), Types = Split(type),
            Limit = limit ?? 1000, Offset = offset ?? 0,
        };
        CheckPaging(limit, offset, 10_000, errors);
        if (errors.Count > 0)
        {
            return Results.ValidationProblem(errors);
        }
        if (!store.Exists)
        {
            return Results.Json(new JsonObject { ["type"] = "FeatureCollection", ["total"] = 0, ["features"] = new JsonArray() });
        }
        var events = await queries.FindAsync(query, cancellationToken);
        return Results.Json(new JsonObject
        {
            ["type"] = "FeatureCollection",
            ["total"] = await queries.CountAsync(query, cancellationToken),
            ["features"] = new JsonArray(events.Select(e => (JsonNode)new JsonObject
            {
                ["type"] = "Feature",
                ["id"] = e.Id,
                ["geometry"] = new JsonObject { ["type"] = "Point", ["coordinates"] = new JsonArray(Math.Round(e.Lon, 5), Math.Round(e.Lat, 5)) },
                ["properties"] = new JsonObject
                {
                    ["dataset"] = e.Dataset, ["event_id_cnty"] = e.EventId, ["event_date"] = e.EventDate, ["time_precision"] = e.TimePrecision,
                    ["event_type"] = e.Type, ["sub_event_type"] = e.SubType, ["actor1"] = e.Actor1, ["assoc_actor_1"] = e.AssocActor1,
                    ["actor2"] = e.Actor2, ["assoc_actor_2"] = e.AssocActor2, ["country"] = e.Country, ["admin1"] = e.Admin1, ["admin2"] = e.Admin2,
                    ["location"] = e.Location, ["geo_precision"] = e.GeoPrecision, ["fatalities"] = e.Fatalities, ["source"] = e.Source,
                    ["notes"] = e.Notes, ["import_file"] = e.ImportFile, ["line"] = e.Line,
                },
            }).ToArray()),
        });
    }

    /// <summary>A 401 (wrong or missing X-Analyst-Key) or 403 (writing off) when the request may not write, else null.</summary>
    internal static IResult? Refuse(HttpRequest request, WriteAccess access) =>
        access.Refusal(request.Headers["X-Analyst-Key"].FirstOrDefault()) is { } refusal
            ? Results.Problem(refusal, statusCode: access.WritesEnabled ? StatusCodes.Status401Unauthorized : StatusCodes.Status403Forbidden)
            : null;

    private static async Task<IResult> IngestArticleAsync(HttpRequest request, IngestService ingest, WriteAccess access, string? name, string? title,
        string? outlet, string? published, CancellationToken cancellationToken)
    {
        if (Refuse(request, access) is { } refused)
        {
            return refused;
        }
        var errors = new Dictionary<string, string[]>();
        var date = ParseDate(published, "published", errors);
        if (errors.Count > 0)
        {
            return Results.ValidationProblem(errors);
        }
        if (request.ContentLength > ingest.MaxBytes)
        {
            return TooLarge($"The article is {request.ContentLength:N0} bytes, over the {ingest.MaxBytes:N0}-byte limit (Ingest:MaxBytes).");
        }
        // This endpoint takes up to Ingest:MaxBytes; every other request keeps Limits:MaxRequestBodyBytes.
        if (request.HttpContext.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } sizeLimit)
        {
            sizeLimit.MaxRequestBodySize = ingest.MaxBytes;
        }
        using var buffer = new MemoryStream();
        var read = new byte[81920];
        try
        {
            int n;
            while ((n = await request.Body.ReadAsync(read, cancellationToken)) > 0)
            {
                if (buffer.Length + n > ingest.MaxBytes)
                {
                    return TooLarge($"The article is over the {ingest.MaxBytes:N0}-byte limit (Ingest:MaxBytes).");
                }
                buffer.Write(read, 0, n);
            }
        }
        catch (BadHttpRequestException ex) when (ex.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            return TooLarge($"The article is over the {ingest.MaxBytes:N0}-byte limit (Ingest:MaxBytes).");
        }
        var source = string.IsNullOrWhiteSpace(name) ? "api upload" : name.Trim();
        var result = await ingest.IngestAsync(source, buffer.ToArray(), new Data.Ingest.ArticleOverrides(title, outlet, date), cancellationToken);
        if (result.Error is { } error)
        {
            return Results.ValidationProblem(new Dictionary<string, string[]> { ["body"] = [error] });
        }
        var outcome = result.Outcome!;
        var body = new JsonObject
        {
            ["articleId"] = outcome.ArticleId,
            ["status"] = outcome.Status.ToString().ToLowerInvariant(),
            ["events"] = outcome.Events,
            ["mentions"] = outcome.Mentions,
            ["message"] = IngestService.Describe(result),
        };
        return outcome.Status == IngestStatus.Unchanged ? Results.Ok(body) : Results.Created($"/api/articles/{outcome.ArticleId}", body);
    }

    private static IResult TooLarge(string message) =>
        Results.Problem(message, statusCode: StatusCodes.Status413PayloadTooLarge, title: "The request body is too large");

    private static async Task<IResult> RedateArticleAsync(long id, HttpRequest request, IngestService ingest, WriteAccess access, string? published,
        CancellationToken cancellationToken)
    {
        if (Refuse(request, access) is { } refused)
        {
            return refused;
        }
        var errors = new Dictionary<string, string[]>();
        if (ParseDate(published, "published", errors) is not { } date)
        {
            if (errors.Count == 0)
            {
                errors["published"] = ["published is required (yyyy-MM-dd)"];
            }
            return Results.ValidationProblem(errors);
        }
        var result = await ingest.RedateAsync(id, date, "api", cancellationToken);
        if (result.Error is { } error)
        {
            return error.StartsWith("there is no article", StringComparison.Ordinal) ? Results.NotFound(new { error }) : Results.ValidationProblem(new Dictionary<string, string[]> { ["article"] = [error] });
        }
        return Results.Ok(new JsonObject
        {
            ["articleId"] = id, ["published"] = published, ["correctionId"] = result.Correction!.Id,
            ["events"] = result.Reprocessed.Sum(r => r.Outcome?.Events ?? 0),
        });
    }

    private static IResult ExportAsync(EventQueries queries, EventStoreLocation store, MapDashboard.Core.Actors.FactionCatalogue factions, string? format,
        string? from, string? to, string? type, string? actor, double? minConfidence, long? article, CancellationToken cancellationToken)
    {
        var errors = new Dictionary<string, string[]>();
        var chosen = Data.Export.EventExporter.ParseFormat(format ?? "csv");
        if (chosen is null)
        {
            errors["format"] = ["format must be csv, geojson or kml"];
        }
        var fromDate = ParseDate(from, "from", errors);
        var toDate = ParseDate(to, "to", errors);
        if (minConfidence is < 0 or > 1)
        {
            errors["minConfidence"] = ["minConfidence must be between 0 and 1"];
        }
        CheckList(type, "type", errors);
        CheckList(actor, "actor", errors);
        if (errors.Count > 0)
        {
            return Results.ValidationProblem(errors);
        }
        var query = new EventQuery
        {
            From = fromDate, To = toDate, Types = Split(type), Actors = Split(actor), MinConfidence = minConfidence ?? 0, ArticleId = article,
        };
        var (contentType, extension) = Data.Export.EventExporter.Describe(chosen!.Value);
        var name = $"mapdashboard-events-{fromDate?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "start"}-to-{toDate?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "end"}.{extension}";
        var exporter = new Data.Export.EventExporter(store.Reader, factions);
        return Results.Stream(async stream =>
        {
            if (store.Exists)
            {
                await exporter.ExportAsync(query, chosen.Value, stream, cancellationToken);
            }
            else
            {
                await exporter.ExportNothingAsync(chosen.Value, stream, cancellationToken);
            }
        }, contentType, name);
    }

    private static async Task<IResult> GetEventAsync(long id, EventQueries queries, EventStoreLocation store, CancellationToken cancellationToken) =>
        store.Exists && await queries.GetAsync(id, cancellationToken) is { } detail
            ? Results.Json(new { @event = detail.Event, assocActors = detail.AssocActors, sources = detail.Sources })
            : Results.Problem($"There is no event {id}.", statusCode: 404);

    private static async Task<IResult> ListArticlesAsync(ArticleQueries articles, EventStoreLocation store, string? from, string? to, string? q, int? limit, int? offset,
        CancellationToken cancellationToken)
    {
        var errors = new Dictionary<string, string[]>();
        var fromDate = ParseDate(from, "from", errors);
        var toDate = ParseDate(to, "to", errors);
        if (q?.Length > 200)
        {
            errors["q"] = ["q is at most 200 characters"];
        }
        CheckPaging(limit, offset, 1000, errors);
        if (errors.Count > 0)
        {
            return Results.ValidationProblem(errors);
        }
        if (!store.Exists)
        {
            return Results.Json(new { total = 0, items = Array.Empty<ArticleSummary>() });
        }
        var (items, total) = await articles.ListAsync(fromDate, toDate, q, limit ?? 100, offset ?? 0, cancellationToken);
        return Results.Json(new { total, items });
    }

    private static async Task<IResult> GetArticleAsync(long id, EventQueries queries, EventStoreLocation store, CancellationToken cancellationToken) =>
        store.Exists && await queries.GetArticleAsync(id, cancellationToken) is { } article
            ? Results.Json(article)
            : Results.Problem($"There is no article {id}.", statusCode: 404);

    private static async Task<IResult> GetControlAsync(string? date, ControlLayerService control, CancellationToken cancellationToken)
    {
        var errors = new Dictionary<string, string[]>();
        var day = ParseDate(date, "date", errors);
        if (day is null && errors.Count == 0)
        {
            errors["date"] = ["date is required (YYYY-MM-DD)"];
        }
        return errors.Count > 0
            ? Results.ValidationProblem(errors)
            : Results.Content(await control.GeoJsonAtAsync(day!.Value, cancellationToken), "application/geo+json");
    }

    private static async Task<IResult> SearchGazetteerAsync(string? q, int? limit, PlaceSearch search, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(q) || q.Length > PlaceSearch.MaxLength)
        {
            return Results.ValidationProblem(new Dictionary<string, string[]> { ["q"] = [$"q is required, at most {PlaceSearch.MaxLength} characters"] });
        }
        if (limit is < 1 or > 50)
        {
            return Results.ValidationProblem(new Dictionary<string, string[]> { ["limit"] = ["limit must be between 1 and 50"] });
        }
        if (search.Gazetteer is not { } gazetteer)
        {
            return Results.Problem("The gazetteer is not built: run ./mapdash gazetteer build.", statusCode: 503);
        }
        var places = await gazetteer.AutocompleteAsync(q, limit ?? 10, cancellationToken);
        return Results.Json(places.Select(p => new
        {
            p.Id, p.Name, p.Lat, p.Lon, p.FeatureCode, type = PlaceLabels.Type(p), country = p.CountryCode, p.Admin1, p.Admin2, p.Admin3,
            adminPath = PlaceLabels.AdminPath(p), nameAr = p.NameAr, p.Population,
        }));
    }

    private static JsonObject FeatureCollection(IEnumerable<EventSummary> events, long total) => new()
    {
        ["type"] = "FeatureCollection",
        ["total"] = total,
        ["features"] = new JsonArray(events.Where(e => e.Lat is not null && e.Lon is not null).Select(e => (JsonNode)new JsonObject
        {
            ["type"] = "Feature",
            ["id"] = e.Id,
            ["geometry"] = new JsonObject { ["type"] = "Point", ["coordinates"] = new JsonArray(Math.Round(e.Lon!.Value, 5), Math.Round(e.Lat!.Value, 5)) },
            ["properties"] = new JsonObject
            {
                ["dateStart"] = e.DateStart, ["dateEnd"] = e.DateEnd, ["datePrecision"] = e.DatePrecision, ["type"] = e.Type, ["subType"] = e.SubType,
                ["actor1"] = e.Actor1, ["actor2"] = e.Actor2, ["placeId"] = e.PlaceId, ["placeName"] = e.PlaceName, ["admin1"] = e.Admin1,
                ["precision"] = e.Precision, ["confidence"] = e.Confidence, ["sources"] = e.SourceCount,
            },
        }).ToArray()),
    };

    /// <summary>Adds the errors of a page request: limit 1..<paramref name="maxLimit"/>, offset not negative.</summary>
    private static void CheckPaging(int? limit, int? offset, int maxLimit, Dictionary<string, string[]> errors)
    {
        if (limit < 1 || limit > maxLimit)
        {
            errors["limit"] = [string.Create(CultureInfo.InvariantCulture, $"limit must be between 1 and {maxLimit}")];
        }
        if (offset is < 0)
        {
            errors["offset"] = ["offset must not be negative"];
        }
    }

    private static DateOnly? ParseDate(string? text, string name, Dictionary<string, string[]> errors)
    {
        if (string.IsNullOrEmpty(text))
        {
            return null;
        }
        if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return date;
        }
        errors[name] = [$"'{text}' is not a date in the form YYYY-MM-DD"];
        return null;
    }

    private static BoundingBox? ParseBox(string? text, Dictionary<string, string[]> errors)
    {
        if (string.IsNullOrEmpty(text))
        {
            return null;
        }
        var parts = text.Split(',');
        var numbers = parts.Select(p => double.TryParse(p, NumberStyles.Float, CultureInfo.InvariantCulture, out var v) ? v : double.NaN).ToArray();
        if (parts.Length != 4 || numbers.Any(double.IsNaN))
        {
            errors["bbox"] = ["bbox must be minLon,minLat,maxLon,maxLat"];
            return null;
        }
        try
        {
            return new BoundingBox(numbers[0], numbers[1], numbers[2], numbers[3]).Validate();
        }
        catch (ArgumentException ex)
        {
            errors["bbox"] = [ex.Message];
            return null;
        }
    }

    /// <summary>The most values a comma-separated filter may hold (each becomes one SQL parameter).</summary>
    private const int MaxListValues = 100;

    private static void CheckList(string? text, string name, Dictionary<string, string[]> errors)
    {
        if (Split(text).Count > MaxListValues)
        {
            errors[name] = [$"{name} lists at most {MaxListValues} comma-separated values"];
        }
    }

    private static IReadOnlyList<string> Split(string? text) =>
        string.IsNullOrWhiteSpace(text) ? [] : text.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}
