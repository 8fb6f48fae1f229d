using MapDashboard.Data.Control;
using MapDashboard.Data.Store;

namespace MapDashboard.Web.Api;

/// <summary>/api/control: the control areas at a date as GeoJSON, with every place's periods and their sources.</summary>
public static class ControlEndpoints
{
    /// <summary>Maps the endpoints into the /api group.</summary>
    public static RouteGroupBuilder MapControlEndpoints(this RouteGroupBuilder api)
    {
        api.MapGet("/control", GetControlAsync)
            .WithSummary("Control areas at a date as GeoJSON; the foreign member places lists every place of known control with its periods up to the date and their sources.");
        return api;
    }

    private static async Task<IResult> GetControlAsync(string? date, ControlLayerService control, EventQueries queries, EventStoreLocation store,
        CancellationToken cancellationToken)
    {
        var p = new ApiParameters();
        var day = p.Date(date, "date", required: true);
        if (p.Problem is { } problem)
        {
            return problem;
        }
        var areas = await control.GeoJsonAtAsync(day!.Value, cancellationToken);
        var periods = store.Exists ? await queries.ControlPeriods.ListAsync(cancellationToken) : [];
        return Results.Content(ControlPlacesJson.Compose(areas, periods, day.Value), "application/geo+json");
    }
}
