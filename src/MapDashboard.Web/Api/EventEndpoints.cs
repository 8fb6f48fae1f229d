using System.Text.Json.Nodes;
using MapDashboard.Data.Store;

namespace MapDashboard.Web.Api;

/// <summary>/api/events: the events of a time window and area as GeoJSON, and one event with every source.</summary>
public static class EventEndpoints
{
    /// <summary>Maps the endpoints into the /api group.</summary>
    public static RouteGroupBuilder MapEventEndpoints(this RouteGroupBuilder api)
    {
        api.MapGet("/events", FindEventsAsync).WithSummary("Events of a time window and area as a GeoJSON FeatureCollection.");
        api.MapGet("/events/{id:long}", GetEventAsync).WithSummary("One event with every source that reported it.");
        return api;
    }

    private static async Task<IResult> FindEventsAsync(EventQueries queries, EventStoreLocation store, string? from, string? to, string? bbox, string? area, string? type,
        string? actor, double? minConfidence, string? minReports, int? limit, int? offset, CancellationToken cancellationToken)
    {
        var p = new ApiParameters();
        var (first, last) = p.Window(from, to);
        var query = new EventQuery { From = first, To = last, Bounds = p.Box(bbox), Area = p.Area(area), Types = p.EventTypes(type),
            Actors = p.List(actor, "actor"), MinConfidence = p.Confidence(minConfidence),
            MinReports = p.MinReports(minReports) };
        var (pageLimit, pageOffset) = p.Paging(limit, offset, 10_000, 1000);
        if (p.Problem is { } problem)
        {
            return problem;
        }
        if (!store.Exists)
        {
            return Results.Json(FeatureCollection([], 0));
        }
        query = query with { Limit = pageLimit, Offset = pageOffset };
        var events = await queries.FindAsync(query, cancellationToken);
        var total = await queries.CountAsync(query, cancellationToken);
        return Results.Json(FeatureCollection(events, total));
    }

    private static async Task<IResult> GetEventAsync(long id, EventQueries queries, RemovedRecordQueries removed, EventStoreLocation store,
        CancellationToken cancellationToken)
    {
        if (!store.Exists)
        {
            return Results.Problem($"There is no event {id}.", statusCode: StatusCodes.Status404NotFound);
        }
        if (await queries.GetAsync(id, cancellationToken) is { } detail)
        {
            return Results.Json(new { @event = detail.Event, assocActors = detail.AssocActors, sources = detail.Sources });
        }
        // An id that was an event's keeps answering: 410 with what removed it and the article it came from.
        return await removed.FindEventAsync(id, cancellationToken) is { } gone
            ? Results.Problem(gone.Describe(), statusCode: StatusCodes.Status410Gone, title: "Removed",
                extensions: new Dictionary<string, object?> { ["cause"] = gone.Cause, ["correctionId"] = gone.CorrectionId, ["articleId"] = gone.ArticleId })
            : Results.Problem($"There is no event {id}.", statusCode: StatusCodes.Status404NotFound);
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
                ["reports"] = e.ReportCount, ["appearances"] = e.AppearanceCount, ["outlets"] = e.Outlets,
            },
        }).ToArray()),
    };
}
