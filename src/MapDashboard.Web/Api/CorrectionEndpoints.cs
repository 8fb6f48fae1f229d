using System.Text.Json.Nodes;
using MapDashboard.Data.Corrections;

namespace MapDashboard.Web.Api;

/// <summary>
/// Analysts' corrections over HTTP: correcting and undoing need the analyst key
/// (X-Analyst-Key) like every write. A missing target is a 404, a bad correction a 400 naming what is wrong.
/// </summary>
public static class CorrectionEndpoints
{
    /// <summary>A mention correction: a gazetteer place id or "not a place", in the article or everywhere.</summary>
    public sealed record MentionCorrectionRequest(string? PlaceId, bool NotAPlace = false, string? Scope = "article", string? Author = null);

    /// <summary>An article correction.</summary>
    public sealed record ArticleCorrectionRequest(string? Title, string? Outlet, DateOnly? Published, string? Author = null);

    /// <summary>An event correction; a field left out stays as the pipeline made it.</summary>
    public sealed record EventCorrectionRequest(string? Type, string? SubType, string? Actor1, string? Actor2, DateOnly? Date, DateOnly? DateEnd,
        bool Delete = false, ControlCorrection? Control = null, string? Author = null);

    /// <summary>Maps the endpoints into the /api group.</summary>
    public static RouteGroupBuilder MapCorrectionEndpoints(this RouteGroupBuilder api)
    {
        // A correction processes its articles again through the pipeline (loading the gazetteer's index on a fresh
        // server): it gets the ingest's time limit, not a read's.
        var corrections = api.MapGroup("");
        corrections.WithRequestTimeout(WebApplicationExtensions.IngestTimeoutPolicy).DisableAntiforgery();
        corrections.MapPost("/mentions/{id:long}/correction", CorrectMentionAsync)
            .WithSummary("Say which gazetteer place a mention means (placeId) or that it is not a place, in its article or everywhere (scope).");
        corrections.MapPost("/articles/{id:long}/correction", CorrectArticleAsync)
            .WithSummary("Fix an article's title, outlet or publication date (its events are re-dated).");
        corrections.MapPost("/events/{id:long}/correction", CorrectEventAsync)
            .WithSummary("Fix an event's type, actors, date or change of control, or delete it.");
        corrections.MapPost("/corrections/{id:long}/undo", UndoAsync).WithSummary("Undo a correction: what it changed is processed again without it.");
        return api;
    }

    private static async Task<IResult> CorrectMentionAsync(long id, MentionCorrectionRequest body, HttpRequest request, IngestService ingest, WriteAccess access,
        PlaceSearch search, CancellationToken cancellationToken)
    {
        if (WriteRefusal.Refuse(request, access) is { } refused)
        {
            return refused;
        }
        if (body.Scope?.ToLowerInvariant() is not ("article" or "everywhere" or null))
        {
            return Invalid("scope", "scope must be article or everywhere");
        }
        CorrectionPlace? place = null;
        if (!body.NotAPlace)
        {
            if (string.IsNullOrWhiteSpace(body.PlaceId))
            {
                return Invalid("placeId", "give placeId (a gazetteer id such as gn:170063) or notAPlace: true");
            }
            if (search.Gazetteer is not { } gazetteer || await gazetteer.GetByIdAsync(body.PlaceId.Trim(), cancellationToken) is not { } found)
            {
                return Invalid("placeId", $"the gazetteer has no place '{body.PlaceId}'");
            }
            place = new CorrectionPlace(found.Id, found.Name, found.Lat, found.Lon, found.FeatureClass, found.FeatureCode, found.CountryCode, found.Admin1);
        }
        var scope = body.Scope?.ToLowerInvariant() == "everywhere" ? CorrectionScope.Everywhere : CorrectionScope.Article;
        return Outcome(await ingest.CorrectAsync(c => c.CorrectMentionAsync(id, scope, place, body.NotAPlace, body.Author ?? "api", cancellationToken), cancellationToken));
    }

    private static async Task<IResult> CorrectArticleAsync(long id, ArticleCorrectionRequest body, HttpRequest request, IngestService ingest, WriteAccess access,
        CancellationToken cancellationToken)
    {
        if (WriteRefusal.Refuse(request, access) is { } refused)
        {
            return refused;
        }
        var p = new ApiParameters();
        p.GivenDate(body.Published, "published");
        p.TitleAndOutlet(body.Title, body.Outlet);
        return p.Problem ?? Outcome(await ingest.CorrectAsync(
            c => c.CorrectArticleAsync(id, body.Title, body.Outlet, body.Published, body.Author ?? "api", cancellationToken), cancellationToken));
    }

    private static async Task<IResult> CorrectEventAsync(long id, EventCorrectionRequest body, HttpRequest request, IngestService ingest, WriteAccess access,
        CancellationToken cancellationToken)
    {
        if (WriteRefusal.Refuse(request, access) is { } refused)
        {
            return refused;
        }
        var p = new ApiParameters();
        p.GivenDate(body.Date, "date");
        p.GivenDate(body.DateEnd, "dateEnd");
        if (p.Problem is { } problem)
        {
            return problem;
        }
        var fix = new CorrectionPayload
        {
            Type = body.Type, SubType = body.SubType, Actor1 = body.Actor1, Actor2 = body.Actor2, Date = body.Date, DateEnd = body.DateEnd,
            Delete = body.Delete, Control = body.Control,
        };
        return Outcome(await ingest.CorrectAsync(c => c.CorrectEventAsync(id, fix, body.Author ?? "api", cancellationToken), cancellationToken));
    }

    private static async Task<IResult> UndoAsync(long id, HttpRequest request, IngestService ingest, WriteAccess access, CancellationToken cancellationToken) =>
        WriteRefusal.Refuse(request, access) ?? Outcome(await ingest.CorrectAsync(c => c.UndoAsync(id, cancellationToken), cancellationToken));

    /// <summary>A correction's outcome as a response: 404 for a missing target, 400 for a refused correction, else what was done.</summary>
    internal static IResult Outcome(CorrectionResult result) => result switch
    {
        { NotFound: true, Error: { } error } => Results.Problem(error, statusCode: StatusCodes.Status404NotFound),
        { Error: { } error } => Invalid("correction", error),
        { Correction: { } correction } => Results.Ok(new JsonObject
        {
            ["correction"] = Describe(correction),
            ["articlesProcessed"] = result.Reprocessed.Count,
            ["failures"] = new JsonArray(result.Reprocessed.Where(r => r.Error is not null).Select(r => (JsonNode)$"{r.File}: {r.Error}").ToArray()),
        }),
        _ => Results.Problem("the correction had no outcome", statusCode: StatusCodes.Status500InternalServerError),
    };

    /// <summary>A correction as the API shows it.</summary>
    internal static JsonObject Describe(Correction c) => new()
    {
        ["id"] = c.Id,
        ["kind"] = c.Kind.ToString().ToLowerInvariant(),
        ["scope"] = c.Scope.ToString().ToLowerInvariant(),
        ["description"] = c.Describe(),
        ["author"] = c.Author,
        ["createdAt"] = c.CreatedAt,
        ["undoneAt"] = c.UndoneAt,
    };

    private static IResult Invalid(string field, string message) => Results.ValidationProblem(new Dictionary<string, string[]> { [field] = [message] });
}
