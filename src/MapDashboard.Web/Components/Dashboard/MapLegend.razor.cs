using MapDashboard.Core.Actors;
using Microsoft.AspNetCore.Components;

namespace MapDashboard.Web.Components.Dashboard;

/// <summary>
/// The legend (colours, shapes, the sides' control colours) with the layer toggles and the control areas' opacity.
/// Folded by CSS on a phone until the analyst opens it.
/// </summary>
public sealed partial class MapLegend
{
    private static readonly HashSet<string> LegendSides = ["pro-government", "opposition", "jihadist", "islamic-state", "kurdish-led", "turkish-backed"];

    private bool? _open; // null: open on wide screens, folded on phones (by CSS)

    [Inject]
    private FactionCatalogue Factions { get; set; } = default!;

    /// <summary>Which layers show.</summary>
    [Parameter]
    public LayerVisibility Layers { get; set; } = new();

    /// <summary>Raised when a layer is switched on or off.</summary>
    [Parameter]
    public EventCallback<LayerVisibility> LayersChanged { get; set; }

    /// <summary>Raised while the opacity slider moves (percent).</summary>
    [Parameter]
    public EventCallback<int> OpacityChanged { get; set; }

    /// <summary>Whether ACLED events were imported (then the legend shows their symbol and a toggle).</summary>
    [Parameter]
    public bool AcledAvailable { get; set; }

    /// <summary>Whether the ACLED layer shows.</summary>
    [Parameter]
    public bool ShowAcled { get; set; }

    /// <summary>Raised when the ACLED layer is switched.</summary>
    [Parameter]
    public EventCallback<bool> ShowAcledChanged { get; set; }

    /// <summary>ACLED events in the window.</summary>
    [Parameter]
    public long AcledCount { get; set; }

    /// <summary>Control areas drawn at the date.</summary>
    [Parameter]
    public int ControlAreas { get; set; }

    /// <summary>Asks whether the screen is phone-narrow (where the legend starts folded).</summary>
    [Parameter]
    public Func<Task<bool>>? IsNarrowAsync { get; set; }

    private string LegendClass => _open switch { true => "md-legend-open", false => "md-legend-closed", null => "md-legend-auto" };

    private async Task ToggleAsync()
    {
        // From "auto", the first click flips what the screen shows: folded on a phone, open on a wide screen.
        _open = _open is { } open ? !open : IsNarrowAsync is not null && await IsNarrowAsync();
    }
}
