namespace MapDashboard.Web.Api;

/// <summary>
/// The HTTP API under /api, one file per resource: events, articles, ACLED, control, gazetteer, export, review,
/// corrections and outlets. Every parameter is validated by <see cref="ApiParameters"/> (400 naming it) and bound as a SQL
/// parameter, never concatenated.
/// </summary>
public static class ApiEndpoints
{
    /// <summary>Maps the endpoints under /api.</summary>
    public static IEndpointRouteBuilder MapMapDashboardApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api").WithTags("MapDashboard");
        api.WithRequestTimeout(WebApplicationExtensions.ApiTimeoutPolicy);
        api.AddEndpointFilter<RepeatedParameterFilter>();
        api.MapEventEndpoints();
        api.MapArticleEndpoints();
        api.MapAcledEndpoints();
        api.MapControlEndpoints();
        api.MapControlCorrectionEndpoints();
        api.MapGazetteerEndpoints();
        api.MapExportEndpoints();
        api.MapReviewEndpoints();
        api.MapCorrectionEndpoints();
        api.MapOutletEndpoints();
        return app;
    }
}
