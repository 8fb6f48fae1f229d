using System.Text.Json;
using MapDashboard.Data.Store;
using MapDashboard.Web.Health;
using Microsoft.AspNetCore.Components;
using Microsoft.JSInterop;

namespace MapDashboard.Web.Components.Map;

/// <summary>
/// A typed wrapper over one Leaflet JS module: creates the map with the offline basemap after first render,
/// manages named GeoJSON and marker layers, opens popups, and raises clicks back to .NET. Disposal removes the map,
/// releases the .NET reference and the module, and tolerates a browser that has already gone, also when it comes
/// while the map is still being created. Every reference held is counted in <see cref="CircuitMonitor"/>.
/// </summary>
public sealed partial class LeafletMap : ComponentBase, IAsyncDisposable
{
    private ElementReference _element;
    private IJSObjectReference? _module;
    private IJSObjectReference? _map;
    private DotNetObjectReference<LeafletMap>? _self;
    private bool _disposed;
    private string? _shownArea;

    [Inject]
    private IJSRuntime JS { get; set; } = default!;

    [Inject]
    private CircuitMonitor Circuits { get; set; } = default!;

    [Inject]
    private IConfiguration Configuration { get; set; } = default!;

    [Inject]
    private PlacePin Pin { get; set; } = default!;

    /// <summary>Extra CSS classes for the map element.</summary>
    [Parameter]
    public string? Class { get; set; }

    /// <summary>Inline style for the map element.</summary>
    [Parameter]
    public string? Style { get; set; }

    /// <summary>Where the basemap GeoJSON files are served from.</summary>
    [Parameter]
    public string BasemapUrl { get; set; } = "basemap/";

    /// <summary>Whether clicks on the basemap's governorates go to <see cref="OnMapClick"/> (picking a point) instead of their popup.</summary>
    [Parameter]
    public bool PickPoints { get; set; }

    /// <summary>Raised once the map and its basemap are drawn.</summary>
    [Parameter]
    public EventCallback OnReady { get; set; }

    /// <summary>Raised when a feature of a GeoJSON layer (or of the basemap's governorates) is clicked.</summary>
    [Parameter]
    public EventCallback<MapFeatureClick> OnFeatureClick { get; set; }

    /// <summary>Raised when a marker is clicked.</summary>
    [Parameter]
    public EventCallback<MapMarkerClick> OnMarkerClick { get; set; }

    /// <summary>Raised when the map background is clicked.</summary>
    [Parameter]
    public EventCallback<MapPoint> OnMapClick { get; set; }

    /// <summary>Raised after the user pans or zooms (and once the map is drawn).</summary>
    [Parameter]
    public EventCallback<MapView> OnViewChanged { get; set; }

    /// <summary>The marker layer whose events the "Event density" overlay of the layer control draws as heat; null: no such overlay.</summary>
    [Parameter]
    public string? HeatLayer { get; set; }

    /// <summary>The drawn area shown on the map (as <see cref="AreaPolygon.Encode"/> writes it), or null.</summary>
    [Parameter]
    public string? Area { get; set; }

    /// <summary>Raised when an area is drawn (null: cleared); with a handler the map offers the drawing tools.</summary>
    [Parameter]
    public EventCallback<AreaPolygon?> OnAreaDrawn { get; set; }

    /// <summary>Whether the map has been created in the browser.</summary>
    public bool IsReady => _map is not null;

    /// <summary>Adds or replaces a named GeoJSON layer; returns the number of features drawn.</summary>
    public ValueTask<int> SetGeoJsonLayerAsync(string name, object geoJson, GeoJsonLayerStyle style, string? popupProperty = null) =>
        RequireMap().InvokeAsync<int>("setGeoJsonLayer", name, geoJson, style, popupProperty);

    /// <summary>Adds or replaces the control layer (areas, fronts, symbols with their popups); returns the number of areas drawn. <paramref name="stats"/> (server build time, size) is kept for the benchmarks.</summary>
    public ValueTask<int> SetControlLayerAsync(string name, object geoJson, double fillOpacity, object? stats = null) =>
        RequireMap().InvokeAsync<int>("setControlLayer", name, geoJson, Math.Clamp(fillOpacity, 0, 1), stats);

    /// <summary>
    /// Adds or replaces the control layer from a URL of this app (fetched by the browser, not sent through the circuit); a URL
    /// already drawn is not drawn again. Returns the number of areas drawn, or -1 when a newer call replaced this one meanwhile.
    /// </summary>
    public ValueTask<int> SetControlLayerFromUrlAsync(string name, string url, double fillOpacity, object? stats = null) =>
        RequireMap().InvokeAsync<int>("setControlLayerFromUrl", name, url, Math.Clamp(fillOpacity, 0, 1), stats);

