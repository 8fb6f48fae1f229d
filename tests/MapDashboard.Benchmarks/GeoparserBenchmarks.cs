using BenchmarkDotNet.Attributes;
using MapDashboard.Core.Articles;
using MapDashboard.Core.Geoparsing;
using MapDashboard.Core.Pipeline;
using MapDashboard.Data;
using MapDashboard.Data.Composition;
using MapDashboard.Data.Gazetteer;
using Microsoft.Extensions.DependencyInjection;

namespace MapDashboard.Benchmarks;

/// <summary>
/// Whole-pipeline throughput (clean, recognize, lookup, rank) over the five seeds and over a generated corpus of
/// news-like articles built from the seeds' sentences; index loading is measured on its own (start-up cost), built from
/// the gazetteer and read from the prebuilt file.
/// Run: dotnet run -c Release --project tests/MapDashboard.Benchmarks -- --filter '*Geoparser*'
/// Articles per second = 1 s / (Mean per operation / articles per operation).
/// </summary>
[MemoryDiagnoser]
public class GeoparserBenchmarks
{
    private Geoparser _geoparser = default!;
    private IEventCoder _coder = default!;
    private IControlChangeExtractor _controlChanges = default!;
    private ArticleInput[] _seeds = [];
    private ArticleInput[] _corpus = [];
    private string _gazetteer = "";

    [GlobalSetup]
    public async Task SetupAsync()
    {
        var layout = RepositoryLayout.DiscoverOrThrow();
        // MAPDASH_BENCH_GAZETTEER measures another build of the gazetteer (before/after figures).
        _gazetteer = Environment.GetEnvironmentVariable("MAPDASH_BENCH_GAZETTEER") ?? layout.GazetteerDatabase;
        await PlaceIndexLoader.EnsurePrebuiltAsync(new SqliteGazetteer(_gazetteer));
        var services = await BenchServices.CreateAsync(_gazetteer);
        _geoparser = services.GetRequiredService<Geoparser>();
        _coder = services.GetRequiredService<IEventCoder>();
        _controlChanges = services.GetRequiredService<IControlChangeExtractor>();
        _seeds = Directory.GetFiles(layout.Seeds, "*.txt").Order(StringComparer.Ordinal)
            .Select(f => { var t = File.ReadAllText(f); return new ArticleInput(f, t, ArticleInput.DetectFormat(f, t)); }).ToArray();
        _corpus = GenerateCorpus(_seeds, 200, seed: 7);
    }

    /// <summary>Articles of 8-20 report sentences drawn from the seeds (deterministic), with a headline and a dateline.</summary>
    private static ArticleInput[] GenerateCorpus(ArticleInput[] seeds, int count, int seed)
    {
        var sentences = seeds.Select(ArticlePreprocessor.Process)
            .SelectMany(a => a.Sentences.Skip(1).Select(s => a.Text[s.Start..s.End]))
            .Where(s => s.Length > 40).Distinct().ToArray();
        var random = new Random(seed);
        return Enumerable.Range(0, count).Select(i =>
        {
            var body = string.Join("\n\n", Enumerable.Range(0, random.Next(8, 21)).Select(_ => sentences[random.Next(sentences.Length)]));
            var text = $"Report {i}: fighting in Syria\n\nBy Staff\n\nJanuary {1 + (i % 28)}, 2018\n\n{body}\n";
            return new ArticleInput($"generated-{i}.txt", text, ArticleFormat.PlainText);
        }).ToArray();
    }

    [Benchmark(OperationsPerInvoke = 5)]
    public int FiveSeeds()
    {
        var places = 0;
        foreach (var article in _seeds)
        {
            places += _geoparser.Parse(article).Places.Count;
        }
        return places;
    }

    [Benchmark(OperationsPerInvoke = 200)]
    public int GeneratedCorpus200()
    {
        var places = 0;
        foreach (var article in _corpus)
        {
            places += _geoparser.Parse(article).Places.Count;
        }
        return places;
    }

    /// <summary>
    /// The whole per-article work of `geoparse` and `ingest` before the store: geoparse, code the events, extract the
    /// control changes. Its allocated bytes per operation (MemoryDiagnoser) are the allocation per article of issue 18.
    /// </summary>
    [Benchmark(OperationsPerInvoke = 200)]
    public int ParseAndCodeGeneratedCorpus200() => ParseAndCode(_corpus);

    /// <summary>
    /// The same per-article work over the five seeds (the articles `geoparse` of the seed copies reads): allocated bytes
    /// per article of that whole-process figure (BENCHMARKS.md, issue 18).
    /// </summary>
    [Benchmark(OperationsPerInvoke = 5)]
    public int ParseAndCodeFiveSeeds() => ParseAndCode(_seeds);

    private int ParseAndCode(ArticleInput[] articles)
    {
        var found = 0;
        foreach (var article in articles)
        {
            var result = _geoparser.Parse(article);
            foreach (var coded in _coder.Code(result))
            {
                found += _controlChanges.Extract(coded) is null ? 1 : 2;
            }
            found += result.Places.Count;
        }
        return found;
    }

    /// <summary>The generated corpus on both cores (one geoparser shared: it is immutable and thread-safe).</summary>
    [Benchmark(OperationsPerInvoke = 200)]
    public int GeneratedCorpus200OnTwoCores()
    {
        var places = 0;
        Parallel.ForEach(_corpus, new ParallelOptions { MaxDegreeOfParallelism = 2 }, article => Interlocked.Add(ref places, _geoparser.Parse(article).Places.Count));
        return places;
    }

    /// <summary>The five seeds, 40 times over, on both cores.</summary>
    [Benchmark(OperationsPerInvoke = 200)]
    public int Seeds200OnTwoCores()
    {
        var places = 0;
        Parallel.For(0, 200, new ParallelOptions { MaxDegreeOfParallelism = 2 }, i => Interlocked.Add(ref places, _geoparser.Parse(_seeds[i % _seeds.Length]).Places.Count));
        return places;
    }

    /// <summary>The index built from the gazetteer's names (before the prebuilt file; still the way when it is stale).</summary>
    [Benchmark]
    public async Task<int> LoadIndex() => (await PlaceIndexLoader.BuildAsync(new SqliteGazetteer(_gazetteer))).PlaceCount;

    /// <summary>The index read from the prebuilt gazetteer.placeindex (stamp checked), as every start does when it is current.</summary>
    [Benchmark]
    public async Task<int> LoadPrebuiltIndex() => (await PlaceIndexLoader.LoadOrBuildAsync(new SqliteGazetteer(_gazetteer))).PlaceCount;
}
