using BenchmarkDotNet.Attributes;
using MapDashboard.Data;
using MapDashboard.Data.Store;
using Microsoft.Extensions.DependencyInjection;

namespace MapDashboard.Benchmarks;

/// <summary>
/// The store's write side alone: <see cref="IngestBenchmarks"/>' 100 articles, read, geoparsed and coded once in the
/// setup, written into a fresh store per iteration either one transaction per article (<c>Batch = 1</c>, what ingest did
/// before issue 18) or in batches of 50, one transaction each (<see cref="EventStore.IngestBatchAsync"/>).
/// Run: dotnet run -c Release --project tests/MapDashboard.Benchmarks -- --filter '*StoreWrite*'
/// (PostgreSQL rows need MAPDASH_BENCH_POSTGRES). Articles per second = 1 s / Mean (the mean is per article).
/// </summary>
public class StoreWriteBenchmarks
{
    private ServiceProvider _services = default!;
    private string _folder = "";
    private List<StoredArticle> _articles = [];
    private FreshIngestStores _stores = default!;

    [Params("sqlite", "postgres")]
    public string Provider { get; set; } = "sqlite";

    [Params(1, 50)]
    public int Batch { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var layout = RepositoryLayout.DiscoverOrThrow();
        _services = BenchServices.CreateAsync(layout.GazetteerDatabase).GetAwaiter().GetResult();
        _folder = Directory.CreateTempSubdirectory("mapdash-bench-").FullName;
        var scratch = new SqliteConnectionFactory(Path.Combine(_folder, "scratch.db"));
        new EventStore(scratch).InitializeAsync().GetAwaiter().GetResult();
        var ingester = BenchServices.Ingester(_services, scratch);
        _articles = GeneratedArticles.Write(layout, _folder)
            .Select(f => ingester.PrepareBytesAsync(f, File.ReadAllBytes(f)).GetAwaiter().GetResult().Article!).ToList();
        _stores = new FreshIngestStores(Provider, _folder);
        _stores.Setup();
    }

    [IterationSetup]
    public void FreshStore() => _stores.Next();

    [Benchmark(OperationsPerInvoke = 100)]
    public async Task<int> Write100Articles()
    {
        var store = new EventStore(_stores.Store);
        var stored = 0;
        foreach (var batch in _articles.Chunk(Batch))
        {
            if (Batch == 1)
            {
                await store.IngestAsync(batch[0]);
                stored++;
            }
            else
            {
                stored += (await store.IngestBatchAsync(batch)).Count(r => r.Outcome is not null);
            }
        }
        return stored == _articles.Count ? stored : throw new InvalidOperationException($"Only {stored} of {_articles.Count} articles were stored.");
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
