using MapDashboard.Core.Actors;
using MapDashboard.Data.Store;
using MapDashboard.Web.Components.Dashboard;
using MapDashboard.Web.Components.Map;
using Microsoft.AspNetCore.Components;

namespace MapDashboard.Web.Components.Pages;

/// <summary>
/// The dashboard page: composes the map, its layers (events, ACLED, control), the legend, the event list and the
/// time bar around one <see cref="DashboardViewState"/>, which the URL keeps. Every change of the view comes here as
/// a new state; the page redraws the layers for it and writes it back to the address bar.
/// </summary>
public sealed partial class Home : IAsyncDisposable
{
    private LeafletMap? _map;
    private EventLayer _events = default!;
    private AcledLayer _acled = default!;
    private ControlLayer _control = default!;
    private DashboardViewState _state = new();
    private CorpusOverview _corpus = default!;
    private EventWindow _window = new(0, false, [], []);
    private long _unresolved;
    private ArticleView? _article;
    private LayerVisibility _layers = new();
    private bool _filtersOpen;
    private bool _trendsOpen;
    private MapView? _view;
    private long _refreshSequence;
    private bool _loaded; // the store's overview is read (never in the prerender); until then the time bar waits

    [Inject]
    private EventQueries Queries { get; set; } = default!;

    [Inject]
    private ImportedEventQueries Imported { get; set; } = default!;

    [Inject]
    private ArticleQueries Articles { get; set; } = default!;

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

    [Inject] private IngestService Ingest { get; set; } = default!;
    [Inject] private GazetteerAccess Gazetteers { get; set; } = default!;
    [Inject] private UnresolvedMentionCounts Unresolved { get; set; } = default!;

    private DateOnly CurrentDate => _state.Date ?? DateOnly.FromDateTime(DateTime.UtcNow);

    private EventQuery Query(int limit) => EventFilters.QueryFor(_state, Factions, limit);

    /// <inheritdoc />
    protected override async Task OnInitializedAsync()
    {
        _events = new EventLayer(Queries, Factions, Actors, Gazetteers);
        _acled = new AcledLayer(Imported);
        _control = new ControlLayer(Control, Factions, Queries);
        _corpus = new CorpusOverview(Queries);
        Ingest.StoreChanged += OnStoreChanged;
        _state = FromUrl() with { Centre = null }; // the centre is taken once the map is there
        if (!RendererInfo.IsInteractive)
        {
            // The prerender sends the shell (map, an empty time bar) at once; the store is read once, by the circuit.
            return;
        }
        if (Store.Exists)
        {
            await LoadSpanAsync();
            if (_corpus.Span is { } span)
            {
                _state = _state.ClampTo(span.First, span.Last);
            }
            _article = _state.ArticleId is { } articleId ? await Articles.GetViewAsync(articleId) : null;
            _state = _state with { ArticleId = _article?.Id };
            _filtersOpen = _state.ActiveFilterCount > 0;
        }
        _loaded = true;
        // The map may have started while the store was read (see OnMapReadyAsync): its first layers are drawn now.
        await RefreshAsync();
    }

    /// <summary>
    /// Reads the corpus's span, histogram and undated count off the circuit's thread (over a large store these scans take
    /// a while and SQLite's asynchronous calls run synchronously), so that the map starts meanwhile; the page's state is
    /// only changed back on the circuit's thread.
    /// </summary>
    private async Task LoadSpanAsync()
    {
        await _acled.LoadSpanAsync();
        var corpus = new CorpusOverview(Queries);
        var imported = _acled.Span;
        await Task.Run(() => corpus.LoadAsync(imported));
        _corpus = corpus;
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
        var previous = _corpus.Span;
        var start = _state.WindowStart;
        await LoadSpanAsync();
        if (_corpus.Span is { } span)
        {
            // Keep the date the analyst was looking at; a first ingest starts at the end.
            _state = previous is null
                ? _state with { Date = span.Last, RangeStart = span.First }
                : (_state with { RangeStart = start < span.First ? span.First : start }).ClampTo(span.First, span.Last);
        }
        StateHasChanged();
        await RefreshAsync();
    }

    /// <summary>A part of the page changed the view (time, filters, ACLED toggle): redraw for it.</summary>
    private async Task ChangeStateAsync(DashboardViewState state)
    {
        _state = state;
        if (state.ArticleId is null)
        {
            _article = null;
        }
        await RefreshAsync();
    }

    /// <summary>A bar of the trends chart was clicked: show its week or month.</summary>
    private Task ShowPeriodAsync(TrendPeriod period) =>
        _corpus.Span is { } span ? ChangeStateAsync(_state.ShowPeriod(period, span.First, span.Last)) : Task.CompletedTask;

    private Task OnLayersChangedAsync(LayerVisibility layers)
    {
        _layers = layers;
        return RefreshAsync();
    }

    private async Task OnOpacityChangedAsync(int percent)
    {
        _layers = _layers with { ControlOpacity = Math.Clamp(percent, 0, 100) };
        if (_map is { IsReady: true })
        {
            await ControlLayer.SetOpacityAsync(_map, _layers.ControlOpacity);
        }
    }

    private async Task<bool> IsNarrowAsync() => _map is { IsReady: true } && await _map.IsNarrowAsync();

    /// <summary>Keeps the view in the address bar so it can be bookmarked and shared.</summary>
    private void UpdateUrl()
    {
        if (!_loaded)
        {
            return; // the date is not clamped to the corpus yet
        }
        var uri = Navigation.GetUriWithQueryParameters(_state.ToQuery());
        if (uri != Navigation.Uri)
        {
            Navigation.NavigateTo(uri, forceLoad: false, replace: true);
        }
    }

    private async Task RefreshAsync(bool markersOnly = false)
    {
        if (!_loaded || _map is not { IsReady: true } || _corpus.Span is null)
        {
            return;
        }
        var sequence = ++_refreshSequence;
        var timings = _map.BenchmarkMarks ? new StepTimings() : null;
        var view = _view ?? await _map.GetViewAsync();
        var window = await _events.LoadAsync(Query(EventLayer.PointLimit), view, _window.Rows, markersOnly, timings);
        if (sequence != _refreshSequence)
        {
            return; // A newer step is already on its way.
        }
        _window = window;
        if (_layers.Events)
        {
            await _events.DrawAsync(_map, window, timings);
        }
        else
        {
            await _events.RemoveAsync(_map);
        }
        timings?.Lap("eventsSend");
        if (!markersOnly || _acled.InViewOnly)
        {
            await _acled.RefreshAsync(_map, _state, EventLayer.BoxOf(view));
            timings?.Lap("acled");
        }
        if (!markersOnly)
        {
            await _control.RefreshAsync(_map, _state, _layers, timings);
            _unresolved = await Unresolved.CountAsync(_state.WindowFrom, CurrentDate, _state.ArticleId);
            timings?.Lap("unresolved");
        }
        UpdateUrl();
        StateHasChanged();
        if (timings is not null)
        {
            await _map.ReportBenchStatsAsync(timings.Report());
        }
    }

    /// <inheritdoc />
    public ValueTask DisposeAsync()
    {
        Ingest.StoreChanged -= OnStoreChanged;
        return ValueTask.CompletedTask;
    }
}
