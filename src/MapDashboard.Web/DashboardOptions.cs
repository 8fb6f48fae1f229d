namespace MapDashboard.Web;

/// <summary>Where the dashboard reads its data; bound from the "MapDashboard" configuration section.</summary>
public sealed class DashboardOptions
{
    /// <summary>The event store (default: data/mapdashboard.db in the checkout).</summary>
    public string? EventDatabase { get; set; }

    /// <summary>
    /// Whether the map and time bar leave performance marks in the browser (md-slider-input, md-markers-*) for the
    /// load benchmarks to measure a slider step; off in normal use.
    /// </summary>
    public bool BenchmarkMarks { get; set; }

    /// <summary>The configuration key of <see cref="BenchmarkMarks"/>.</summary>
    public const string BenchmarkMarksKey = "MapDashboard:BenchmarkMarks";
}
