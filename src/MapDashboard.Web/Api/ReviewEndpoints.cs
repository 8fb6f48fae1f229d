using MapDashboard.Data.Corrections;

namespace MapDashboard.Web.Api;

/// <summary>/api/review and /api/corrections: the review queue and the log of corrections (reading is open).</summary>
public static class ReviewEndpoints
{
    /// <summary>The review kinds as the API names them.</summary>
    private static readonly IReadOnlyDictionary<ReviewKind, string> KindNames = new Dictionary<ReviewKind, string>
    {
        [ReviewKind.Mention] = "mention",
        [ReviewKind.AmbiguousDate] = "date",
        [ReviewKind.UndatedArticle] = "undated",
        [ReviewKind.WeakArticleDate] = "weakdate",
    };

    /// <summary>Maps the endpoints into the /api group.</summary>
    public static RouteGroupBuilder MapReviewEndpoints(this RouteGroupBuilder api)
    {
        api.MapGet("/review", ListReviewAsync).WithSummary("The review queue, most consequential first: kind = mention, date, undated or weakdate.");
        api.MapGet("/corrections", ListCorrectionsAsync).WithSummary("Every correction, newest first, with who made it and when (and when undone).");
        return api;
    }

    private static async Task<IResult> ListReviewAsync(ReviewQueue queue, EventStoreLocation store, string? kind, int? limit, int? offset, CancellationToken cancellationToken)
    {
        var p = new ApiParameters();
        ReviewKind? chosen = string.IsNullOrWhiteSpace(kind) ? null
            : KindNames.Where(k => k.Value == kind.Trim().ToLowerInvariant()).Select(k => (ReviewKind?)k.Key).FirstOrDefault();
        if (chosen is null && !string.IsNullOrWhiteSpace(kind))
        {
            p.Fail("kind", "kind must be mention, date, undated or weakdate");
        }
        var (pageLimit, pageOffset) = p.Paging(limit, offset, 1000, 100);
        if (p.Problem is { } problem)
        {
            return problem;
        }
        if (!store.Exists)
        {
            return Results.Ok(new { counts = new { }, items = Array.Empty<ReviewItem>() });
        }
        var counts = await queue.CountAsync(cancellationToken);
        var items = await queue.ListAsync(chosen, pageLimit, pageOffset, cancellationToken);
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
        var p = new ApiParameters();
        var (count, _) = p.Paging(limit, null, 1000, 200);
        return p.Problem ?? Results.Ok(store.Exists ? (await corrections.ListAsync(count, cancellationToken)).Select(CorrectionEndpoints.Describe) : []);
    }
}
