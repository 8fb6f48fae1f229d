using MapDashboard.Core.Actors;
using MapDashboard.Core.Control;
using Microsoft.AspNetCore.Components;

namespace MapDashboard.Web.Components.Dashboard;

/// <summary>
/// The legend (colours, shapes, the sides' control colours) with the layer toggles and the control areas' opacity.
/// Folded by CSS on a phone until the analyst opens it.
/// </summary>
public sealed partial class MapLegend
{
    /// <summary>The sides that hold ground on the map, shown with their colours while no control is drawn (the
    /// catalogue's other sides, foreign states, civilians and the unknown side, hold none of their own).</summary>
    private static readonly HashSet<string> LegendSides =
    [
        "pro-government", "opposition", "jihadist", "islamic-state", "kurdish-led", "turkish-backed",
        "syrian-government-2024", "former-regime",
    ];

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

    /// <summary>The control layer's legend rows at the date (areas and places per side); empty while the areas are off.</summary>
    [Parameter]
    public IReadOnlyList<ControlLegendEntry> ControlLegend { get; set; } = [];

    /// <summary>Asks whether the screen is phone-narrow (where the legend starts folded).</summary>
    [Parameter]
    public Func<Task<bool>>? IsNarrowAsync { get; set; }

    private string ControlSummary => ControlLegend.Count == 0
        ? "none drawn"
        : $"{Counted(ControlLegend.Sum(e => e.Areas), "area")}, {Counted(ControlLegend.Sum(e => e.Places), "place")}";

    private static string Counted(int count, string noun) => $"{DashboardText.Count(count)} {noun}{(count == 1 ? "" : "s")}";

    private static string EntryName(ControlLegendEntry entry) => entry.Category switch
    {
        "contested" => "Contested",
        "shared" => $"Shared, led by {entry.Side}",
        _ => entry.Side,
    };

    private static string SwatchClass(ControlLegendEntry entry) => entry.Category == "contested" ? "md-swatch md-swatch-hatched" : "md-swatch";

    private static string SwatchStyle(ControlLegendEntry entry) => entry.Category switch
    {
        "contested" => "background:repeating-linear-gradient(45deg,#424242 0 2px,transparent 2px 6px)",
        "shared" => $"background:{entry.Colour};outline:1px dashed #212121",
        _ => $"background:{entry.Colour}",
    };

    private string LegendClass => _open switch { true => "md-legend-open", false => "md-legend-closed", null => "md-legend-auto" };

    private async Task ToggleAsync()
    {
        // From "auto", the first click flips what the screen shows: folded on a phone, open on a wide screen.
        _open = _open is { } open ? !open : IsNarrowAsync is not null && await IsNarrowAsync();
    }
}
