using MapDashboard.Web.Health;
using Microsoft.AspNetCore.Components;
using Microsoft.JSInterop;

namespace MapDashboard.Web.Components.Dashboard;

/// <summary>
/// The time bar: playback (speed, loop), the window menu and its text, the histogram, the date slider and a range's
/// start slider. It changes only the time of the view (date, window, range start) and hands the new view up; the
/// arrow keys step the date while the date slider has focus.
/// </summary>
public sealed partial class TimeBar : IAsyncDisposable
{
    private static readonly double[] Speeds = [0.5, 1, 2, 4, 8];

    private ElementReference _sliders;
    private ElementReference _dateSlider;
    private IJSObjectReference? _module;
    private IJSObjectReference? _hooks;
    private DotNetObjectReference<TimeBar>? _self;
    private DashboardViewState? _latest;
    private bool _playing;
    private CancellationTokenSource? _play;
    private double _speed = 2;
    private bool _loop;
    private bool _disposed;

    [Inject]
    private IJSRuntime JS { get; set; } = default!;

    [Inject]
    private IConfiguration Configuration { get; set; } = default!;

    [Inject]
    private CircuitMonitor Circuits { get; set; } = default!;

    /// <summary>The view; only its time is changed here.</summary>
    [Parameter, EditorRequired]
    public DashboardViewState State { get; set; } = default!;

    /// <summary>Raised with the view at its new time.</summary>
    [Parameter]
    public EventCallback<DashboardViewState> StateChanged { get; set; }

    /// <summary>The first and last day of the corpus.</summary>
    [Parameter, EditorRequired]
    public (DateOnly First, DateOnly Last) Span { get; set; }

    /// <summary>Events per month.</summary>
    [Parameter]
    public IReadOnlyList<HistogramBar> Histogram { get; set; } = [];

    /// <summary>Buttons at the end of the first row (filters, export).</summary>
    [Parameter]
    public RenderFragment? Actions { get; set; }

    /// <summary>Shown between the first row and the histogram (the filters).</summary>
    [Parameter]
    public RenderFragment? ChildContent { get; set; }

    /// <summary>Whether playback is running.</summary>
    public bool IsPlaying => _playing;

    private DashboardViewState Current => _latest ?? State;

    private int SpanDays => Span.Last.DayNumber - Span.First.DayNumber;

    private int IndexOf(DateOnly date) => Math.Clamp(date.DayNumber - Span.First.DayNumber, 0, SpanDays);

    /// <inheritdoc />
    protected override void OnParametersSet() => _latest = State;

    /// <inheritdoc />
    protected override async Task OnAfterRenderAsync(bool firstRender)
    {
        if (!firstRender || _disposed)
        {
            return;
        }
        try
        {
            var module = await JS.InvokeAsync<IJSObjectReference>("import", "./Components/Dashboard/TimeBar.razor.js");
            Circuits.InteropReferenceChanged(1);
            if (_disposed)
            {
                await Circuits.ReleaseAsync(module, null); // the page was left while the module loaded
                return;
            }
            _module = module;
            _self = DotNetObjectReference.Create(this);
            Circuits.InteropReferenceChanged(1);
            var hooks = await module.InvokeAsync<IJSObjectReference>("attach", _sliders, _dateSlider, _self,
                new { benchmarkMarks = Configuration.GetValue<bool>(DashboardOptions.BenchmarkMarksKey) });
            Circuits.InteropReferenceChanged(1);
            if (_disposed)
            {
                await Circuits.ReleaseAsync(hooks, "dispose");
                return;
            }
            _hooks = hooks;
        }
        catch (JSDisconnectedException)
        {
            // The browser went away while the time bar was being set up; disposal releases what was made.
        }
    }

    /// <summary>Called from JS when an arrow key is pressed on the focused date slider.</summary>
    [JSInvokable]
    public async Task OnArrowKeyJs(int direction)
    {
        StopPlaying();
        await ChangeAsync(Current.MoveBy(Math.Sign(direction) * Current.StepDays, Span.First, Span.Last));
    }

    private Task OnDayChangedAsync(int day) => ChangeAsync(Current.WithDate(Span.First.AddDays(day), Span.First, Span.Last));

    private Task OnRangeStartChangedAsync(int day) => ChangeAsync(Current.WithRangeStart(Span.First.AddDays(day), Span.First, Span.Last));

    private Task OnWindowChangedAsync(TimeWindow window) => ChangeAsync(Current.WithWindow(window, Span.First));

    private void OnSpeedChanged(double speed) => _speed = Speeds.Contains(speed) ? speed : 1;

    private async Task ChangeAsync(DashboardViewState next)
    {
        _latest = next;
        await StateChanged.InvokeAsync(next);
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
        if (Current.Date >= Span.Last)
        {
            await ChangeAsync(Current.Restart(Span.First, Span.Last));
        }
        try
        {
            while (!token.IsCancellationRequested)
            {
                await Task.Delay(TimeSpan.FromMilliseconds(1000 / _speed), token);
                if (Current.Date >= Span.Last)
                {
                    if (!_loop)
                    {
                        break;
                    }
                    await ChangeAsync(Current.Restart(Span.First, Span.Last));
                    continue;
                }
                await ChangeAsync(Current.MoveBy(Current.StepDays, Span.First, Span.Last));
            }
        }
        catch (OperationCanceledException)
        {
            // Paused or the page went away.
        }
        _playing = false;
        StateHasChanged();
    }

    private void StopPlaying()
    {
        _play?.Cancel();
        _play?.Dispose();
        _play = null;
        _playing = false;
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        if (_disposed)
        {
            return;
        }
        _disposed = true;
        StopPlaying();
        await Circuits.ReleaseInOrderAsync(_hooks, _self, _module);
        _hooks = null;
        _self = null;
        _module = null;
    }
}
