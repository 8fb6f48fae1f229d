using System.Globalization;
using MapDashboard.Core.Actors;
using MapDashboard.Core.Control;
using MapDashboard.Data.Store;
using MapDashboard.Web.Components.Map;
using Microsoft.AspNetCore.Components;

namespace MapDashboard.Web.Components.Pages;

/// <summary>
/// The dashboard: the events of the time window on the map (points, or server-side clusters when the window holds more
/// than the browser should draw), the control layer at the date, a slider with range mode and playback, filters, a
/// list synced with the map, and the whole view kept in the URL.
/// </summary>
public sealed partial class Home : IAsyncDisposable
{
    /// <summary>Up to this many events in the window are sent as points (clustered in the browser); beyond it the server clusters.</summary>
    public const int PointLimit = 2000;

    /// <summary>The event list shows at most this many rows.</summary>
    public const int ListLimit = 500;

    /// <summary>Up to this many imported ACLED events of the window are drawn (clustered in the browser); beyond it, those in the view.</summary>
    public const int AcledPointLimit = 2000;

    /// <summary>Server-side cluster cells are about this many screen pixels wide.</summary>
    private const int ClusterCellPixels = 64;

    private static readonly double[] Speeds = [0.5, 1, 2, 4, 8];
    private static readonly double[] ConfidenceSteps = [0, 0.5, 0.6, 0.7, 0.8, 0.9];

    private LeafletMap? _map;
    private (DateOnly First, DateOnly Last)? _span;
    private int _spanDays;
    private int _dayIndex;
    private int _rangeStartIndex;
    private TimeWindow _window = TimeWindow.Month;
    private long _undated;
    private List<EventSummary> _events = [];
    private long _windowCount;
    private bool _clustered;
    private long _unresolved;
    private IReadOnlyCollection<string> _types = [];
    private string? _side;
    private string? _actor;
    private double _minConfidence;
    private ArticleView? _article;
    private bool _playing;
    private CancellationTokenSource? _play;
    private double _speed = 2;
    private bool _loop;
    private int _controlAreas;
    private bool _showControl = true;
    private bool _showEvents = true;
    private bool _showChanges = true;
    private bool _showAcled = true;
    private (DateOnly First, DateOnly Last)? _acledSpan;
    private long _acledCount;
    private bool _acledInViewOnly;
    private int _controlOpacity = 30;
    private bool? _legendOpen; // null: open on wide screens, folded on phones (by CSS)
    private bool _listOpen = true;
    private bool _filtersOpen;
    private MapView? _view;
    private (double Lat, double Lon, int Zoom)? _flownTo;
    private bool _showUndated;
    private long _refreshSequence;
    private List<(string Month, long Count, double Height)> _histogram = [];
    private List<EventSummary> _undatedEvents = [];
    private List<ControlChange> _changes = [];
    private Dictionary<string, MapMarker> _sentEvents = new(StringComparer.Ordinal);
    private bool? _sentClustered;

    [Inject]
    private EventQueries Queries { get; set; } = default!;

    [Inject]
    private ImportedEventQueries Imported { get; set; } = default!;

    [Inject]
    private EventStoreLocation Store { get; set; } = default!;

    [Inject]
    private FactionCatalogue Factions { get; set; } = default!;

    [Inject]
    private ActorRecognizer Actors { get; set; } = default!;

    [Inject]
    private ControlLayerService Control { get; set; } = default!;

    [Inject]
    private NavigationManager Navigation { get; set; } = default!;

    [Inject]
    private IngestService Ingest { get; set; } = default!;

    /// <summary>The view in the URL: date (yyyy-MM-dd), window, range start, filters, and the map's centre and zoom.</summary>
    [SupplyParameterFromQuery(Name = "date")]
    public string? DateParameter { get; set; }

    [SupplyParameterFromQuery(Name = "window")]
    public string? WindowParameter { get; set; }

    [SupplyParameterFromQuery(Name = "from")]
    public string? FromParameter { get; set; }

    [SupplyParameterFromQuery(Name = "types")]
    public string? TypesParameter { get; set; }

    [SupplyParameterFromQuery(Name = "side")]
    public string? SideParameter { get; set; }

