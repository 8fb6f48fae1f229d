using System.Text.Json.Nodes;
using MapDashboard.Data.Corrections;

namespace MapDashboard.Web.Api;

/// <summary>
/// The review queue and analysts' corrections over HTTP: reading is open; correcting and undoing need the analyst key
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

    /// <summary>The review kinds as the API names them.</summary>
    private static readonly IReadOnlyDictionary<ReviewKind, string> KindNames = new Dictionary<ReviewKind, string>
    {
        [ReviewKind.Mention] = "mention",
        [ReviewKind.AmbiguousDate] = "date",
        [ReviewKind.UndatedArticle] = "undated",
        [ReviewKind.WeakArticleDate] = "weakdate",
    };

    /// <summary>Maps the endpoints into the /api group.</summary>
    public static RouteGroupBuilder MapCorrectionEndpoints(this RouteGroupBuilder api)
    {
        api.MapGet("/review", ListReviewAsync).WithSummary("The review queue, most consequential first: kind = mention, date, undated or weakdate.");
        api.MapGet("/corrections", ListCorrectionsAsync).WithSummary("Every correction, newest first, with who made it and when (and when undone).");
        api.MapPost("/mentions/{id:long}/correction", CorrectMentionAsync)
            .WithSummary("Say which gazetteer place a mention means (placeId) or that it is not a place, in its article or everywhere (scope).").DisableAntiforgery();
        api.MapPost("/articles/{id:long}/correction", CorrectArticleAsync)
            .WithSummary("Fix an article's title, outlet or publication date (its events are re-dated).").DisableAntiforgery();
        api.MapPost("/events/{id:long}/correction", CorrectEventAsync)
            .WithSummary("Fix an event's type, actors, date or change of control, or delete it.").DisableAntiforgery();
        api.MapPost("/corrections/{id:long}/undo", UndoAsync).WithSummary("Undo a correction: what it changed is processed again without it.").DisableAntiforgery();
        return api;
    }

    private static async Task<IResult> ListReviewAsync(ReviewQueue queue, EventStoreLocation store, string? kind, int? limit, int? offset, CancellationToken cancellationToken)
    {
        ReviewKind? chosen = string.IsNullOrWhiteSpace(kind) ? null
            : KindNames.Where(k => k.Value == kind.Trim().ToLowerInvariant()).Select(k => (ReviewKind?)k.Key).FirstOrDefault();
        if ((chosen is null && !string.IsNullOrWhiteSpace(kind)) || limit is < 1 or > 1000 || offset is < 0)
        {
            return Results.ValidationProblem(new Dictionary<string, string[]>
            {
                ["query"] = ["kind must be mention, date, undated or weakdate; limit 1..1000; offset 0 or more"],
            });
        }
        if (!store.Exists)
        {
            return Results.Ok(new { counts = new { }, items = Array.Empty<ReviewItem>() });
        }
        var counts = await queue.CountAsync(cancellationToken);
        var items = await queue.ListAsync(chosen, limit ?? 100, offset ?? 0, cancellationToken);
        return Results.Ok(new
        {
            counts = KindNames.ToDictionary(k => k.Value, k => counts[k.Key]),
            items = items.Select(i => new
            {
                kind = KindNames[i.Kind],
                i.Id, i.ArticleId, i.ArticleTitle, i.Text, i.Detail, i.Confidence, i.EventsAffected,
            }),
        });
    }

    private static async Task<IResult> ListCorrectionsAsync(CorrectionStore corrections, EventStoreLocation store, int? limit, CancellationToken cancellationToken)
    {
        if (limit is < 1 or > 1000)
        {
            return Results.ValidationProblem(new Dictionary<string, string[]> { ["limit"] = ["limit must be 1..1000"] });
        }
        return Results.Ok(store.Exists ? (await corrections.ListAsync(limit ?? 200, cancellationToken)).Select(Describe) : []);
    }

    private static async Task<IResult> CorrectMentionAsync(long id, MentionCorrectionRequest body, HttpRequest request, IngestService ingest, WriteAccess access,
        PlaceSearch search, CancellationToken cancellationToken)
    {
        if (ApiEndpoints.Refuse(request, access) is { } refused)
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
        CancellationToken cancellationToken) =>
        ApiEndpoints.Refuse(request, access) ?? Outcome(await ingest.CorrectAsync(
            c => c.CorrectArticleAsync(id, body.Title, body.Outlet, body.Published, body.Author ?? "api", cancellationToken), cancellationToken));

    private static async Task<IResult> CorrectEventAsync(long id, EventCorrectionRequest body, HttpRequest request, IngestService ingest, WriteAccess access,
        CancellationToken cancellationToken)
    {
        if (ApiEndpoints.Refuse(request, access) is { } refused)
        {
            return refused;
        }
        var fix = new CorrectionPayload
        {
            Type = body.Type, SubType = body.SubType, Actor1 = body.Actor1, Actor2 = body.Actor2, Date = body.Date, DateEnd = body.DateEnd,
            Delete = body.Delete, Control = body.Control,
        };
        return Outcome(await ingest.CorrectAsync(c => c.CorrectEventAsync(id, fix, body.Author ?? "api", cancellationToken), cancellationToken));
    }

    private static async Task<IResult> UndoAsync(long id, HttpRequest request, IngestService ingest, WriteAccess access, CancellationToken cancellationToken) =>
        ApiEndpoints.Refuse(request, access) ?? Outcome(await ingest.CorrectAsync(c => c.UndoAsync(id, cancellationToken), cancellationToken));

    private static IResult Outcome(CorrectionResult result) => result switch
    {
        { Error: { } error } when error.StartsWith("there is no ", StringComparison.Ordinal) => Results.Problem(error, statusCode: StatusCodes.Status404NotFound),
        { Error: { } error } => Invalid("correction", error),
        { Correction: { } correction } => Results.Ok(new JsonObject
        {
            ["correction"] = Describe(correction),
            ["articlesProcessed"] = result.Reprocessed.Count,
            ["failures"] = new JsonArray(result.Reprocessed.Where(r => r.Error is not null).Select(r => (JsonNode)$"{r.File}: {r.Error}").ToArray()),
        }),
        _ => Results.Problem("the correction had no outcome", statusCode: StatusCodes.Status500InternalServerError),
    };

    private static JsonObject Describe(Correction c) => new()
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
