using MapDashboard.Web.Components.Dashboard;
using MapDashboard.Web.Components.Map;

namespace MapDashboard.Web.Components.Pages;

/// <summary>
/// The dashboard page's correction of control: a place's popup on the map, or a row of the changed-hands list, opens the
/// form; saving redraws every map.
/// </summary>
public sealed partial class Home
{
    private ControlCorrectionTarget? _correcting;

    /// <summary>A control popup asked for the correction form of a place (layer "correct" of the control layer).</summary>
    private void OnFeatureClick(MapFeatureClick click)
    {
        if (click.Layer != ControlLayer.AreasName || !click.Properties.TryGetValue("layer", out var kind) || kind.GetString() != "correct"
            || !click.Properties.TryGetValue("placeId", out var id) || id.GetString() is not { Length: > 0 } placeId)
        {
            return;
        }
        var name = click.Properties.TryGetValue("name", out var given) ? given.GetString() : null;
        _correcting = new ControlCorrectionTarget(placeId, string.IsNullOrWhiteSpace(name) ? "this place" : name);
    }

    /// <summary>A changed-hands row of the list asked for the correction form of its place.</summary>
    private void OpenCorrection(ControlCorrectionTarget place) => _correcting = place;

    private void CloseCorrection() => _correcting = null;
}
