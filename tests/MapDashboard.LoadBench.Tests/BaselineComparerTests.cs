using MapDashboard.LoadBench;

namespace MapDashboard.LoadBench.Tests;

public class BaselineComparerTests
{
    // The shape BenchmarkDotNet's "json" exporter writes (*-report-full-compressed.json), cut to what is read; times in ns.
    private const string Report = """
        {"Title":"MapDashboard.Benchmarks.ControlLayerBenchmarks-20261202-074300","Benchmarks":[
          {"Type":"ControlLayerBenchmarks","Method":"ControlLayer","Parameters":"Places=1000",
           "Statistics":{"N":10,"Mean":412000000.0,"Median":400000000.0,"Percentiles":{"P50":400000000.0,"P95":450500000.0}}},
          {"Type":"ControlLayerBenchmarks","Method":"ControlLayer","Parameters":"Places=10000","Statistics":null}]}
        """;

    // A case run with the memory diagnoser: "Memory" holds the bytes allocated per operation.
    private const string ReportWithMemory = """
        {"Benchmarks":[
          {"Type":"GeoparserBenchmarks","Method":"ParseAndCodeGeneratedCorpus200","Parameters":"",
           "Statistics":{"Median":12000000.0,"Percentiles":{"P95":15000000.0}},
           "Memory":{"Gen0Collections":11,"BytesAllocatedPerOperation":378675}}]}
        """;

    private static Baseline BaselineOf(params (string Id, double Value, string Unit)[] figures) =>
        new("test machine", new DateTime(2026, 12, 2), figures.ToDictionary(f => f.Id, f => new Figure(f.Value, f.Unit, "cmd")));

    [Fact]
    public void BenchmarkDotNetReport_GivesMedianAndP95InMilliseconds_AndSkipsFailedCases()
    {
        var figures = BaselineComparer.ParseBenchmarkDotNet(Report, "--filter '*ControlLayer*'").ToDictionary();

        Assert.Equal(["bdn.ControlLayerBenchmarks.ControlLayer(Places=1000).median", "bdn.ControlLayerBenchmarks.ControlLayer(Places=1000).p95"], figures.Keys.Order());
        Assert.Equal(400.0, figures["bdn.ControlLayerBenchmarks.ControlLayer(Places=1000).median"].Value, 6);
        Assert.Equal(450.5, figures["bdn.ControlLayerBenchmarks.ControlLayer(Places=1000).p95"].Value, 6);
        Assert.Contains("--filter '*ControlLayer*'", figures.Values.First().Command);
    }

    [Fact]
    public void BenchmarkDotNetReport_GivesAllocatedKiBPerOperation_WhenTheMemoryDiagnoserRan()
    {
        var figures = BaselineComparer.ParseBenchmarkDotNet(ReportWithMemory, "--filter '*Geoparser*'").ToDictionary();
        var withoutMemory = BaselineComparer.ParseBenchmarkDotNet(Report, "--filter '*ControlLayer*'").ToDictionary();

        var allocated = figures["bdn.GeoparserBenchmarks.ParseAndCodeGeneratedCorpus200.allocated"];
        Assert.Equal(378675 / 1024.0, allocated.Value, 9);
        Assert.Equal("KiB", allocated.Unit);
        Assert.Equal(12.0, figures["bdn.GeoparserBenchmarks.ParseAndCodeGeneratedCorpus200.median"].Value, 9);
        Assert.DoesNotContain(withoutMemory.Keys, k => k.EndsWith(".allocated", StringComparison.Ordinal));
    }

    [Fact]
    public void AllocationGrowth_IsComparedLikeAnyFigure_AboveAOneKiBFloor()
    {
        var baseline = BaselineOf(("grew", 360, "KiB"), ("jitter", 2, "KiB"));
        var current = new Dictionary<string, Figure> { ["grew"] = new(500, "KiB", ""), ["jitter"] = new(2.9, "KiB", "") };

        var result = BaselineComparer.Compare(baseline, current, thresholdPercent: 25).ToDictionary(c => c.Id);

        Assert.True(result["grew"].Regressed); // +39 %
        Assert.False(result["jitter"].Regressed); // +45 %, but under 1 KiB
    }

    [Fact]
    public void GrowthBeyondTheThreshold_IsARegression_AndWithinItOrAnImprovementIsNot()
    {
        var baseline = BaselineOf(("slow", 100, "ms"), ("fine", 100, "ms"), ("faster", 100, "ms"));
        var current = new Dictionary<string, Figure> { ["slow"] = new(130, "ms", ""), ["fine"] = new(120, "ms", ""), ["faster"] = new(50, "ms", "") };

        var result = BaselineComparer.Compare(baseline, current, thresholdPercent: 25).ToDictionary(c => c.Id);

        Assert.True(result["slow"].Regressed);
        Assert.Equal(30, result["slow"].ChangePercent!.Value, 6);
        Assert.False(result["fine"].Regressed);
        Assert.False(result["faster"].Regressed);
        Assert.Equal(-50, result["faster"].ChangePercent!.Value, 6);
    }

    [Fact]
    public void GrowthUnderTheNoiseFloor_IsNotARegression_AndAFigureNotRunIsReportedAsSuch()
    {
        var baseline = BaselineOf(("tiny", 0.5, "ms"), ("memory", 2, "MiB"), ("absent", 10, "ms"));
        var current = new Dictionary<string, Figure> { ["tiny"] = new(1.5, "ms", ""), ["memory"] = new(3.5, "MiB", "") };

        var result = BaselineComparer.Compare(baseline, current, thresholdPercent: 25).ToDictionary(c => c.Id);

        Assert.False(result["tiny"].Regressed); // +200 %, but 1 ms is under the 2 ms floor
        Assert.True(result["memory"].Regressed); // +75 % and 1.5 MiB, over the 1 MiB floor
        Assert.Null(result["absent"].Current);
        Assert.Contains("not run", BaselineComparer.Table([.. result.Values]));
    }

    [Fact]
    public void Percentiles_InterpolateBetweenRanks()
    {
        double[] values = [5, 1, 4, 2, 3];

        Assert.Equal(3, Stats.Median(values));
        Assert.Equal(4.8, Stats.Percentile(values, 95), 9);
        Assert.Equal(1, Stats.Percentile(values, 0));
    }
}
