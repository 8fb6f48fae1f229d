using MapDashboard.Core.Actors;
using MapDashboard.Core.Control;
using MapDashboard.Data.Store;
using Microsoft.AspNetCore.Components;

namespace MapDashboard.Web.Components.Dashboard;

/// <summary>
/// The events of the window beside the map, with the places that changed hands (each with "correct") and the unresolved
/// mentions: hovering a row asks for its marker to be highlighted, clicking it for its event to be shown.
/// </summary>
public sealed partial class EventList
{
    // null: as the screen suits (open beside the map on a wide screen, a button for a bottom sheet on a phone).
    private bool? _open;

    [Inject]
    private FactionCatalogue Factions { get; set; } = default!;

    /// <summary>The window's events (count, listed rows, whether clustered).</summary>
    [Parameter, EditorRequired]
    public EventWindow Window { get; set; } = default!;

    /// <summary>Place mentions of the window's articles that could not be located.</summary>
    [Parameter]
    public long Unresolved { get; set; }

    /// <summary>The places that changed hands in the window.</summary>
    [Parameter]
    public IReadOnlyList<ChangedHands> Changes { get; set; } = [];

    /// <summary>
    /// Raised with a changed-hands row's place when its "correct" is clicked: the analyst's correction of who holds it, as
    /// from the map's popup (no button without a handler).
    /// </summary>
    [Parameter]
    public EventCallback<ControlCorrectionTarget> OnCorrect { get; set; }

    /// <summary>Raised with a row's event id when it is clicked.</summary>
    [Parameter]
    public EventCallback<long> OnSelect { get; set; }

    /// <summary>Raised with a row's event id while it is hovered, and with null when the pointer leaves the list.</summary>
    [Parameter]
    public EventCallback<long?> OnHighlight { get; set; }

    private string ListClass => "md-event-list " + _open switch { true => "md-event-list-open", false => "md-event-list-closed", null => "md-event-list-auto" };

    private string CountText => Window.Count == 1 ? "1 event in the window" : $"{DashboardText.Count(Window.Count)} events in the window";

    private static string CorrectTitle(ControlChange change) => $"Set or correct who holds {change.PlaceName} (needs write access)";

    private Task CorrectAsync(ControlChange change) => OnCorrect.InvokeAsync(new ControlCorrectionTarget(change.PlaceId, change.PlaceName, "list"));

    private string ActorsText(EventSummary e)
    {
        string Name(string id) => Factions.Get(id)?.Name ?? id;
        return (e.Actor1, e.Actor2) switch
        {
            ({ } a, { } b) => $"{Name(a)} vs {Name(b)}",
            ({ } a, null) => Name(a),
            (null, { } b) => Name(b),
            _ => "",
        };
    }
}
