using MapDashboard.Core.Gazetteer;

namespace MapDashboard.Web.Api;

/// <summary>/api/gazetteer/search: places whose names are, start with or contain the text, labelled.</summary>
public static class GazetteerEndpoints
{
    /// <summary>Maps the endpoints into the /api group.</summary>
    public static RouteGroupBuilder MapGazetteerEndpoints(this RouteGroupBuilder api)
    {
        api.MapGet("/gazetteer/search", SearchGazetteerAsync).WithSummary("Places whose names are, start with or contain the text: Syria first, then its neighbours, then the world; each with its type, admin path and Arabic name.");
        return api;
    }

    private static async Task<IResult> SearchGazetteerAsync(string? q, int? limit, PlaceSearch search, CancellationToken cancellationToken)
    {
        var p = new ApiParameters();
        var text = p.Text(q, "q", PlaceSearch.MaxLength, required: true);
        var (count, _) = p.Paging(limit, null, 50, 10);
        if (p.Problem is { } problem)
        {
            return problem;
        }
        if (search.Gazetteer is not { } gazetteer)
        {
            return Results.Problem("The gazetteer is not built: run ./mapdash gazetteer build.", statusCode: StatusCodes.Status503ServiceUnavailable);
        }
        var places = await gazetteer.AutocompleteAsync(text!, count, cancellationToken);
        return Results.Json(places.Select(p => new
        {
            p.Id, p.Name, p.Lat, p.Lon, p.FeatureCode, type = PlaceLabels.Type(p), country = p.CountryCode, p.Admin1, p.Admin2, p.Admin3,
            adminPath = PlaceLabels.AdminPath(p), nameAr = p.NameAr, p.Population,
        }));
    }
}
