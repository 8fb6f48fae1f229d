using System.Globalization;
using MapDashboard.Data.Gazetteer;
using MapDashboard.Data.Store;
using MapDashboard.Data.Trends;
using Microsoft.AspNetCore.Components;
using MudBlazor;

namespace MapDashboard.Web.Components.Dashboard;

/// <summary>
/// Issue 17.12: the window's events per week (or month, for windows longer than a quarter) stacked by event type with
/// the fatalities they state as a line, and per governorate and district against the period of the same length just
/// before the window, for the dashboard's current filters. Clicking a bar asks the page to show that period.
/// </summary>
public sealed partial class TrendsPanel
{
    /// <summary>Windows longer than this are drawn in months rather than weeks.</summary>
    private const int WeeklyUpToDays = 92;

    private TrendChart? _chart;
    private List<TrendRegion> _regions = [];
    private TrendGranularity _granularity;
    private PlaceAdminPaths? _paths;
    private long _total;
    private bool _loaded;
    private string? _loadedKey;
    private int _chartGeneration;
    private string? _hoveredLabel;

    [Inject]
    private EventTrends Trends { get; set; } = default!;

    [Inject]
    private PlaceSearch Places { get; set; } = default!;

    /// <summary>The dashboard's event query (window and filters); its limit is ignored.</summary>
    [Parameter, EditorRequired]
    public EventQuery Query { get; set; } = default!;

    /// <summary>A bar was clicked: the page moves its time window to that week or month.</summary>
    [Parameter]
    public EventCallback<TrendPeriod> OnPeriodSelected { get; set; }

    private string Summary => !_loaded ? "Loading trends…"
        : $"{DashboardText.Count(_total)} event(s) in the window, per {(_granularity == TrendGranularity.Week ? "week" : "month")} and type";

    /// <inheritdoc />
    protected override async Task OnParametersSetAsync()
    {
        var key = KeyOf(Query);
        if (key == _loadedKey)
        {
            return;
        }
        _loadedKey = key;
        _paths ??= new PlaceAdminPaths(Places.Gazetteer);
        var granularity = Query.From is { } from && Query.To is { } to && to.DayNumber - from.DayNumber < WeeklyUpToDays
            ? TrendGranularity.Week : TrendGranularity.Month;
        var counts = await Trends.ByPeriodAsync(Query, granularity);
        var fatalities = await Trends.FatalitiesByPeriodAsync(Query, granularity);
        var current = await Trends.ByDistrictAsync(Query, _paths);
        IReadOnlyList<RegionCount>? previous = TrendRegion.PreviousPeriod(Query) is { } before ? await Trends.ByDistrictAsync(before, _paths) : null;
        if (key != _loadedKey)
        {
            return; // a newer query started while this one ran
        }
        _granularity = granularity;
        _chart = TrendChart.Of(counts, fatalities, granularity, Query.From, Query.To);
        _chartGeneration++;
        _total = counts.Sum(c => c.Count);
        _regions = TrendRegion.Compare(current, previous);
        _loaded = true;
    }

    /// <summary>
    /// MudChart's stacked bars report a click as the clicked segment's series (its event type), not its period. The
    /// segment under the pointer is the one whose tooltip the chart positions (a pointer hovers a bar before clicking
    /// it, a tap too): its label names the period.
    /// </summary>
    private (double X, double Y) RememberHoveredBar(SvgPath bar)
    {
        _hoveredLabel = bar.LabelXValue;
        return (bar.LabelX, bar.LabelY);
    }

    private async Task OnBarClickedAsync(int series)
    {
        _chartGeneration++; // a new chart, back at no selection: the same type's next bar reports its click again
        if (_chart?.PeriodOf(_hoveredLabel) is { } period)
        {
            await OnPeriodSelected.InvokeAsync(period);
        }
    }

    private static string KeyOf(EventQuery q) => string.Join("|", q.From, q.To, string.Join(",", q.Types), string.Join(",", q.Actors),
        q.MinConfidence.ToString(CultureInfo.InvariantCulture), q.MinReports, q.ArticleId, q.Area?.Encode(), q.Bounds);

    private static string ChangeText(TrendRegion r) => r.Previous switch
    {
        null => "—",
        0 => r.Count > 0 ? "new" : "0",
        { } p => string.Create(CultureInfo.InvariantCulture, $"{r.Count - p:+0;-0;0} ({(r.Count - p) * 100.0 / p:+0;-0;0}%)"),
    };
}