    /// <summary>Adds or replaces a named marker layer, clustered when asked. Returns the number of markers.</summary>
    public ValueTask<int> SetMarkersAsync(string name, IEnumerable<MapMarker> markers, bool clustered) => RequireMap().InvokeAsync<int>("setMarkers", name, markers, clustered);

    /// <summary>Adds and removes rings of a ring layer (one shared SVG, beneath every marker; afresh when asked); returns its ring count.</summary>
    public ValueTask<int> UpdateRingsAsync(string name, IEnumerable<MapRing> added, IEnumerable<string> removedIds, bool reset) =>
        RequireMap().InvokeAsync<int>("updateRings", name, added, removedIds, reset);

    /// <summary>Highlights a marker of a layer (or the cluster holding it); false turns highlighting off.</summary>
    public ValueTask<bool> HighlightMarkerAsync(string layer, string markerId, bool on) =>
        RequireMap().InvokeAsync<bool>("highlightMarker", layer, markerId, on);

    /// <summary>Zooms into a client-side cluster until the marker shows.</summary>
    public ValueTask<bool> RevealMarkerAsync(string layer, string markerId) => RequireMap().InvokeAsync<bool>("revealMarker", layer, markerId);

    /// <summary>Sets a GeoJSON overlay's fill opacity (0..1), kept for later redraws of the layer.</summary>
    public ValueTask SetLayerOpacityAsync(string layer, double fillOpacity) => RequireMap().InvokeVoidAsync("setLayerOpacity", layer, Math.Clamp(fillOpacity, 0, 1));

    /// <summary>Scrolls the element matching a CSS selector into view and marks it selected.</summary>
    public ValueTask<bool> ScrollToRowAsync(string selector) => RequireMap().InvokeAsync<bool>("scrollToRow", selector);

    /// <summary>Whether the browser window is phone-narrow (600 px or less), where panels fold by default.</summary>
    public ValueTask<bool> IsNarrowAsync() => RequireMap().InvokeAsync<bool>("isNarrow");

    /// <summary>The current bounds, zoom and centre.</summary>
    public ValueTask<MapView> GetViewAsync() => RequireMap().InvokeAsync<MapView>("getView");

    /// <summary>Moves the map to a centre and zoom without animation.</summary>
    public ValueTask SetViewAsync(double lat, double lon, int zoom) => RequireMap().InvokeVoidAsync("setView", lat, lon, zoom);

    /// <summary>
    /// Whether the map leaves benchmark marks (MapDashboard:BenchmarkMarks): then a layer's update is sent even when
    /// nothing changed, so that every slider step ends in a mark a benchmark can measure to.
    /// </summary>
    public bool BenchmarkMarks => Configuration.GetValue<bool>(DashboardOptions.BenchmarkMarksKey);

    /// <summary>Hands a redraw's server-side timings to the page (window.__mdStepStats), for the slider benchmark.</summary>
    public ValueTask ReportBenchStatsAsync(IReadOnlyDictionary<string, double> stats) => RequireMap().InvokeVoidAsync("setBenchStats", stats);

    /// <summary>Adds and removes markers of a layer made by <see cref="SetMarkersAsync"/>; returns the layer's marker count.</summary>
    public ValueTask<int> UpdateMarkersAsync(string name, IEnumerable<MapMarker> added, IEnumerable<string> removedIds) =>
        RequireMap().InvokeAsync<int>("updateMarkers", name, added, removedIds);

    /// <summary>Removes a named layer if present.</summary>
    public ValueTask RemoveLayerAsync(string name) => RequireMap().InvokeVoidAsync("removeLayer", name);

    /// <summary>Fits the view to a lat/lon rectangle.</summary>
    public ValueTask FitBoundsAsync(double south, double west, double north, double east) =>
        RequireMap().InvokeVoidAsync("fitBounds", south, west, north, east);

    /// <summary>Flies to a point, keeping the zoom when none is given.</summary>
    public ValueTask FlyToAsync(double lat, double lon, int? zoom = null) => RequireMap().InvokeVoidAsync("flyTo", lat, lon, zoom);

    /// <summary>Opens a popup at a point; every string in <paramref name="content"/> is shown as text.</summary>
    public ValueTask OpenPopupAsync(double lat, double lon, PopupContent content) => RequireMap().InvokeVoidAsync("openPopup", lat, lon, content);

    /// <summary>Closes the open popup.</summary>
    public ValueTask ClosePopupAsync() => RequireMap().InvokeVoidAsync("closePopup");

