using MapDashboard.Core.Actors;
using Microsoft.AspNetCore.Components;
using MudBlazor;

namespace MapDashboard.Web.Components.Dashboard;

/// <summary>
/// Sets or corrects who holds a place from a date, from the map or the changed-hands list: the side, the status and the first day, through the same
/// path as the API (<see cref="ControlCorrections"/>). Nothing is written without write access: the analyst key typed here
/// is checked on the server before anything is stored, so a forged click changes nothing.
/// </summary>
public sealed partial class ControlCorrectionPanel
{
    private IReadOnlyList<Faction> _factions = [];
    private string _controller = "";
    private string _status = "held";
    private DateOnly? _from;
    private string? _note;
    private string? _key;
    private string? _error;
    private bool _busy;

    /// <summary>The place to correct.</summary>
    [Parameter, EditorRequired]
    public ControlCorrectionTarget Place { get; set; } = default!;

    /// <summary>The first day offered (the slider's date).</summary>
    [Parameter]
    public DateOnly Date { get; set; }

    /// <summary>Raised when the form closes (saved or cancelled).</summary>
    [Parameter]
    public EventCallback OnClose { get; set; }

    [Inject]
    private ControlCorrections Corrections { get; set; } = default!;

    [Inject]
    private WriteAccess Access { get; set; } = default!;

    [Inject]
    private FactionCatalogue Factions { get; set; } = default!;

    [Inject]
    private ISnackbar Snackbar { get; set; } = default!;

    private string? _shownPlace;

    /// <inheritdoc />
    protected override void OnInitialized() => _factions = Factions.Factions.OrderBy(f => f.Name, StringComparer.OrdinalIgnoreCase).ToList();

    /// <inheritdoc />
    protected override void OnParametersSet()
    {
        if (_shownPlace != Place.PlaceId)
        {
            // Another place: a fresh form at the slider's date (the typed key stays for the session's next correction).
            (_shownPlace, _controller, _status, _from, _note, _error) = (Place.PlaceId, "", "held", Date, null, null);
        }
    }

    private async Task SaveAsync()
    {
        if (Access.Refusal(_key) is { } refusal)
        {
            _error = refusal;
            return;
        }
        _busy = true;
        try
        {
            var outcome = await Corrections.CorrectAsync(Place.PlaceId, _controller, _status, _from, Place.Origin, _note);
            if (outcome.Errors.Count > 0 || outcome.Stored is null)
            {
                _error = outcome.Errors.Count > 0 ? string.Join(" ", outcome.Errors.Values) : $"{Place.Name} is no longer known to the gazetteer or the control periods.";
                return;
            }
            _error = null;
            Snackbar.Add($"{Place.Name}: held by {Factions.Get(outcome.Stored.Controller)?.Name ?? outcome.Stored.Controller} ({outcome.Stored.Status}) from {outcome.Stored.ValidFrom:yyyy-MM-dd}, kept as an analyst's correction.", Severity.Success);
            await OnClose.InvokeAsync();
        }
        finally
        {
            _busy = false;
        }
    }
}
