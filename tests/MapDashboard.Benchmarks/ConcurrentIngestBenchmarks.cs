using BenchmarkDotNet.Attributes;
using MapDashboard.Data;
using MapDashboard.Data.Ingest;
using Microsoft.Extensions.DependencyInjection;

namespace MapDashboard.Benchmarks;

/// <summary>
/// Ingest throughput with concurrent ingesters: <see cref="IngestBenchmarks"/>' 100 articles split into 1 or 4 equal runs,
/// each ingested by its own <see cref="ArticleIngester"/> on its own thread, all over one shared <see cref="EventStore"/>
/// and one geoparser (immutable, thread-safe), into a fresh store per iteration: a new SQLite file, or a new PostgreSQL
/// database made from a migrated empty template (on the server MAPDASH_BENCH_POSTGRES names). On SQLite the writers take
/// turns (busy_timeout); on PostgreSQL they write at once, and the store retries a transaction the server aborts.
/// Run: MAPDASH_BENCH_POSTGRES='Host=...;Database=postgres' dotnet run -c Release --project tests/MapDashboard.Benchmarks -- --filter '*ConcurrentIngest*'
/// Articles per second = 1 s / Mean (the mean is per article).
/// </summary>
public class ConcurrentIngestBenchmarks
{
    private ServiceProvider _services = default!;
    private string _folder = "";
    private List<string> _files = [];
    private FreshIngestStores _stores = default!;

    [Params("sqlite", "postgres")]
    public string Provider { get; set; } = "sqlite";

    [Params(1, 4)]
    public int Ingesters { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var layout = RepositoryLayout.DiscoverOrThrow();
        _services = BenchServices.CreateAsync(layout.GazetteerDatabase).GetAwaiter().GetResult();
        _folder = Directory.CreateTempSubdirectory("mapdash-bench-").FullName;
        _files = GeneratedArticles.Write(layout, _folder);
        _stores = new FreshIngestStores(Provider, _folder);
        _stores.Setup();
    }

    [IterationSetup]
    public void FreshStore() => _stores.Next();

    [Benchmark(OperationsPerInvoke = 100)]
    public async Task<int> Ingest100Articles()
    {
        var runs = _files.Chunk(_files.Count / Ingesters).Select(run => Task.Run(() => BenchServices.Ingester(_services, _stores.Store).IngestAsync(run)));
        var results = await Task.WhenAll(runs);
        var stored = results.Sum(r => r.Count(f => f.Succeeded));
        return stored == _files.Count ? stored : throw new InvalidOperationException($"Only {stored} of {_files.Count} articles were stored.");
    }

    [IterationCleanup]
    public void CloseStore() => _stores.Close();

    [GlobalCleanup]
    public void Cleanup()
    {
        _services.Dispose();
        _stores.Cleanup();
        Directory.Delete(_folder, recursive: true);
    }
}
