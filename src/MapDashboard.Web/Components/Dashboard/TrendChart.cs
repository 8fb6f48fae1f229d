using System.Globalization;
using MapDashboard.Data.Trends;
using MapDashboard.Web.Components.Pages;
using MudBlazor;

namespace MapDashboard.Web.Components.Dashboard;

/// <summary>
/// What the trends chart draws, from the store's counts: one stacked bar per period with a segment per event type (in
/// the map's colours), and the fatalities those events state as a line over the bars. Both share the chart's one
/// count axis, which is made tall enough for the larger of the two. MudBlazor draws a line's n points from the plot's
/// left edge to its right edge, and "space around" bars at the middles of n equal slots: so the line gets 2n + 1 slots,
/// its values in the odd ones (the bars' middles) and nothing in the even ones, which the line joins across.
/// </summary>
public sealed class TrendChart
{
    /// <summary>The fatalities line's colour (not one of the event types' colours).</summary>
    public const string FatalitiesColour = "#212121";

    private TrendChart(IReadOnlyList<TrendPeriod> periods, string[] labels, List<ChartSeries<double>> bars, List<ChartSeries<double>> line, StackedBarChartOptions barOptions,
        long fatalities)
    {
        Fatalities = fatalities;
        Periods = periods;
        Labels = labels;
        Bars = bars;
        Line = line;
        BarOptions = barOptions;
    }

    /// <summary>The periods, oldest first, one per bar.</summary>
    public IReadOnlyList<TrendPeriod> Periods { get; }

    /// <summary>The bars' labels, one per period (unique: a week by its Monday, a month by its name and year).</summary>
    public string[] Labels { get; }

    /// <summary>A series per event type, in the types' order.</summary>
    public List<ChartSeries<double>> Bars { get; }

    /// <summary>The fatalities per period, one series.</summary>
    public List<ChartSeries<double>> Line { get; }

    public StackedBarChartOptions BarOptions { get; }

    public LineChartOptions LineOptions { get; } = new()
    {
        ChartPalette = [FatalitiesColour], ShowDataMarkers = true, LineStrokeWidth = 2, ShowLegend = false, ConnectNullPoints = true,
    };

    /// <summary>The event types, with their colours, for the legend.</summary>
    public IEnumerable<(string Name, string Colour)> Legend => Bars.Select(b => (b.Name, EventStyles.ColourOf(b.Name)));

    /// <summary>The fatalities of the window.</summary>
    public long Fatalities { get; }

    /// <summary>
    /// The chart of some counts over a window: a bar for every period from the window's first to its last (an open end:
    /// the first or last period with events), empty ones included; 0 on the line where no fatalities were stated.
    /// </summary>
    public static TrendChart Of(IReadOnlyList<TrendCount> counts, IReadOnlyList<PeriodFatalities> fatalities, TrendGranularity granularity,
        DateOnly? from = null, DateOnly? to = null)
    {
        var starts = PeriodStarts(counts, granularity, from, to);
        var types = counts.Select(c => c.Type).Distinct().Order(StringComparer.Ordinal).ToList();
        var byKey = counts.ToDictionary(c => (c.PeriodStart, c.Type), c => (double)c.Count);
        var killed = fatalities.ToDictionary(f => f.PeriodStart, f => (double)f.Fatalities);
        var format = granularity == TrendGranularity.Week ? "d MMM yy" : "MMM yyyy";
        var bars = types.Select(t => new ChartSeries<double>
        {
            Name = t,
            Data = new ChartData<double>(starts.Select(p => byKey.GetValueOrDefault((p, t))).ToArray()),
        }).ToList();
        var line = new List<ChartSeries<double>>
        {
            new()
            {
                Name = "Fatalities",
                Data = new ChartData<double>(starts.SelectMany(p => new double?[] { null, killed.GetValueOrDefault(p) }).Append(null).ToArray()),
            },
        };
        var highest = starts.Count == 0 ? 0 : starts.Max(p => Math.Max(killed.GetValueOrDefault(p), types.Sum(t => byKey.GetValueOrDefault((p, t)))));
        var options = new StackedBarChartOptions
        {
            ChartPalette = types.Select(EventStyles.ColourOf).ToArray(),
            ShowLegend = false, // the panel's own legend: the chart's would select a series when clicked, which reads as a bar's click
            Justify = Justify.SpaceAround,
            ShowZeroValues = false,
            YAxisTicks = Ticks(highest),
            YAxisSuggestedMax = highest,
        };
        return new TrendChart(starts.Select(s => new TrendPeriod(s, granularity)).ToList(),
            starts.Select(p => p.ToString(format, CultureInfo.InvariantCulture)).ToArray(), bars, line, options, fatalities.Sum(f => f.Fatalities));
    }

    private static List<DateOnly> PeriodStarts(IReadOnlyList<TrendCount> counts, TrendGranularity granularity, DateOnly? from, DateOnly? to)
    {
        if (counts.Count == 0)
        {
            return [];
        }
        var first = TrendPeriod.Containing(from ?? counts.Min(c => c.PeriodStart), granularity);
        var last = TrendPeriod.Containing(to ?? counts.Max(c => c.PeriodStart), granularity);
        var starts = new List<DateOnly>();
        for (var period = first; period.Start <= last.Start; period = period.Next)
        {
            starts.Add(period.Start);
        }
        return starts;
    }

    /// <summary>The period a bar's label names, or null.</summary>
    public TrendPeriod? PeriodOf(string? label) => Array.IndexOf(Labels, label) is var i and >= 0 ? Periods[i] : null;

    /// <summary>A round tick spacing (1, 2, 5, 10, 20, 50, ...) giving at most five lines up to <paramref name="highest"/>.</summary>
    private static int Ticks(double highest)
    {
        for (var magnitude = 1; ; magnitude *= 10)
        {
            foreach (var step in new[] { magnitude, 2 * magnitude, 5 * magnitude })
            {
                if (highest <= 5.0 * step || step >= int.MaxValue / 20)
                {
                    return step;
                }
            }
        }
    }
}
