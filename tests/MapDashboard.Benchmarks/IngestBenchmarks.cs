using BenchmarkDotNet.Attributes;
using MapDashboard.Data;
using MapDashboard.Data.Store;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;

namespace MapDashboard.Benchmarks;

/// <summary>
/// Ingest throughput into a file database: read, geoparse, code events and store 100 distinct articles (the seeds'
/// sentences recombined), one transaction each, into a fresh SQLite file per iteration.
/// Run: dotnet run -c Release --project tests/MapDashboard.Benchmarks -- --filter '*.IngestBenchmarks.*'
/// Articles per second = 100 / Mean.
/// </summary>
public class IngestBenchmarks
{
    private ServiceProvider _services = default!;
    private string _folder = "";
    private List<string> _files = [];
    private string _database = "";

    [GlobalSetup]
    public async Task SetupAsync()
    {
        var layout = RepositoryLayout.DiscoverOrThrow();
        _services = await BenchServices.CreateAsync(layout.GazetteerDatabase);
        _folder = Directory.CreateTempSubdirectory("mapdash-bench-").FullName;
        _files = GeneratedArticles.Write(layout, _folder);
    }

    [IterationSetup]
    public void FreshDatabase()
    {
        SqliteConnection.ClearAllPools();
        _database = Path.Combine(_folder, $"store-{Guid.NewGuid():N}.db");
        new EventStore(new SqliteConnectionFactory(_database)).InitializeAsync().GetAwaiter().GetResult();
    }

    [Benchmark(OperationsPerInvoke = 100)]
    public async Task<int> Ingest100Articles()
    {
        var results = await BenchServices.Ingester(_services, new SqliteConnectionFactory(_database)).IngestAsync(_files);
        return results.Count(r => r.Succeeded);
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        _services.Dispose();
        SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }
}
