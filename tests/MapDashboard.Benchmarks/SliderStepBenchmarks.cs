using BenchmarkDotNet.Attributes;
using MapDashboard.Data;
using MapDashboard.Data.Store;

namespace MapDashboard.Benchmarks;

/// <summary>
/// The store side of one dashboard slider step on large synthetic stores (10k, 100k and 1M events, made by
/// <c>mapdash synth --seed 1</c> and kept under artifacts/bench/): count and cluster the window for a whole-Syria view
/// (zoom 7 cells), then list its first 500 events, as <c>Home.RefreshAsync</c> does. Two windows: a busy year (2015:
/// about 11% of the store, ~100k events in the window at 1M) and a month.
/// Run: dotnet run -c Release --project tests/MapDashboard.Benchmarks -- --filter '*.SliderStepBenchmarks.*'
/// The first run generates the stores (1M takes about 4 minutes).
/// </summary>
[Config(typeof(LatencyConfig))]
public class SliderStepBenchmarks
{
    private static readonly BoundingBox Syria = new(35.5, 32.2, 42.5, 37.4);

    private EventQueries _queries = default!;

    [Params(10_000, 100_000, 1_000_000)]
    public int Events { get; set; }

    [Params("year", "month")]
    public string Window { get; set; } = "year";

    [GlobalSetup]
    public void Setup()
    {
        var path = SyntheticStores.EnsureSqlite(Events);
        _queries = new EventQueries(new SqliteConnectionFactory(path, readOnly: true));
    }

    [Benchmark]
    public Task<long> SliderStep() => StepAsync(_queries, Window);

    /// <summary>One slider step over the year or the month window; also run by <see cref="PostgresSliderStepBenchmarks"/>.</summary>
    internal static async Task<long> StepAsync(EventQueries queries, string window)
    {
        var query = window == "year"
            ? new EventQuery { From = new DateOnly(2015, 1, 1), To = new DateOnly(2015, 12, 31), Limit = 500 }
            : new EventQuery { From = new DateOnly(2015, 6, 1), To = new DateOnly(2015, 6, 30), Limit = 500 };
        var cell = 64 * 360.0 / (256 * Math.Pow(2, 7));
        var clusters = await queries.ClusterAsync(query, Syria, cell);
        var listed = await queries.FindAsync(query);
        return clusters.WindowCount + clusters.Cells.Count + listed.Count;
    }
}
