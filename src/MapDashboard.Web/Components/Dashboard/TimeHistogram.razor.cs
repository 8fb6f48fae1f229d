using System.Globalization;
using Microsoft.AspNetCore.Components;

namespace MapDashboard.Web.Components.Dashboard;

/// <summary>Events per month above the time slider: one bar per month of the corpus's span.</summary>
public sealed partial class TimeHistogram
{
    /// <summary>The bars, oldest first.</summary>
    [Parameter]
    public IReadOnlyList<HistogramBar> Bars { get; set; } = [];

    /// <summary>One bar per month of the span (empty months included), scaled to the busiest month; a month with events is never drawn flat.</summary>
    public static IReadOnlyList<HistogramBar> Build((DateOnly First, DateOnly Last) span, IReadOnlyList<(string Month, long Count)> counts)
    {
        var byMonth = counts.ToDictionary(c => c.Month, c => c.Count);
        var max = Math.Max(1, counts.Count == 0 ? 1 : counts.Max(c => c.Count));
        var bars = new List<HistogramBar>();
        for (var month = new DateOnly(span.First.Year, span.First.Month, 1); month <= span.Last; month = month.AddMonths(1))
        {
            var key = month.ToString("yyyy-MM", CultureInfo.InvariantCulture);
            var count = byMonth.GetValueOrDefault(key);
            bars.Add(new HistogramBar(key, count, count == 0 ? 0 : Math.Max(8, 100.0 * count / max)));
        }
        return bars;
    }
}
