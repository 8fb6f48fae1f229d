using System.Globalization;
using MapDashboard.Core.Actors;
using MapDashboard.Data.Store;
using MapDashboard.Web.Components.Map;
using Microsoft.AspNetCore.Components;

namespace MapDashboard.Web.Components.Pages;

/// <summary>The dashboard: events of the time window on the map, a slider with playback, and a popup per event.</summary>
public sealed partial class Home : IAsyncDisposable
{
    private LeafletMap? _map;
    private (DateOnly First, DateOnly Last)? _span;
    private int _spanDays;
    private int _dayIndex;
    private TimeWindow _window = TimeWindow.Month;
    private long _undated;
    private List<EventSummary> _events = [];
    private IReadOnlyCollection<string> _types = [];
    private string? _side;
    private bool _playing;
    private CancellationTokenSource? _play;
    private int _controlAreas;
    private (double, double)? _flownTo;
    private bool _showUndated;
    private List<(string Month, long Count, double Height)> _histogram = [];
    private List<EventSummary> _undatedEvents = [];
    private List<MapDashboard.Core.Control.ControlChange> _changes = [];

    private static readonly GeoJsonLayerStyle ControlStyle = new(Weight: 1, Opacity: 0.8, FillOpacity: 0.3);

    [Inject]
    private EventQueries Queries { get; set; } = default!;

    [Inject]
    private EventStoreLocation Store { get; set; } = default!;

    [Inject]
    private FactionCatalogue Factions { get; set; } = default!;

    [Inject]
    private ControlLayerService Control { get; set; } = default!;

    [Inject]
    private NavigationManager Navigation { get; set; } = default!;

    /// <summary>The view in the URL: date (yyyy-MM-dd), window, event types (comma-separated) and side.</summary>
    [SupplyParameterFromQuery(Name = "date")]
    public string? DateParameter { get; set; }

    [SupplyParameterFromQuery(Name = "window")]
    public string? WindowParameter { get; set; }

    [SupplyParameterFromQuery(Name = "types")]
    public string? TypesParameter { get; set; }

    [SupplyParameterFromQuery(Name = "side")]
    public string? SideParameter { get; set; }

    /// <summary>A point to fly to on opening (from the article view's highlights).</summary>
    [SupplyParameterFromQuery(Name = "lat")]
    public double? Lat { get; set; }

    [SupplyParameterFromQuery(Name = "lon")]
    public double? Lon { get; set; }

    [SupplyParameterFromQuery(Name = "zoom")]
    public int? Zoom { get; set; }

    private DateOnly CurrentDate => _span is { } s ? s.First.AddDays(_dayIndex) : DateOnly.FromDateTime(DateTime.UtcNow);

    private string WindowText => _window switch
    {
        TimeWindow.AllToDate => $"everything up to {Format(CurrentDate)}",
        TimeWindow.Day => Format(CurrentDate),
        _ => $"{Format(WindowStart)} – {Format(CurrentDate)}",
    };

    private DateOnly WindowStart => _window switch
    {
        TimeWindow.Day => CurrentDate,
        TimeWindow.Week => CurrentDate.AddDays(-6),
        TimeWindow.Month => CurrentDate.AddMonths(-1).AddDays(1),
        TimeWindow.Year => CurrentDate.AddYears(-1).AddDays(1),
        _ => DateOnly.MinValue,
    };

