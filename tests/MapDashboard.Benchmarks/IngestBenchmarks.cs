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
/// Run: dotnet run -c Release --project tests/MapDashboard.Benchmarks -- --filter '*Ingest*'
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
        var sentences = Directory.GetFiles(layout.Seeds).Order(StringComparer.Ordinal)
            .Select(f => Core.Articles.ArticlePreprocessor.Process(new Core.Articles.ArticleInput(f, File.ReadAllText(f), Core.Articles.ArticleFormat.Markdown)))
            .SelectMany(a => a.Sentences.Skip(1).Select(s => a.Text[s.Start..s.End])).Where(s => s.Length > 40).Distinct().ToArray();
        var random = new Random(11);
        for (var i = 0; i < 100; i++)
        {
            var body = string.Join("\n\n", Enumerable.Range(0, random.Next(8, 16)).Select(_ => sentences[random.Next(sentences.Length)]));
            var path = Path.Combine(_folder, $"article-{i:D3}.txt");
            File.WriteAllText(path, $"Report {i}: fighting in Syria\n\nBy Staff\n\nJanuary {1 + (i % 28)}, 2018\n\n{body}\n");
            _files.Add(path);
        }
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
