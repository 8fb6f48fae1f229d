using System.Diagnostics;
using System.Globalization;
using MapDashboard.Core.Actors;
using MapDashboard.Core.Control;
using MapDashboard.Data.Store;
using MapDashboard.Web.Components.Map;

namespace MapDashboard.Web.Components.Dashboard;

/// <summary>
/// Control on the map: the areas per side at the slider's date and rings on the places that changed hands in the
/// window. One instance per page (it remembers the areas drawn and the changes listed).
/// </summary>
public sealed class ControlLayer(ControlLayerService control, FactionCatalogue factions, EventQueries events)
{
    /// <summary>The areas' layer name in the map.</summary>
    public const string AreasName = "control";

    /// <summary>The changes' layer name in the map.</summary>
    public const string ChangesName = "changes";

    private readonly ChangeRings _rings = new();
    private DateOnly? _lastDate;

    /// <summary>How many control areas are drawn (0 while the areas are off).</summary>
    public int AreaCount { get; private set; }

    /// <summary>The legend's rows at the date: areas and places per side (empty while the areas are off).</summary>
    public IReadOnlyList<ControlLegendEntry> Legend { get; private set; } = [];

    /// <summary>The places that changed hands in the window, as the view's filters keep them.</summary>
    public IReadOnlyList<ChangedHands> Changes { get; private set; } = [];

    /// <summary>Draws (or removes) the areas at the date and the rings of the window's changes.</summary>
    public async Task RefreshAsync(LeafletMap map, DashboardViewState state, LayerVisibility layers, StepTimings? timings = null)
    {
        var date = state.Date ?? DateOnly.FromDateTime(DateTime.UtcNow);
        if (layers.Control)
        {
            // Built (or taken from the cache) here for the legend; the browser fetches the same cached text by URL over HTTP
            // rather than through the circuit, and keeps it for the store's version.
            var started = Stopwatch.GetTimestamp();
            var version = control.Version;
            var layer = await control.LayerAtAsync(date);
            BuildNextStepAhead(date);
            var stats = new { buildMs = Stopwatch.GetElapsedTime(started).TotalMilliseconds, bytes = layer.GeoJson.Length };
            timings?.Lap("controlBuild");
            var url = string.Create(CultureInfo.InvariantCulture, $"api/control/layer?date={date:yyyy-MM-dd}&v={version}");
            var drawn = await map.SetControlLayerFromUrlAsync(AreasName, url, layers.ControlOpacity / 100.0, stats);
            if (drawn >= 0)
            {
                AreaCount = drawn;
            }
            Legend = layer.Legend;
            timings?.Lap("controlSend");
        }
        else
        {
            await map.RemoveLayerAsync(AreasName);
            AreaCount = 0;
            Legend = [];
        }
        var windowStart = state.Window == TimeWindow.AllToDate ? DateOnly.MinValue : state.WindowStart.AddDays(-1);
        var changes = await control.ChangedHandsAsync(windowStart, date);
        timings?.Lap("changesRead");
        Changes = await ChangedHandsFilter.ApplyAsync(changes, EventFilters.QueryFor(state, factions, 1), events);
        timings?.Lap("changesFilter");
        timings?.Count("changes", Changes.Count);
        if (!layers.Changes)
        {
            await map.RemoveLayerAsync(ChangesName);
            _rings.Forget();
            return;
        }
        await _rings.DrawAsync(map, ChangesName, ChangeRings.Of(Changes, ControllerName));
        timings?.Lap("changesSend");
    }

    /// <summary>
    /// Has the server build the layer one more step along in the background while this step is fetched and drawn: the
    /// date as far past this one as this one was past the last (playback and the arrow keys move by a constant stride).
    /// </summary>
    private void BuildNextStepAhead(DateOnly date)
    {
        var last = _lastDate;
        _lastDate = date;
        if (last is not { } previous || previous == date)
        {
            return;
        }
        var next = (long)date.DayNumber + date.DayNumber - previous.DayNumber;
        if (next >= DateOnly.MinValue.DayNumber && next <= DateOnly.MaxValue.DayNumber)
        {
            control.BuildAhead(DateOnly.FromDayNumber((int)next));
        }
    }

    /// <summary>Sets the areas' fill opacity (percent) without redrawing them.</summary>
    public static async Task SetOpacityAsync(LeafletMap map, int percent) => await map.SetLayerOpacityAsync(AreasName, Math.Clamp(percent, 0, 100) / 100.0);

    /// <summary>The name of a change's new controller (its id when the catalogue does not know it).</summary>
    public string ControllerName(ControlChange change) => factions.Get(change.Controller)?.Name ?? change.Controller;
}
