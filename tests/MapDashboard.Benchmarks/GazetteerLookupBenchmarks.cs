using BenchmarkDotNet.Attributes;
using MapDashboard.Data;
using MapDashboard.Data.Gazetteer;

namespace MapDashboard.Benchmarks;

/// <summary>
/// Lookup latency against the real bundled gazetteer (build it first: ./mapdash gazetteer build).
/// Run: dotnet run -c Release --project tests/MapDashboard.Benchmarks -- --filter '*GazetteerLookup*'
/// </summary>
[Config(typeof(LatencyConfig))]
[MemoryDiagnoser]
public class GazetteerLookupBenchmarks
{
    private SqliteGazetteer _gazetteer = default!;

    [Params("Deir Ezzor", "al-Bab", "Ma`arat al-Nu`man", "Tiyas Airbase", "Palmyra", "Hawsh Salihyah")]
    public string Name { get; set; } = "";

    [GlobalSetup]
    public void Setup()
    {
        var layout = RepositoryLayout.DiscoverOrThrow();
        _gazetteer = new SqliteGazetteer(layout.GazetteerDatabase);
    }

    [Benchmark]
    public async Task<int> FindCandidates() => (await _gazetteer.FindCandidatesAsync(Name)).Count;
}