    [SupplyParameterFromQuery(Name = "actor")]
    public string? ActorParameter { get; set; }

    // Numbers are read as text and parsed here: a value that is not a number (a hand-edited or hostile link) is
    // ignored, where a typed query parameter would throw and take the page down.
    [SupplyParameterFromQuery(Name = "confidence")]
    public string? ConfidenceParameter { get; set; }

    [SupplyParameterFromQuery(Name = "article")]
    public string? ArticleParameter { get; set; }

    /// <summary>"off" hides the imported ACLED layer.</summary>
    [SupplyParameterFromQuery(Name = "acled")]
    public string? AcledParameter { get; set; }

    /// <summary>The map's centre and zoom (also used by place search and article highlights to fly somewhere).</summary>
    [SupplyParameterFromQuery(Name = "lat")]
    public string? LatParameter { get; set; }

    [SupplyParameterFromQuery(Name = "lon")]
    public string? LonParameter { get; set; }

    [SupplyParameterFromQuery(Name = "zoom")]
    public string? ZoomParameter { get; set; }

    private double? Lat => ParseNumber(LatParameter);

    private double? Lon => ParseNumber(LonParameter);

    private int? Zoom => int.TryParse(ZoomParameter, NumberStyles.Integer, CultureInfo.InvariantCulture, out var zoom) ? zoom : null;

