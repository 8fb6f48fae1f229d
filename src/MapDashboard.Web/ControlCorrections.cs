using MapDashboard.Core.Actors;
using MapDashboard.Core.Articles;
using MapDashboard.Data.Control;

namespace MapDashboard.Web;

/// <summary>
/// The one path of an analyst's correction of who held a place from a date, for the API and the map alike: the input is
/// checked, the correction kept as a control period of source "correction" (it outranks the other claims of its day and
/// stays through re-ingest and re-imports), and every open map is told. Whether the caller may write is decided before
/// (<see cref="WriteAccess"/>: the API's header, the map's typed key).
/// </summary>
public sealed class ControlCorrections(EventStoreLocation store, GazetteerAccess gazetteers, FactionCatalogue factions, IngestService ingest)
{
    /// <summary>The statuses a correction may set.</summary>
    public static readonly IReadOnlyList<string> Statuses = ["held", "contested", "shared", "besieged"];

    /// <summary>The longest note and author name kept.</summary>
    public const int MaxNote = 500, MaxAuthor = 100;

    /// <summary>Stores a correction; the outcome holds the stored period, or the wrong fields, or says the place is unknown.</summary>
    public async Task<ControlCorrectionOutcome> CorrectAsync(string placeId, string? controller, string? status, DateOnly? from, string? author, string? note,
        CancellationToken cancellationToken = default)
    {
        var errors = new Dictionary<string, string>(StringComparer.Ordinal);
        if (string.IsNullOrWhiteSpace(controller) || factions.Get(controller.Trim()) is null)
        {
            errors["controller"] = $"controller must be a faction id of the catalogue (e.g. saa, sdf, rebels), not '{controller}'";
        }
        var state = (status ?? "held").Trim().ToLowerInvariant();
        if (!Statuses.Contains(state))
        {
            errors["status"] = $"status must be one of {string.Join(", ", Statuses)}";
        }
        if (from is null)
        {
            errors["from"] = "from (YYYY-MM-DD) is required: the day the correction takes effect";
        }
        else if (PlausibleDates.Refusal(from, "from") is { } refusal)
        {
            errors["from"] = refusal;
        }
        if (note?.Length > MaxNote)
        {
            errors["note"] = $"note is at most {MaxNote} characters";
        }
        if (author?.Length > MaxAuthor)
        {
            errors["author"] = $"author is at most {MaxAuthor} characters";
        }
        if (errors.Count > 0)
        {
            return new ControlCorrectionOutcome(null, errors, false);
        }

        var periods = new ControlPeriodStore(store.Writer);
        var known = await periods.OfPlaceAsync(placeId, cancellationToken);
        var place = gazetteers.TryOpen() is { } gazetteer ? await gazetteer.GetByIdAsync(placeId, cancellationToken) : null;
        (string Name, double Lat, double Lon, string Kind)? where = place is not null ? (place.Name, place.Lat, place.Lon, known.LastOrDefault()?.Kind ?? "settlement")
            : known.Count > 0 ? (known[^1].PlaceName, known[^1].Lat, known[^1].Lon, known[^1].Kind) : null;
        if (where is not { } at)
        {
            return new ControlCorrectionOutcome(null, errors, true);
        }
        var by = string.IsNullOrWhiteSpace(author) ? "api" : author.Trim();
        var stored = await periods.AddCorrectionAsync(new ControlPeriodDraft(placeId, at.Name, at.Lat, at.Lon, at.Kind, controller!.Trim(), state,
            from!.Value, 1, "analyst:" + by, "set by analyst", string.IsNullOrWhiteSpace(note) ? null : note.Trim(),
            place is null && known.Count > 0 ? known[^1].Precision : 1), cancellationToken);
        ingest.AnnounceExternalChange();
        return new ControlCorrectionOutcome(stored, errors, false);
    }

    /// <summary>Removes a correction; false when there is none with that id.</summary>
    public async Task<bool> RemoveAsync(long id, CancellationToken cancellationToken = default)
    {
        if (!await new ControlPeriodStore(store.Writer).RemoveCorrectionAsync(id, cancellationToken))
        {
            return false;
        }
        ingest.AnnounceExternalChange();
        return true;
    }
}
