using System.Text.Json.Nodes;
using MapDashboard.Data.Store;

namespace MapDashboard.Web.Api;

/// <summary>/api/acled: imported ACLED events of a time window and area as GeoJSON, with ACLED's fields.</summary>
public static class AcledEndpoints
{
    /// <summary>Maps the endpoints into the /api group.</summary>
    public static RouteGroupBuilder MapAcledEndpoints(this RouteGroupBuilder api)
    {
        api.MapGet("/acled", FindAcledAsync).WithSummary("Imported ACLED events of a time window and area as a GeoJSON FeatureCollection, with ACLED's fields.");
        return api;
    }

    private static async Task<IResult> FindAcledAsync(ImportedEventQueries queries, EventStoreLocation store, string? from, string? to, string? bbox, string? type,
        int? limit, int? offset, CancellationToken cancellationToken)
    {
        var p = new ApiParameters();
        var (pageLimit, pageOffset) = p.Paging(limit, offset, 10_000, 1000);
        var window = p.Window(from, to);
        var query = new ImportedEventQuery
        {
            From = window.From, To = window.To, Bounds = p.Box(bbox), Types = p.EventTypes(type), Limit = pageLimit, Offset = pageOffset,
        };
        if (p.Problem is { } problem)
        {
            return problem;
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
}
