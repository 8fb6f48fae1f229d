using System.Globalization;
using MapDashboard.Data.Store;
using MapDashboard.Data.Trends;
using MapDashboard.Web.Components.Pages;
using Microsoft.AspNetCore.Components;
using MudBlazor;

namespace MapDashboard.Web.Components.Dashboard;

/// <summary>
/// Issue 17.12: the window's events per week (or month, for windows longer than a quarter) stacked by event type, and
/// per governorate against the period of the same length just before the window, for the dashboard's current filters.
/// </summary>
public sealed partial class TrendsPanel
{
    /// <summary>Windows longer than this are drawn in months rather than weeks.</summary>
    private const int WeeklyUpToDays = 92;

    private List<ChartSeries<double>> _series = [];
    private string[] _labels = [];
    private List<TrendRegion> _regions = [];
    private StackedBarChartOptions _options = new();
    private TrendGranularity _granularity;
    private long _total;
    private bool _loaded;
    private string? _loadedKey;

    [Inject]
    private EventTrends Trends { get; set; } = default!;

    /// <summary>The dashboard's event query (window and filters); its limit is ignored.</summary>
    [Parameter, EditorRequired]
    public EventQuery Query { get; set; } = default!;

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
        _granularity = Query.From is { } from && Query.To is { } to && to.DayNumber - from.DayNumber < WeeklyUpToDays
            ? TrendGranularity.Week : TrendGranularity.Month;
        var counts = await Trends.ByPeriodAsync(Query, _granularity);
        var current = await Trends.ByAdmin1Async(Query);
        IReadOnlyList<RegionCount>? previous = TrendRegion.PreviousPeriod(Query) is { } before ? await Trends.ByAdmin1Async(before) : null;
        if (key != _loadedKey)
        {
            return; // a newer query started while this one ran
        }
        Build(counts);
        _regions = TrendRegion.Compare(current, previous);
        _loaded = true;
    }

    private void Build(IReadOnlyList<TrendCount> counts)
    {
        var periods = counts.Select(c => c.PeriodStart).Distinct().Order().ToList();
        var types = counts.Select(c => c.Type).Distinct().Order(StringComparer.Ordinal).ToList();
        var byKey = counts.ToDictionary(c => (c.PeriodStart, c.Type), c => (double)c.Count);
        _labels = periods.Select(p => p.ToString(_granularity == TrendGranularity.Week ? "d MMM yy" : "MMM yyyy", CultureInfo.InvariantCulture)).ToArray();
        _series = types.Select(t => new ChartSeries<double>
        {
            Name = t,
            Data = new ChartData<double>(periods.Select(p => byKey.GetValueOrDefault((p, t))).ToArray()),
        }).ToList();
        _options = new StackedBarChartOptions { ChartPalette = types.Select(EventStyles.ColourOf).ToArray() };
        _total = counts.Sum(c => c.Count);
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