    private static double? ParseNumber(string? text) =>
        double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) && double.IsFinite(value) ? value : null;

    private DateOnly CurrentDate => _span is { } s ? s.First.AddDays(_dayIndex) : DateOnly.FromDateTime(DateTime.UtcNow);

    private string WindowText => _window switch
    {
        TimeWindow.AllToDate => $"everything up to {Format(CurrentDate)}",
        TimeWindow.Day => Format(CurrentDate),
        _ => $"{Format(WindowStart)} – {Format(CurrentDate)}",
    };

    private string WindowCountText => _windowCount == 1 ? "1 event in the window" : $"{_windowCount.ToString("N0", CultureInfo.InvariantCulture)} events in the window";

    private DateOnly WindowStart => _window switch
    {
        TimeWindow.Day => CurrentDate,
        TimeWindow.Week => CurrentDate.AddDays(-6),
        TimeWindow.Month => CurrentDate.AddMonths(-1).AddDays(1),
        TimeWindow.Year => CurrentDate.AddYears(-1).AddDays(1),
        TimeWindow.Range when _span is { } s => s.First.AddDays(Math.Min(_rangeStartIndex, _dayIndex)),
        _ => DateOnly.MinValue,
    };

    private string LegendClass => _legendOpen switch { true => "md-legend-open", false => "md-legend-closed", null => "md-legend-auto" };

    private async Task ToggleLegend()
    {
        // From "auto", the first click flips what the screen shows: folded on a phone, open on a wide screen.
        _legendOpen = _legendOpen is { } open ? !open : _map is { IsReady: true } && await _map.IsNarrowAsync();
    }

    private int ActiveFilterCount => (_types.Count > 0 ? 1 : 0) + (_side is null ? 0 : 1) + (_actor is null ? 0 : 1) + (_minConfidence > 0 ? 1 : 0) + (_article is null ? 0 : 1);

    /// <inheritdoc />
    protected override async Task OnInitializedAsync()
    {
        Ingest.StoreChanged += OnStoreChanged;
        if (!Store.Exists)
        {
            return;
        }
        await LoadSpanAsync();
        if (Enum.TryParse<TimeWindow>(WindowParameter, ignoreCase: true, out var window))
        {
            _window = window;
        }
        if (_span is not null)
        {
            _dayIndex = ParseDayIndex(DateParameter) ?? _spanDays;
            _rangeStartIndex = ParseDayIndex(FromParameter) ?? Math.Max(0, _dayIndex - 30);
            _rangeStartIndex = Math.Min(_rangeStartIndex, _dayIndex);
        }
        _types = (TypesParameter ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries).Where(t => EventStyles.Types.Any(k => k.Type == t)).ToList();
        _side = SideParameter is { } side && Factions.Sides.Any(s => s.Id == side) ? side : null;
        _actor = ActorParameter is { } actor && Factions.Get(actor) is not null ? actor : null;
        _minConfidence = ParseNumber(ConfidenceParameter) is { } c && c is > 0 and <= 1 ? c : 0;
        _showAcled = AcledParameter is not ("off" or "0" or "false");
        _article = long.TryParse(ArticleParameter, NumberStyles.None, CultureInfo.InvariantCulture, out var articleId) ? await Queries.GetArticleAsync(articleId) : null;
        _filtersOpen = ActiveFilterCount > 0;
    }

    /// <summary>The corpus's date span (with imported events), histogram and undated count (again after an ingest).</summary>
    private async Task LoadSpanAsync()
    {
        _acledSpan = await Imported.GetDateSpanAsync();
        _span = (await Queries.GetDateSpanAsync(), _acledSpan) switch
        {
            ({ } ours, { } acled) => (ours.First < acled.First ? ours.First : acled.First, ours.Last > acled.Last ? ours.Last : acled.Last),
            (var ours, var acled) => ours ?? acled,
        };
        _undated = await Queries.CountAsync(new EventQuery { UndatedOnly = true });
        if (_span is { } span)
        {
            _histogram = Histogram(span, await Queries.CountByMonthAsync());
            _spanDays = span.Last.DayNumber - span.First.DayNumber;
        }
    }

    /// <summary>An article landed (from any browser, the API or the watched folder): redraw with it.</summary>
    private void OnStoreChanged() => _ = InvokeAsync(async () =>
    {
        // Raised from another thread with nobody awaiting it: a failure is handed to the renderer (error boundary, log).
        try
        {
            await RedrawAfterIngestAsync();
        }
        catch (Exception ex) when (ex is not (Microsoft.JSInterop.JSDisconnectedException or OperationCanceledException))
        {
            await DispatchExceptionAsync(ex);
        }
    });

    private async Task RedrawAfterIngestAsync()
    {
        var previous = _span;
        var date = CurrentDate;
        var start = WindowStart;
        await LoadSpanAsync();
        if (_span is { } span)
        {
            // Keep the date the analyst was looking at; a first ingest starts at the end.
            _dayIndex = previous is null ? _spanDays : Math.Clamp(date.DayNumber - span.First.DayNumber, 0, _spanDays);
            _rangeStartIndex = previous is null ? 0 : Math.Clamp(start.DayNumber - span.First.DayNumber, 0, _dayIndex);
        }
        StateHasChanged();
        await RefreshAsync();
    }

    private int? ParseDayIndex(string? value) =>
        _span is { } span && DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            ? Math.Clamp(date.DayNumber - span.First.DayNumber, 0, _spanDays)
            : null;

    private EventQuery BuildQuery(int limit)
    {
        var actors = new List<string>();
        if (_side is not null)
        {
            actors.AddRange(Factions.Factions.Where(f => Factions.SideOf(f.Id).Id == _side).Select(f => f.Id));
        }
        if (_actor is not null)
        {
            // An actor filter keeps the actor and its units; with a side filter too, both must agree.
            var own = Factions.Factions.Where(f => f.Id == _actor || Factions.TopLevel(f).Id == _actor).Select(f => f.Id).ToList();
            actors = _side is null ? own : actors.Intersect(own).DefaultIfEmpty("(none)").ToList();
        }
        return new EventQuery
        {
            From = _window == TimeWindow.AllToDate ? null : WindowStart,
            To = CurrentDate,
            Limit = limit,
            Types = _types.ToList(),
            Actors = actors,
            MinConfidence = _minConfidence,
            ArticleId = _article?.Id,
        };
    }

    /// <summary>The API export of exactly what the view shows: its window and filters.</summary>
    /// <summary>The control areas at the slider's date, as the API serves them (GeoJSON).</summary>
    private string ControlExportLink => Navigation.ToAbsoluteUri("/api/control?date=" + CurrentDate.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)).ToString();

    private string ExportLink(string format)
    {
        var query = BuildQuery(PointLimit);
        var parameters = new Dictionary<string, object?>
        {
            ["format"] = format,
            ["from"] = query.From?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            ["to"] = query.To?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            ["type"] = query.Types.Count > 0 ? string.Join(',', query.Types) : null,
            ["actor"] = query.Actors.Count > 0 ? string.Join(',', query.Actors) : null,
            ["minConfidence"] = query.MinConfidence > 0 ? query.MinConfidence : null,
            ["article"] = query.ArticleId,
        };
        return Navigation.GetUriWithQueryParameters(Navigation.ToAbsoluteUri("/api/export").ToString(), parameters);
    }

    private async Task ToggleUndatedAsync()
    {
        _showUndated = !_showUndated;
        _undatedEvents = _showUndated ? [.. await Queries.FindAsync(new EventQuery { UndatedOnly = true, Limit = 200, ArticleId = _article?.Id })] : [];
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

    private async Task OnActorChangedAsync(string? actor)
    {
        _actor = actor;
        await RefreshAsync();
    }

    private async Task OnMinConfidenceChangedAsync(double value)
    {
        _minConfidence = value;
        await RefreshAsync();
    }

    private async Task ClearArticleAsync()
    {
        _article = null;
        await RefreshAsync();
    }

    private Task ToggleLayerAsync(ref bool layer, bool show)
    {
        layer = show;
        return RefreshAsync();
    }

    private async Task OnOpacityChangedAsync(int percent)
    {
        _controlOpacity = Math.Clamp(percent, 0, 100);
        if (_map is { IsReady: true })
        {
            await _map.SetLayerOpacityAsync("control", _controlOpacity / 100.0);
        }
    }

    private void OnSpeedChanged(double speed) => _speed = Speeds.Contains(speed) ? speed : 1;

    /// <summary>Keeps the view in the address bar so it can be bookmarked and shared.</summary>
    private void UpdateUrl()
    {
        var parameters = new Dictionary<string, object?>
        {
            ["date"] = CurrentDate.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            ["window"] = _window.ToString().ToLowerInvariant(),
            ["from"] = _window == TimeWindow.Range ? WindowStart.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : null,
            ["types"] = _types.Count > 0 ? string.Join(',', _types) : null,
            ["side"] = _side,
            ["actor"] = _actor,
            ["confidence"] = _minConfidence > 0 ? _minConfidence : null,
            ["article"] = _article?.Id,
            ["acled"] = _showAcled ? null : "off",
        };
        if (_flownTo is { } view)
        {
            parameters["lat"] = view.Lat;
            parameters["lon"] = view.Lon;
            parameters["zoom"] = view.Zoom;
        }
        var uri = Navigation.GetUriWithQueryParameters(parameters);
        if (uri != Navigation.Uri)
        {
            Navigation.NavigateTo(uri, forceLoad: false, replace: true);
        }
    }

    private async Task OnMapReadyAsync()
    {
        if (Lat is { } lat && Lon is { } lon && ValidPoint(lat, lon))
        {
            // Opening a shared view: go straight there, then draw.
            _flownTo = (lat, lon, Math.Clamp(Zoom ?? 8, 2, 14));
            await _map!.SetViewAsync(lat, lon, _flownTo.Value.Zoom);
            _view = await _map.GetViewAsync();
        }
        await RefreshAsync();
    }

    /// <inheritdoc />
    protected override async Task OnParametersSetAsync()
    {
        // A place search or an article highlight navigates here with a point to fly to.
        if (_map is { IsReady: true } && Lat is { } lat && Lon is { } lon && ValidPoint(lat, lon))
        {
            var target = (lat, lon, Math.Clamp(Zoom ?? 10, 2, 14));
            if (target != _flownTo)
            {
                _flownTo = target;
                await _map.FlyToAsync(lat, lon, target.Item3);
            }
        }
    }

    private static bool ValidPoint(double lat, double lon) => lat is >= -90 and <= 90 && lon is >= -180 and <= 180;

    private async Task OnViewChangedAsync(MapView view)
    {
        _view = view;
        // A move the app made itself (opening a shared view, flying to a search result) keeps the requested point.
        var arrived = _flownTo is { } target && target.Zoom == view.Zoom && Math.Abs(target.Lat - view.CenterLat) < 1e-3 && Math.Abs(target.Lon - view.CenterLon) < 1e-3;
        if (!arrived)
        {
            _flownTo = (Math.Round(view.CenterLat, 4), Math.Round(view.CenterLon, 4), view.Zoom);
        }
        if (_clustered || _acledInViewOnly)
        {
            await RefreshAsync(markersOnly: true);
        }
        else
        {
            UpdateUrl();
        }
    }

    private async Task OnArrowKeyAsync(int direction)
    {
        StopPlaying();
        await MoveByAsync(direction * (_window == TimeWindow.Day ? 1 : StepDays));
    }

    private async Task MoveByAsync(int days)
    {
        var width = _dayIndex - _rangeStartIndex;
        _dayIndex = Math.Clamp(_dayIndex + days, 0, _spanDays);
        if (_window == TimeWindow.Range)
        {
            _rangeStartIndex = Math.Max(0, _dayIndex - width);
        }
        await RefreshAsync();
    }

    private async Task OnDayChangedAsync(int day)
    {
        _dayIndex = Math.Clamp(day, 0, _spanDays);
        _rangeStartIndex = Math.Min(_rangeStartIndex, _dayIndex);
        await RefreshAsync();
    }

    private async Task OnRangeStartChangedAsync(int day)
    {
        _rangeStartIndex = Math.Clamp(day, 0, _spanDays);
        _dayIndex = Math.Max(_dayIndex, _rangeStartIndex);
        await RefreshAsync();
    }

    private async Task OnWindowChangedAsync(TimeWindow window)
    {
        if (window == TimeWindow.Range && _window != TimeWindow.Range)
        {
            // Start the range where the previous window started.
            _rangeStartIndex = _span is { } s && _window != TimeWindow.AllToDate ? Math.Max(0, WindowStart.DayNumber - s.First.DayNumber) : 0;
        }
        _window = window;
        await RefreshAsync();
    }

    private async Task RefreshAsync(bool markersOnly = false)
    {
        if (_map is not { IsReady: true } || _span is null)
        {
            return;
        }
        var sequence = ++_refreshSequence;
        var query = BuildQuery(PointLimit);
        var view = _view ?? await _map.GetViewAsync();
        var box = new BoundingBox(Math.Clamp(view.West, -180, 180), Math.Clamp(view.South, -90, 90), Math.Clamp(view.East, -180, 180), Math.Clamp(view.North, -90, 90));
        var cell = ClusterCellPixels * 360.0 / (256 * Math.Pow(2, view.Zoom));
        // One pass counts the window and clusters the view; a window small enough is then sent as points instead.
        var clusters = await Queries.ClusterAsync(query, box, cell);
        var count = clusters.WindowCount;
        List<MapMarker> markers;
        List<EventSummary> listed;
        if (count <= PointLimit)
        {
            var points = await Queries.FindAsync(query);
            markers = points.Where(e => e.Lat is not null && e.Lon is not null).Select(PointMarker).ToList();
            listed = points.Take(ListLimit).ToList();
        }
        else
        {
            markers = clusters.Cells.Select(ClusterMarker).ToList();
            listed = markersOnly ? _events : [.. await Queries.FindAsync(query with { Limit = ListLimit })];
        }
        if (sequence != _refreshSequence)
        {
            return; // A newer step is already on its way.
        }
        _windowCount = count;
        _clustered = count > PointLimit;
        _events = listed;
        if (_showEvents)
        {
            await DrawEventsAsync(markers, clientClustered: !_clustered);
        }
        else
        {
            await _map.RemoveLayerAsync("events");
            _sentEvents.Clear();
            _sentClustered = null;
        }
        if (!markersOnly || _acledInViewOnly)
        {
            await RefreshAcledAsync(box);
        }
        if (!markersOnly)
        {
            await RefreshControlAsync();
            _unresolved = await Queries.CountUnresolvedMentionsAsync(_window == TimeWindow.AllToDate ? null : WindowStart, CurrentDate, _article?.Id);
        }
        UpdateUrl();
        StateHasChanged();
    }

    /// <summary>
    /// Sends the event markers: all of them when the layer is new or changes between points and server clusters,
    /// otherwise only the markers that appeared, changed or went away since the last step.
    /// </summary>
    private async Task DrawEventsAsync(List<MapMarker> markers, bool clientClustered)
    {
        var next = markers.DistinctBy(m => m.Id).ToDictionary(m => m.Id, StringComparer.Ordinal);
        if (_sentClustered != clientClustered || _sentEvents.Count == 0)
        {
            await _map!.SetMarkersAsync("events", next.Values, clustered: clientClustered);
        }
        else
        {
            var removed = _sentEvents.Where(p => !next.TryGetValue(p.Key, out var m) || m != p.Value).Select(p => p.Key).ToList();
            var added = next.Values.Where(m => !_sentEvents.TryGetValue(m.Id, out var old) || old != m).ToList();
            if (removed.Count + added.Count > 0)
            {
                await _map!.UpdateMarkersAsync("events", added, removed);
            }
        }
        _sentEvents = next;
        _sentClustered = clientClustered;
    }

    /// <summary>
    /// Draws the imported ACLED events of the window (same window and event-type filter as ours; actor, side, confidence and
    /// article filters are MapDashboard's own codes and do not apply), or only those in the view when the window holds too many.
    /// </summary>
    private async Task RefreshAcledAsync(BoundingBox view)
    {
        if (!_showAcled || _acledSpan is null)
        {
            await _map!.RemoveLayerAsync("acled");
            _acledCount = 0;
            _acledInViewOnly = false;
            return;
        }
        var query = new ImportedEventQuery
        {
            From = _window == TimeWindow.AllToDate ? null : WindowStart,
            To = CurrentDate,
            Types = _types.ToList(),
            Limit = AcledPointLimit,
        };
        _acledCount = await Imported.CountAsync(query);
        _acledInViewOnly = _acledCount > AcledPointLimit;
        var events = await Imported.FindAsync(_acledInViewOnly ? query with { Bounds = view } : query);
        await _map!.SetMarkersAsync("acled", events.Select(AcledMarker), clustered: true);
    }

    private static MapMarker AcledMarker(ImportedEvent e)
    {
        var precision = e.GeoPrecision ?? 1;
        return new MapMarker(e.Id.ToString(CultureInfo.InvariantCulture), e.Lat, e.Lon, EventStyles.AcledColour,
            $"ACLED {e.EventDate} {e.SubType ?? e.Type} — {e.Location}", EventStyles.RadiusOf(precision), precision > 1,
            StrokeColor: EventStyles.AcledStroke, Shape: EventStyles.AcledShape, RingMetres: EventStyles.RingMetresOf(precision));
    }

    private async Task RefreshControlAsync()
    {
        if (_showControl)
        {
            using var control = System.Text.Json.JsonDocument.Parse(await Control.GeoJsonAtAsync(CurrentDate));
            var style = new GeoJsonLayerStyle(Weight: 1, Opacity: 0.8, FillOpacity: _controlOpacity / 100.0);
            _controlAreas = await _map!.SetGeoJsonLayerAsync("control", control.RootElement.Clone(), style, popupProperty: "label");
        }
        else
        {
            await _map!.RemoveLayerAsync("control");
            _controlAreas = 0;
        }
        var windowStart = _window == TimeWindow.AllToDate ? DateOnly.MinValue : WindowStart.AddDays(-1);
        _changes = [.. await Control.ChangedHandsAsync(windowStart, CurrentDate)];
        if (!_showChanges)
        {
            await _map.RemoveLayerAsync("changes");
            return;
        }
        await _map.SetMarkersAsync("changes", _changes.Select((c, i) => new MapMarker($"change-{i}", c.Lat, c.Lon, "transparent",
            $"{c.PlaceName}: taken by {Factions.Get(c.Controller)?.Name ?? c.Controller} on {Format(c.Date)} ({c.Verb})", Radius: 15, StrokeColor: "#ffb300")), clustered: false);
    }

    private static MapMarker PointMarker(EventSummary e) => new(
        e.Id.ToString(CultureInfo.InvariantCulture), e.Lat!.Value, e.Lon!.Value, EventStyles.ColourOf(e.Type),
        $"{e.DateStart} {e.SubType} — {e.PlaceName}", EventStyles.RadiusOf(e.Precision), e.Precision > 1,
        Shape: EventStyles.ShapeOf(e.SubType), RingMetres: EventStyles.RingMetresOf(e.Precision));

    private static MapMarker ClusterMarker(EventCluster c) => c.Count == 1
        ? new MapMarker(c.EventId.ToString(CultureInfo.InvariantCulture), c.Lat, c.Lon, EventStyles.ColourOf(c.Type), c.SubType,
            EventStyles.RadiusOf(1), Shape: EventStyles.ShapeOf(c.SubType))
        : new MapMarker($"cluster-{c.EventId}", c.Lat, c.Lon, "#37474f", $"{c.Count:N0} events: click to zoom in", Count: c.Count);

    private async Task OnMarkerClickAsync(MapMarkerClick click)
    {
        if (click.Layer == "events" && long.TryParse(click.MarkerId, NumberStyles.None, CultureInfo.InvariantCulture, out var id))
        {
            await ShowEventAsync(id, fromMap: true);
        }
        else if (click.Layer == "acled" && long.TryParse(click.MarkerId, NumberStyles.None, CultureInfo.InvariantCulture, out var acledId)
            && _map is { IsReady: true } && await Imported.GetAsync(acledId) is { } imported)
        {
            await _map.OpenPopupAsync(imported.Lat, imported.Lon, AcledPopup.Build(imported));
        }
    }

    private async Task HighlightAsync(long? id)
    {
        if (_map is { IsReady: true })
        {
            await _map.HighlightMarkerAsync("events", id?.ToString(CultureInfo.InvariantCulture) ?? "", id is not null);
        }
    }

    private Task ShowEventAsync(long id) => ShowEventAsync(id, fromMap: false);

    private async Task ShowEventAsync(long id, bool fromMap)
    {
        if (_map is not { IsReady: true } || await Queries.GetAsync(id) is not { } detail || detail.Event.Lat is not { } lat || detail.Event.Lon is not { } lon)
        {
            return;
        }
        var key = id.ToString(CultureInfo.InvariantCulture);
        if (fromMap)
        {
            await _map.ScrollToRowAsync($".md-event-row[data-event-id=\"{key}\"]");
        }
        else
        {
            await _map.FlyToAsync(lat, lon);
        }
        await _map.OpenPopupAsync(lat, lon, EventPopup.Build(detail, Factions, Actors));
    }

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
            await RestartAsync();
        }
        try
        {
            while (!token.IsCancellationRequested)
            {
                await Task.Delay(TimeSpan.FromMilliseconds(1000 / _speed), token);
                if (_dayIndex >= _spanDays)
                {
                    if (!_loop)
                    {
                        break;
                    }
                    await RestartAsync();
                    continue;
                }
                await MoveByAsync(StepDays);
            }
        }
        catch (OperationCanceledException)
        {
            // Paused or the page went away.
        }
        _playing = false;
        StateHasChanged();
    }

    /// <summary>Back to the start of the corpus (a range keeps its width).</summary>
    private async Task RestartAsync()
    {
        var width = _dayIndex - _rangeStartIndex;
        _dayIndex = _window == TimeWindow.Range ? Math.Min(_spanDays, width) : 0;
        _rangeStartIndex = _window == TimeWindow.Range ? 0 : _rangeStartIndex;
        await RefreshAsync();
    }

    private int StepDays => _window switch
    {
        TimeWindow.Day => 1,
        TimeWindow.Week => 7,
        TimeWindow.Month => 30,
        TimeWindow.Range => Math.Max(1, (_dayIndex - _rangeStartIndex + 1) / 4),
        _ => 91,
    };

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
        TimeWindow.Range => "range (from – to)",
        _ => "all up to the date",
    };

    private static string Format(DateOnly date) => date.ToString("d MMM yyyy", CultureInfo.InvariantCulture);

    /// <inheritdoc />
    public ValueTask DisposeAsync()
    {
        Ingest.StoreChanged -= OnStoreChanged;
        StopPlaying();
        return ValueTask.CompletedTask;
    }
}
