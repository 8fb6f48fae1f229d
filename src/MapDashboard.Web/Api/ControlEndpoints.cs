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
        api.MapGet("/control/layer", GetLayerAsync)
            .WithSummary("The map's control layer at a date (areas, front lines, place symbols) as GeoJSON, as the dashboard draws it; v (the store's version) only keys the browser's cache.");
        api.MapGet("/control/places/{placeId}/history", GetHistoryAsync)
            .WithSummary("A place's control history up to a date (oldest first: side, date, source, evidence), as its popup on the map lists it.");
        api.MapGet("/control/places/{placeId}/popup", GetPointPopupAsync)
            .WithSummary("The popup of the symbol a place is drawn as at a date: {label, history}, as the map's popup shows them (the map's layer leaves them out).");
        api.MapGet("/control/places/{placeId}/area", GetAreaPlacesAsync)
            .WithSummary("The evidence list (places, newest first: name, date, source, evidence) of the control area a place is one of at a date, as the area's popup on the map lists it.");
        return api;
    }

    private static Task<IResult> GetPointPopupAsync(string placeId, string? date, ControlLayerService control, CancellationToken cancellationToken) =>
        PlaceAtDateAsync(date, day => control.PointPopupAtAsync(placeId, day, cancellationToken), $"no symbol drawn for place '{placeId}' at {date}");

    private static Task<IResult> GetAreaPlacesAsync(string placeId, string? date, ControlLayerService control, CancellationToken cancellationToken) =>
        PlaceAtDateAsync(date, day => control.AreaPlacesAtAsync(placeId, day, cancellationToken), $"place '{placeId}' is in no control area at {date}");

    private static Task<IResult> GetHistoryAsync(string placeId, string? date, ControlLayerService control, CancellationToken cancellationToken) =>
        PlaceAtDateAsync(date, day => control.HistoryAtAsync(placeId, day, cancellationToken), $"no place '{placeId}' with known control");

    /// <summary>What a place's popup fetches for a date (a JSON document), 400 without a valid date, 404 when there is nothing for the place.</summary>
    private static async Task<IResult> PlaceAtDateAsync(string? date, Func<DateOnly, Task<string?>> fetch, string notFound)
    {
        var p = new ApiParameters();
        var day = p.Date(date, "date", required: true);
        if (p.Problem is { } problem)
        {
            return problem;
        }
        return await fetch(day!.Value) is { } json
            ? Results.Content(json, "application/json")
            : Results.Problem(notFound, statusCode: StatusCodes.Status404NotFound);
    }

    private static async Task<IResult> GetLayerAsync(string? date, string? v, ControlLayerService control, HttpResponse response, CancellationToken cancellationToken)
    {
        var p = new ApiParameters();
        var day = p.Date(date, "date", required: true);
        if (p.Problem is { } problem)
        {
            return problem;
        }
        // Built once per date and store version on the server; a URL with the version the layer was built at may stay in the browser's cache.
        if (v is not null && v == control.Version.ToString(System.Globalization.CultureInfo.InvariantCulture))
        {
            response.Headers.CacheControl = "private, max-age=3600";
        }
        return Results.Content((await control.LayerAtAsync(day!.Value, cancellationToken)).GeoJson, "application/geo+json");
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
