using MapDashboard.Web.Components.Dashboard;
using MapDashboard.Web.Components.Map;

namespace MapDashboard.Web.Components.Pages;

/// <summary>The dashboard page's side of the map: opening at the URL's view, following its moves, and its markers' clicks.</summary>
public sealed partial class Home
{
    private async Task OnMapReadyAsync()
    {
        if (FromUrl().Centre is { } centre)
        {
            // Opening a shared view: go straight there, then draw.
            var zoom = Math.Clamp(centre.Zoom ?? 8, 2, 14);
            _state = _state with { Centre = centre with { Zoom = zoom } };
            await _map!.SetViewAsync(centre.Lat, centre.Lon, zoom);
            _view = await _map.GetViewAsync();
        }
        // Before the store's overview is read (OnInitializedAsync), its end draws the first layers instead.
        await RefreshAsync();
    }

    /// <inheritdoc />
    protected override async Task OnParametersSetAsync()
    {
        // A place search or an article highlight navigates here with a point to fly to.
        if (_map is { IsReady: true } && FromUrl().Centre is { } centre)
        {
            var target = centre with { Zoom = Math.Clamp(centre.Zoom ?? 10, 2, 14) };
            if (target != _state.Centre)
            {
                _state = _state with { Centre = target };
                await _map.FlyToAsync(target.Lat, target.Lon, target.Zoom);
            }
        }
    }

    private async Task OnViewChangedAsync(MapView view)
    {
        _view = view;
        // A move the app made itself (opening a shared view, flying to a search result) keeps the requested point.
        var arrived = _state.Centre is { } target && target.Zoom == view.Zoom && Math.Abs(target.Lat - view.CenterLat) < 1e-3 && Math.Abs(target.Lon - view.CenterLon) < 1e-3;
        if (!arrived)
        {
            _state = _state with { Centre = new MapCentre(Math.Round(view.CenterLat, 4), Math.Round(view.CenterLon, 4), view.Zoom) };
        }
        if (_window.Clustered || _acled.InViewOnly)
        {
            await RefreshAsync(markersOnly: true);
        }
        else
        {
            UpdateUrl();
        }
    }

    private async Task OnMarkerClickAsync(MapMarkerClick click)
    {
        if (_map is { IsReady: true } && !await _events.ShowAsync(_map, click))
        {
            await _acled.OpenPopupAsync(_map, click);
        }
    }

    private async Task HighlightAsync(long? id)
    {
        if (_map is { IsReady: true })
        {
            await _events.HighlightAsync(_map, id);
        }
    }

    private async Task ShowEventAsync(long id)
    {
        if (_map is { IsReady: true })
        {
            await _events.ShowAsync(_map, id, fromMap: false);
        }
    }
}
