using MapDashboard.Data.Outlets;

namespace MapDashboard.Web.Api;

/// <summary>
/// The outlets table (issue #19.5): read by anyone; an edit (name, home country, owner, language, web site, each fact
/// with its reference) needs the analyst key (X-Analyst-Key) like every write, is validated by
/// <see cref="OutletValidator"/> (400 naming each field) and saved in one transaction.
/// </summary>
public static class OutletEndpoints
{
    /// <summary>An edit: the facts with their references; <see cref="Name"/> renames the outlet (null: keep its name).</summary>
    public sealed record OutletEdit(string? Name, string? HomeCountry, string? HomeCountryRef, string? Owner, string? OwnerRef, string? Language,
        string? LanguageRef, string? Website, string? WebsiteRef);

    /// <summary>Maps the endpoints into the /api group.</summary>
    public static RouteGroupBuilder MapOutletEndpoints(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/outlets").DisableAntiforgery();
        group.MapGet("", ListAsync).WithSummary("Every outlet with its facts, their references and its feeds.");
        group.MapGet("/{name}", GetAsync).WithSummary("One outlet by name (case-insensitive).");
        group.MapPut("/{name}", SaveAsync).WithSummary("Add or edit an outlet (analyst key): each fact needs its reference; a new name takes its feeds and articles along.");
        return api;
    }

    private static async Task<IResult> ListAsync(OutletStore outlets, EventStoreLocation store, CancellationToken cancellationToken)
    {
        // Before the first article there is no store yet: the bundled outlets are what it will hold.
        var all = store.Exists ? await outlets.ListAsync(cancellationToken) : OutletStore.ReadBundled();
        var feeds = store.Exists ? await outlets.FeedsAsync(all.Select(o => o.Name), cancellationToken) : Array.Empty<Data.Feeds.Feed>().ToLookup(f => "");
        return Results.Ok(all.Select(o => Json(o, feeds[o.Name.ToLowerInvariant()])));
    }

    private static async Task<IResult> GetAsync(string name, OutletStore outlets, EventStoreLocation store, CancellationToken cancellationToken)
    {
        var found = store.Exists ? await outlets.GetAsync(name, cancellationToken)
            : OutletStore.ReadBundled().FirstOrDefault(o => string.Equals(o.Name, name, StringComparison.OrdinalIgnoreCase));
        if (found is not { } outlet)
        {
            return Results.Problem($"there is no outlet named '{name}'", statusCode: StatusCodes.Status404NotFound);
        }
        var feeds = store.Exists ? (await outlets.FeedsAsync([outlet.Name], cancellationToken))[outlet.Name.ToLowerInvariant()] : [];
        return Results.Ok(Json(outlet, feeds));
    }

    private static async Task<IResult> SaveAsync(string name, OutletEdit body, HttpRequest request, WriteAccess access, OutletStore outlets,
        EventStoreLocation store, Data.Store.EventStore events, IngestService ingest, CancellationToken cancellationToken)
    {
        if (WriteRefusal.Refuse(request, access) is { } refused)
        {
            return refused;
        }
        if (!store.Exists)
        {
            await events.InitializeAsync(cancellationToken);
        }
        var outlet = new Outlet
        {
            Name = body.Name ?? name, HomeCountry = body.HomeCountry, HomeCountryRef = body.HomeCountryRef, Owner = body.Owner, OwnerRef = body.OwnerRef,
            Language = body.Language, LanguageRef = body.LanguageRef, Website = body.Website, WebsiteRef = body.WebsiteRef,
        };
        // Without a new name the outlet keeps its stored spelling, whatever the case of the address.
        var problems = await outlets.SaveAsync(outlet, body.Name is null ? null : name, cancellationToken);
        if (problems.Count > 0)
        {
            return Results.ValidationProblem(problems.GroupBy(p => p.Field).ToDictionary(g => g.Key, g => g.Select(p => p.Message).ToArray()));
        }
        ingest.AnnounceExternalChange();
        var saved = (await outlets.GetAsync(outlet.Name.Trim(), cancellationToken))!;
        return Results.Ok(Json(saved, (await outlets.FeedsAsync([saved.Name], cancellationToken))[saved.Name.ToLowerInvariant()]));
    }

    private static object Json(Outlet o, IEnumerable<Data.Feeds.Feed> feeds) => new
    {
        o.Name, o.HomeCountry, o.HomeCountryRef, o.Owner, o.OwnerRef, o.Language, o.LanguageRef, o.Website, o.WebsiteRef,
        EditedByUser = o.EditedByUser != 0,
        Feeds = feeds.Select(f => new { f.Id, f.Url, Paused = f.Paused != 0, f.LastPoll, f.LastError, f.ArticlesTaken }),
    };
}