    /// <inheritdoc />
    protected override async Task OnInitializedAsync()
    {
        if (!Store.Exists)
        {
            return;
        }
        _span = await Queries.GetDateSpanAsync();
        _undated = await Queries.CountAsync(new EventQuery { UndatedOnly = true });
        if (_span is { } span)
        {
            _histogram = Histogram(span, await Queries.CountByMonthAsync());
            _spanDays = span.Last.DayNumber - span.First.DayNumber;
            _dayIndex = _spanDays;
            if (DateOnly.TryParseExact(DateParameter, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
            {
                _dayIndex = Math.Clamp(date.DayNumber - span.First.DayNumber, 0, _spanDays);
            }
        }
        if (Enum.TryParse<TimeWindow>(WindowParameter, ignoreCase: true, out var window))
        {
            _window = window;
        }
        _types = (TypesParameter ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries).Where(t => EventStyles.Types.Any(k => k.Type == t)).ToList();
        _side = SideParameter is { } side && Factions.Sides.Any(s => s.Id == side) ? side : null;
    }

    private async Task ToggleUndatedAsync()
    {
        _showUndated = !_showUndated;
        _undatedEvents = _showUndated ? [.. await Queries.FindAsync(new EventQuery { UndatedOnly = true, Limit = 200 })] : [];
    }

    private async Task OnTypesChangedAsync(IReadOnlyCollection<string> types)
    {
        _types = types.ToList();
        await RefreshAsync();
    }

    private async Task OnSideChangedAsync(string? side)
    {
        _side = side;
        await RefreshAsync();
    }

    /// <summary>Keeps the view in the address bar so it can be bookmarked and shared.</summary>
    private void UpdateUrl()
    {
        var uri = Navigation.GetUriWithQueryParameters(new Dictionary<string, object?>
        {
            ["date"] = CurrentDate.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            ["window"] = _window.ToString().ToLowerInvariant(),
            ["types"] = _types.Any() ? string.Join(',', _types) : null,
            ["side"] = _side,
        });
        if (uri != Navigation.Uri)
        {
            Navigation.NavigateTo(uri, forceLoad: false, replace: true);
        }
    }

    private async Task OnMapReadyAsync()
    {
        await RefreshAsync();
        await FlyToRequestedAsync();
    }

    /// <inheritdoc />
    protected override async Task OnParametersSetAsync() => await FlyToRequestedAsync();

    /// <summary>Flies to the lat/lon/zoom in the URL (place search, article highlights) once per request.</summary>
    private async Task FlyToRequestedAsync()
    {
        if (_map is { IsReady: true } && Lat is { } lat && Lon is { } lon && lat is >= -90 and <= 90 && lon is >= -180 and <= 180 && (lat, lon) != _flownTo)
        {
            _flownTo = (lat, lon);
            await _map.FlyToAsync(lat, lon, Math.Clamp(Zoom ?? 10, 3, 14));
        }
    }

    private async Task OnDayChangedAsync(int day)
    {
        _dayIndex = Math.Clamp(day, 0, _spanDays);
        await RefreshAsync();
    }

    private async Task OnWindowChangedAsync(TimeWindow window)
    {
        _window = window;
        await RefreshAsync();
    }

    private async Task RefreshAsync()
    {
        if (_map is not { IsReady: true } || _span is null)
        {
            return;
        }
        var actors = _side is null ? [] : Factions.Factions.Where(f => Factions.SideOf(f.Id).Id == _side).Select(f => f.Id).ToList();
        var query = new EventQuery
        {
            From = _window == TimeWindow.AllToDate ? null : WindowStart, To = CurrentDate, Limit = 5000, Types = _types.ToList(), Actors = actors,
        };
        _events = [.. await Queries.FindAsync(query)];
        var markers = _events.Where(e => e.Lat is not null && e.Lon is not null).Select(e => new MapMarker(
            e.Id.ToString(CultureInfo.InvariantCulture), e.Lat!.Value, e.Lon!.Value, EventStyles.ColourOf(e.Type),
            $"{e.DateStart} {e.SubType} — {e.PlaceName}", EventStyles.RadiusOf(e.Precision), e.Precision > 1));
        await _map.SetMarkersAsync("events", markers, clustered: true);
        using var control = System.Text.Json.JsonDocument.Parse(await Control.GeoJsonAtAsync(CurrentDate));
        _controlAreas = await _map.SetGeoJsonLayerAsync("control", control.RootElement.Clone(), ControlStyle, popupProperty: "label");
        var windowStart = _window == TimeWindow.AllToDate ? DateOnly.MinValue : WindowStart.AddDays(-1);
        _changes = [.. await Control.ChangedHandsAsync(windowStart, CurrentDate)];
        await _map.SetMarkersAsync("changes", _changes.Select((c, i) => new MapMarker($"change-{i}", c.Lat, c.Lon, "transparent",
            $"{c.PlaceName}: taken by {Factions.Get(c.Controller)?.Name ?? c.Controller} on {Format(c.Date)} ({c.Verb})", Radius: 17, StrokeColor: "#ffb300")), clustered: false);
        UpdateUrl();
        StateHasChanged();
    }

    private Task OnMarkerClickAsync(MapMarkerClick click) =>
        long.TryParse(click.MarkerId, NumberStyles.None, CultureInfo.InvariantCulture, out var id) ? ShowEventAsync(id) : Task.CompletedTask;

    private async Task ShowEventAsync(long id)
    {
        if (_map is not { IsReady: true } || await Queries.GetAsync(id) is not { } detail || detail.Event.Lat is not { } lat || detail.Event.Lon is not { } lon)
        {
            return;
        }
        await _map.FlyToAsync(lat, lon);
        await _map.OpenPopupAsync(lat, lon, EventPopup.Build(detail, Factions));
    }

    private async Task TogglePlayAsync()
    {
        if (_playing)
        {
            StopPlaying();
            return;
        }
        _playing = true;
        _play = new CancellationTokenSource();
        var token = _play.Token;
        if (_dayIndex >= _spanDays)
        {
            _dayIndex = 0;
        }
        using var timer = new PeriodicTimer(TimeSpan.FromMilliseconds(700));
        try
        {
            while (await timer.WaitForNextTickAsync(token) && _dayIndex < _spanDays)
            {
                _dayIndex = Math.Min(_spanDays, _dayIndex + StepDays);
                await RefreshAsync();
            }
        }
        catch (OperationCanceledException)
        {
            // Paused or the page went away.
        }
        _playing = false;
        StateHasChanged();
    }

    private int StepDays => _window switch { TimeWindow.Day => 1, TimeWindow.Week => 7, TimeWindow.Month => 30, _ => 91 };

    private void StopPlaying()
    {
        _play?.Cancel();
        _play?.Dispose();
        _play = null;
        _playing = false;
    }

    /// <summary>One bar per month of the corpus's span (empty months included), scaled to the busiest month.</summary>
    private static List<(string Month, long Count, double Height)> Histogram((DateOnly First, DateOnly Last) span, IReadOnlyList<(string Month, long Count)> counts)
    {
        var byMonth = counts.ToDictionary(c => c.Month, c => c.Count);
        var max = Math.Max(1, counts.Count == 0 ? 1 : counts.Max(c => c.Count));
        var bars = new List<(string, long, double)>();
        for (var month = new DateOnly(span.First.Year, span.First.Month, 1); month <= span.Last; month = month.AddMonths(1))
        {
            var key = month.ToString("yyyy-MM", CultureInfo.InvariantCulture);
            var count = byMonth.GetValueOrDefault(key);
            bars.Add((key, count, count == 0 ? 0 : Math.Max(8, 100.0 * count / max)));
        }
        return bars;
    }

    private static string Describe(TimeWindow window) => window switch
    {
        TimeWindow.Day => "day",
        TimeWindow.Week => "week",
        TimeWindow.Month => "month",
        TimeWindow.Year => "year",
        _ => "all up to the date",
    };

    private static string Format(DateOnly date) => date.ToString("d MMM yyyy", CultureInfo.InvariantCulture);

    /// <inheritdoc />
    public ValueTask DisposeAsync()
    {
        StopPlaying();
        return ValueTask.CompletedTask;
    }
}
