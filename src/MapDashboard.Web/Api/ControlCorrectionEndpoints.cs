using System.Text.Json.Nodes;
using MapDashboard.Core.Actors;
using MapDashboard.Data.Control;
using MapDashboard.Data.Store;

namespace MapDashboard.Web.Api;

/// <summary>
/// An analyst's correction of who held a place from a date, kept as a control period of source "correction": it outranks
/// the other claims of that day, stays through re-ingest and re-imports, and is undone by removing it. Needs the analyst
/// key (X-Analyst-Key) like every write; every open map redraws.
/// </summary>
public static class ControlCorrectionEndpoints
{
    private static readonly string[] Statuses = ["held", "contested", "shared", "besieged"];

    /// <summary>A correction: the faction holding the place (a catalogue id), how, from when, by whom and why.</summary>
    public sealed record ControlCorrectionRequest(string? Controller, string? Status, DateOnly? From, string? Author = null, string? Note = null);

    /// <summary>Maps the endpoints into the /api group.</summary>
    public static RouteGroupBuilder MapControlCorrectionEndpoints(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/control").DisableAntiforgery();
        group.MapPost("/places/{placeId}/correction", CorrectAsync)
            .WithSummary("Set who held a place (a gazetteer id, or a snapshot point's id) from a date: controller (faction id), status, from.");
        group.MapDelete("/corrections/{id:long}", UndoAsync).WithSummary("Remove an analyst's correction of a place's control.");
        return api;
    }

    private static async Task<IResult> CorrectAsync(string placeId, ControlCorrectionRequest body, HttpRequest request, WriteAccess access, EventStoreLocation store,
        GazetteerAccess gazetteers, FactionCatalogue factions, IngestService ingest, CancellationToken cancellationToken)
    {
        if (WriteRefusal.Refuse(request, access) is { } refused)
        {
            return refused;
        }
        var p = new ApiParameters();
        if (string.IsNullOrWhiteSpace(body.Controller) || factions.Get(body.Controller.Trim()) is null)
        {
            p.Fail("controller", $"controller must be a faction id of the catalogue (e.g. saa, sdf, rebels), not '{body.Controller}'");
        }
        var status = (body.Status ?? "held").Trim().ToLowerInvariant();
        if (!Statuses.Contains(status))
        {
            p.Fail("status", $"status must be one of {string.Join(", ", Statuses)}");
        }
        if (body.From is null)
        {
            p.Fail("from", "from (YYYY-MM-DD) is required: the day the correction takes effect");
        }
        p.GivenDate(body.From, "from");
        var note = p.Text(body.Note, "note", 500);
        var author = p.Text(body.Author, "author", 100) ?? "api";
        if (p.Problem is { } problem)
        {
            return problem;
        }

        var periods = new ControlPeriodStore(store.Writer);
        var known = await periods.OfPlaceAsync(placeId, cancellationToken);
        var place = gazetteers.TryOpen() is { } gazetteer ? await gazetteer.GetByIdAsync(placeId, cancellationToken) : null;
        (string Name, double Lat, double Lon, string Kind)? where = place is not null ? (place.Name, place.Lat, place.Lon, known.LastOrDefault()?.Kind ?? "settlement")
            : known.Count > 0 ? (known[^1].PlaceName, known[^1].Lat, known[^1].Lon, known[^1].Kind) : null;
        if (where is not { } at)
        {
            return Results.Problem($"no place '{placeId}' in the gazetteer or the control periods", statusCode: StatusCodes.Status404NotFound);
        }
        var stored = await periods.AddCorrectionAsync(new ControlPeriodDraft(placeId, at.Name, at.Lat, at.Lon, at.Kind, body.Controller!.Trim(), status,
            body.From!.Value, 1, "analyst:" + author, "set by analyst", note, place is null && known.Count > 0 ? known[^1].Precision : 1), cancellationToken);
        ingest.AnnounceExternalChange();
        return Results.Ok(new JsonObject
        {
            ["id"] = stored.Id, ["placeId"] = stored.PlaceId, ["name"] = stored.PlaceName, ["controller"] = stored.Controller,
            ["status"] = stored.Status, ["from"] = stored.ValidFrom.ToString("yyyy-MM-dd"), ["source"] = stored.Source, ["evidence"] = stored.Evidence,
        });
    }

    private static async Task<IResult> UndoAsync(long id, HttpRequest request, WriteAccess access, EventStoreLocation store, IngestService ingest,
        CancellationToken cancellationToken)
    {
        if (WriteRefusal.Refuse(request, access) is { } refused)
        {
            return refused;
        }
        if (!await new ControlPeriodStore(store.Writer).RemoveCorrectionAsync(id, cancellationToken))
        {
            return Results.Problem($"no correction of control with id {id}", statusCode: StatusCodes.Status404NotFound);
        }
        ingest.AnnounceExternalChange();
        return Results.NoContent();
    }
}
