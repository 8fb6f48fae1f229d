using BenchmarkDotNet.Attributes;
using MapDashboard.Core.Events;
using MapDashboard.Core.Geoparsing;
using MapDashboard.Data;
using MapDashboard.Data.Articles;
using MapDashboard.Data.Gazetteer;
using MapDashboard.Data.Ingest;
using MapDashboard.Data.Store;
using Microsoft.Data.Sqlite;

namespace MapDashboard.Benchmarks;

/// <summary>
/// Ingest throughput into a file database: read, geoparse, code events and store 100 distinct articles (the seeds'
/// sentences recombined), one transaction each, into a fresh SQLite file per iteration.
/// Run: dotnet run -c Release --project tests/MapDashboard.Benchmarks -- --filter '*.IngestBenchmarks.*'
/// Articles per second = 100 / Mean.
/// </summary>
public class IngestBenchmarks
{
    private Geoparser _geoparser = default!;
    private EventCoder _coder = default!;
    private string _folder = "";
    private List<string> _files = [];
    private string _database = "";

    [GlobalSetup]
    public void Setup()
    {
        var layout = RepositoryLayout.DiscoverOrThrow();
        (_geoparser, _, _) = GeoparserFactory.CreateAsync(layout.GazetteerDatabase).GetAwaiter().GetResult();
        _coder = EventCoder.CreateDefault();
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
        var store = new EventStore(new SqliteConnectionFactory(_database));
        var results = await new ArticleIngester(_geoparser, _coder, store, new ArticleFileReader()).IngestAsync(_files);
        return results.Count(r => r.Succeeded);
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }
}
