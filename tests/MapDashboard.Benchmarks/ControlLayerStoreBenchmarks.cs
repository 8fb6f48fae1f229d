using BenchmarkDotNet.Attributes;
using MapDashboard.Core.Actors;
using MapDashboard.Core.Control;
using MapDashboard.Data;
using MapDashboard.Data.Control;
using MapDashboard.Data.Store;

namespace MapDashboard.Benchmarks;

/// <summary>
/// The map's control layer at a new date over a real store's control periods (the slider's step on an ingested
/// backlog), with the memory diagnoser: time and bytes allocated per layer (states, dissolve, fronts, symbols, legend
/// and the map's GeoJSON). Each operation asks a date not built before (steps of 11 days over the store's change dates,
/// wrapping; the builder's cache is cleared whenever it is full). The store is read-only and given by
/// MAPDASH_BENCH_STORE (for example a copy of the 100,000-article store).
/// Run: MAPDASH_BENCH_STORE=/tmp/fresh.db dotnet run -c Release --project tests/MapDashboard.Benchmarks -- --filter '*ControlLayerStore*'
/// </summary>
[Config(typeof(LatencyConfig))]
[MemoryDiagnoser]
public class ControlLayerStoreBenchmarks
{
    private ControlLayerBuilder _builder = default!;
    private DateOnly[] _dates = [];
    private int _next;

    [GlobalSetup]
    public async Task Setup()
    {
        var path = Environment.GetEnvironmentVariable("MAPDASH_BENCH_STORE")
                   ?? throw new InvalidOperationException("Set MAPDASH_BENCH_STORE to a store with control periods.");
        var queries = new EventQueries(new SqliteConnectionFactory(path, readOnly: true));
        var layout = RepositoryLayout.DiscoverOrThrow();
        using var countries = File.OpenRead(Path.Combine(layout.WwwrootAssets, ControlLayerLoader.CountriesFile));
        var (timeline, builder) = await ControlLayerLoader.LoadAsync(queries, FactionCatalogue.LoadDefault(), ControlLayerLoader.ReadOutline(countries));
        _builder = builder;
        var first = timeline.ChangeDates[0].DayNumber;
        var last = timeline.ChangeDates[^1].DayNumber;
        _dates = Enumerable.Range(0, (last - first) / 11).Select(i => DateOnly.FromDayNumber(first + 11 * i + 1)).ToArray();
        _builder.LayerAt(_dates[0]);
    }

    [Benchmark]
    public int MapLayerAtANewDate() => _builder.LayerAt(_dates[++_next % _dates.Length]).GeoJson.Length;
}
