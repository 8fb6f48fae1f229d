namespace MapDashboard.Web.Api;

/// <summary>/api/control: the control areas at a date as GeoJSON.</summary>
public static class ControlEndpoints
{
    /// <summary>Maps the endpoints into the /api group.</summary>
    public static RouteGroupBuilder MapControlEndpoints(this RouteGroupBuilder api)
    {
        api.MapGet("/control", GetControlAsync).WithSummary("Control areas at a date as GeoJSON.");
        return api;
    }

    private static async Task<IResult> GetControlAsync(string? date, ControlLayerService control, CancellationToken cancellationToken)
    {
        var p = new ApiParameters();
        var day = p.Date(date, "date", required: true);
        return p.Problem ?? Results.Content(await control.GeoJsonAtAsync(day!.Value, cancellationToken), "application/geo+json");
    }
}
