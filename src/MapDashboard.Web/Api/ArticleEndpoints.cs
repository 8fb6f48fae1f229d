using System.Text.Json.Nodes;
using MapDashboard.Data.Ingest;
using MapDashboard.Data.Store;
using Microsoft.AspNetCore.Http.Features;

namespace MapDashboard.Web.Api;

/// <summary>/api/articles: list and read stored articles, add one (its text as the body), set an article's date.</summary>
public static class ArticleEndpoints
{
    /// <summary>Maps the endpoints into the /api group.</summary>
    public static RouteGroupBuilder MapArticleEndpoints(this RouteGroupBuilder api)
    {
        api.MapGet("/articles", ListArticlesAsync).WithSummary("Stored articles, newest first: from, to (publication dates), q (words of the title, outlet or source), limit, offset.");
        api.MapGet("/articles/{id:long}", GetArticleAsync).WithSummary("One article with its place mentions and events.");
        api.MapPost("/articles", IngestArticleAsync)
            .WithSummary("Add an article (the request body is its text: plain, Markdown or HTML; at most Ingest:MaxBytes, else 413). Needs the analyst key (X-Analyst-Key) when one is configured.")
            .WithRequestTimeout(WebApplicationExtensions.IngestTimeoutPolicy)
            .DisableAntiforgery();
        api.MapPost("/articles/{id:long}/date", RedateArticleAsync)
            .WithSummary("Set an article's publication date (yyyy-MM-dd): its events are re-dated, and the date is kept when the article is processed again.")
            .WithRequestTimeout(WebApplicationExtensions.IngestTimeoutPolicy)
            .DisableAntiforgery();
        return api;
    }

    private static async Task<IResult> ListArticlesAsync(ArticleQueries articles, EventStoreLocation store, string? from, string? to, string? q, int? limit, int? offset,
        CancellationToken cancellationToken)
    {
        var p = new ApiParameters();
        var (fromDate, toDate) = p.Window(from, to);
        var words = p.Text(q, "q", 200);
        var (pageLimit, pageOffset) = p.Paging(limit, offset, 1000, 100);
        if (p.Problem is { } problem)
        {
            return problem;
        }
        if (!store.Exists)
        {
            return Results.Json(new { total = 0, items = Array.Empty<ArticleSummary>() });
        }
        var (items, total) = await articles.ListAsync(fromDate, toDate, words, pageLimit, pageOffset, cancellationToken);
        return Results.Json(new { total, items });
    }

    private static async Task<IResult> GetArticleAsync(long id, ArticleQueries articles, EventStoreLocation store, CancellationToken cancellationToken) =>
        store.Exists && await articles.GetViewAsync(id, cancellationToken) is { } article
            ? Results.Json(article)
            : Results.Problem($"There is no article {id}.", statusCode: StatusCodes.Status404NotFound);

    private static async Task<IResult> IngestArticleAsync(HttpRequest request, IngestService ingest, WriteAccess access, string? name, string? title,
        string? outlet, string? published, CancellationToken cancellationToken)
    {
        if (WriteRefusal.Refuse(request, access) is { } refused)
        {
            return refused;
        }
        var p = new ApiParameters();
        var date = p.GivenDate(p.Date(published, "published"), "published");
        p.TitleAndOutlet(title, outlet);
        if (p.Problem is { } problem)
        {
            return problem;
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
        var result = await ingest.IngestAsync(source, buffer.ToArray(), new ArticleOverrides(title, outlet, date), cancellationToken);
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
            ["truncated"] = outcome.Truncated,
            ["message"] = IngestService.Describe(result),
        };
        return outcome.Status == IngestStatus.Unchanged ? Results.Ok(body) : Results.Created($"/api/articles/{outcome.ArticleId}", body);
    }

    private static IResult TooLarge(string message) =>
        Results.Problem(message, statusCode: StatusCodes.Status413PayloadTooLarge, title: "The request body is too large");

    private static async Task<IResult> RedateArticleAsync(long id, HttpRequest request, IngestService ingest, WriteAccess access, string? published,
        CancellationToken cancellationToken)
    {
        if (WriteRefusal.Refuse(request, access) is { } refused)
        {
            return refused;
        }
        var p = new ApiParameters();
        var date = p.GivenDate(p.Date(published, "published", required: true), "published");
        if (p.Problem is { } problem)
        {
            return problem;
        }
        var result = await ingest.RedateAsync(id, date!.Value, "api", cancellationToken);
        if (result.Error is not null)
        {
            return CorrectionEndpoints.Outcome(result);
        }
        return Results.Ok(new JsonObject
        {
            ["articleId"] = id, ["published"] = published, ["correctionId"] = result.Correction!.Id,
            ["events"] = result.Reprocessed.Sum(r => r.Outcome?.Events ?? 0),
        });
    }
}
