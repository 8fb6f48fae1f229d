using System.Text.Json.Nodes;

namespace MapDashboard.Web.Api;

/// <summary>
/// An analyst's correction of who held a place from a date, kept as a control period of source "correction": it outranks
/// the other claims of that day, stays through re-ingest and re-imports, and is undone by removing it. Needs the analyst
/// key (X-Analyst-Key) like every write; every open map redraws. The map's correction form takes the same path
/// (<see cref="ControlCorrections"/>).
/// </summary>
public static class ControlCorrectionEndpoints
{
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

    private static async Task<IResult> CorrectAsync(string placeId, ControlCorrectionRequest body, HttpRequest request, WriteAccess access,
        ControlCorrections corrections, CancellationToken cancellationToken)
    {
        if (WriteRefusal.Refuse(request, access) is { } refused)
        {
            return refused;
        }
        var outcome = await corrections.CorrectAsync(placeId, body.Controller, body.Status, body.From, body.Author, body.Note, cancellationToken);
        if (outcome.Errors.Count > 0)
        {
            return Results.ValidationProblem(outcome.Errors.ToDictionary(e => e.Key, e => new[] { e.Value }));
        }
        if (outcome.Stored is not { } stored)
        {
            return Results.Problem($"no place '{placeId}' in the gazetteer or the control periods", statusCode: StatusCodes.Status404NotFound);
        }
        return Results.Ok(new JsonObject
        {
            ["id"] = stored.Id, ["placeId"] = stored.PlaceId, ["name"] = stored.PlaceName, ["controller"] = stored.Controller,
            ["status"] = stored.Status, ["from"] = stored.ValidFrom.ToString("yyyy-MM-dd"), ["source"] = stored.Source, ["evidence"] = stored.Evidence,
        });
    }

    private static async Task<IResult> UndoAsync(long id, HttpRequest request, WriteAccess access, ControlCorrections corrections, CancellationToken cancellationToken)
    {
        if (WriteRefusal.Refuse(request, access) is { } refused)
        {
            return refused;
        }
        return await corrections.RemoveAsync(id, cancellationToken)
            ? Results.NoContent()
            : Results.Problem($"no correction of control with id {id}", statusCode: StatusCodes.Status404NotFound);
    }
}