    /// <inheritdoc />
    protected override async Task OnAfterRenderAsync(bool firstRender)
    {
        if (!firstRender || _disposed)
        {
            return;
        }
        try
        {
            _self = DotNetObjectReference.Create(this);
            Circuits.InteropReferenceChanged(1);
            var module = await JS.InvokeAsync<IJSObjectReference>("import", "./Components/Map/LeafletMap.razor.js");
            Circuits.InteropReferenceChanged(1);
            if (_disposed)
            {
                // Disposed while the module loaded (the page was left at once): DisposeAsync did not see it.
                await Circuits.ReleaseAsync(module, null);
                return;
            }
            _module = module;
            var map = await module.InvokeAsync<IJSObjectReference>("createMap", _element, _self, new
            {
                pickPoints = PickPoints, benchmarkMarks = BenchmarkMarks, heatLayer = HeatLayer, drawAreas = OnAreaDrawn.HasDelegate,
            });
            Circuits.InteropReferenceChanged(1);
            if (_disposed)
            {
                await Circuits.ReleaseAsync(map, "dispose");
                return;
            }
            _map = map;
            await map.InvokeAsync<JsonElement>("addBasemap", BasemapUrl);
            await ShowAreaAsync();
            Pin.Changed += OnPinChanged;
            await ShowPinAsync();
        }
        catch (JSDisconnectedException)
        {
            return; // The browser went away while the map was being created; disposal releases what was made.
        }
        await OnReady.InvokeAsync();
    }

    /// <inheritdoc />
    protected override Task OnParametersSetAsync() => ShowAreaAsync();

    /// <summary>Draws the area given as a parameter when it is not the one the map shows (a link opened, the area cleared).</summary>
    private async Task ShowAreaAsync()
    {
        if (_map is { } map && !_disposed && Area != _shownArea)
        {
            _shownArea = Area;
            await map.InvokeVoidAsync("setArea", Area);
        }
    }

    /// <summary>Called from JS when an area is drawn or cleared (its text as <see cref="AreaPolygon.Encode"/> writes it).</summary>
    [JSInvokable]
    public Task OnAreaDrawnJs(string? area)
    {
        var polygon = area is null ? null : AreaPolygon.Parse(area, out _);
        // A shape that is not a simple polygon changes nothing: the previous area stays. A new one is drawn once the page
        // hands it back as the Area parameter, in the form the URL keeps.
        return area is not null && polygon is null ? Task.CompletedTask : RaiseAsync(OnAreaDrawn, polygon);
    }

    private void OnPinChanged() => _ = InvokeAsync(async () =>
    {
        try
        {
            await ShowPinAsync();
        }
        catch (Exception ex) when (ex is JSDisconnectedException or TaskCanceledException)
        {
            // The browser went away: nothing to draw on.
        }
    });

    /// <summary>Draws the place chosen in the place search as a labelled pin.</summary>
    private async Task ShowPinAsync()
    {
        if (_map is { } map && !_disposed && Pin.Current is { } place)
        {
            await map.InvokeVoidAsync("dropPin", place.Lat, place.Lon, PlacePin.Label(place));
        }
    }

    /// <summary>Called from JS when a GeoJSON feature is clicked.</summary>
    [JSInvokable]
    public Task OnFeatureClicked(string layer, string propertiesJson)
    {
        var properties = JsonSerializer.Deserialize<Dictionary<string, JsonElement>>(propertiesJson) ?? [];
        return RaiseAsync(OnFeatureClick, new MapFeatureClick(layer, properties));
    }

    /// <summary>Called from JS when a marker is clicked.</summary>
    [JSInvokable]
    public Task OnMarkerClicked(string layer, string markerId) => RaiseAsync(OnMarkerClick, new MapMarkerClick(layer, markerId));

    /// <summary>Called from JS after a pan or zoom.</summary>
    [JSInvokable]
    public Task OnViewChangedJs(MapView view) => RaiseAsync(OnViewChanged, view);

    /// <summary>Called from JS when the map background is clicked.</summary>
    [JSInvokable]
    public Task OnMapClicked(double lat, double lon) => RaiseAsync(OnMapClick, new MapPoint(lat, lon));

    /// <summary>
    /// Raises a callback from a JS call. A failing handler would otherwise only reject the browser's promise (which
    /// nobody sees); handed to the renderer instead, it reaches the page's error boundary and the log.
    /// </summary>
    private async Task RaiseAsync<T>(EventCallback<T> callback, T argument)
    {
        try
        {
            await callback.InvokeAsync(argument);
        }
        catch (Exception ex) when (ex is not (JSDisconnectedException or OperationCanceledException))
        {
            await DispatchExceptionAsync(ex);
        }
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        if (_disposed)
        {
            return;
        }
        _disposed = true;
        Pin.Changed -= OnPinChanged;
        await Circuits.ReleaseInOrderAsync(_map, _self, _module);
        _map = null;
        _self = null;
        _module = null;
    }

    private IJSObjectReference RequireMap() =>
        _map ?? throw new InvalidOperationException("The map is not created yet: call after OnReady.");
}
