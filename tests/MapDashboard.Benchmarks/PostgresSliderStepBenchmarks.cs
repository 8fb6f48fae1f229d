using BenchmarkDotNet.Attributes;
using MapDashboard.Data.Postgres;
using MapDashboard.Data.Store;

namespace MapDashboard.Benchmarks;

/// <summary>
/// <see cref="SliderStepBenchmarks"/>'s step (same windows, view and cell size) on PostgreSQL/PostGIS stores of 1M and 10M
/// events, on the server MAPDASH_BENCH_POSTGRES names; <see cref="PostgresBenchStores"/> says how the stores are made
/// (10M: about 8 minutes the first time, after bench1m). Target (#9): p95 under 150 ms at 10M.
/// Run: MAPDASH_BENCH_POSTGRES='Host=...;Database=postgres' dotnet run -c Release --project tests/MapDashboard.Benchmarks -- --filter '*PostgresSliderStep*'
/// </summary>
[Config(typeof(LatencyConfig))]
public class PostgresSliderStepBenchmarks
{
    private EventQueries _queries = default!;
    private PostgresConnectionFactory _factory = default!;

    [Params(1_000_000, 10_000_000)]
    public int Events { get; set; }

    [Params("year", "month")]
    public string Window { get; set; } = "year";

    [GlobalSetup]
    public void Setup()
    {
        var store = PostgresBenchStores.FromEnvironment().EnsureSynthetic(Events);
        // A store made by an earlier build is brought to the current schema (as the web app does at start-up), and the
        // planner's statistics are fresh for any index that brought.
        var writer = PostgresConnectionFactory.Create(store);
        using (writer.DataSource)
        {
            var applied = new Data.Store.SchemaMigrator(Data.StoreProvider.Postgres);
            using var connection = writer.OpenAsync().GetAwaiter().GetResult();
            if (applied.MigrateAsync(connection).GetAwaiter().GetResult().Count > 0)
            {
                Dapper.SqlMapper.Execute(connection, new Dapper.CommandDefinition("ANALYZE events", commandTimeout: 0));
            }
        }
        _factory = PostgresConnectionFactory.Create(store, readOnly: true);
        _queries = new EventQueries(_factory);
    }

    [Benchmark]
    public Task<long> SliderStep() => SliderStepBenchmarks.StepAsync(_queries, Window);

    [GlobalCleanup]
    public void Cleanup() => _factory.DataSource.Dispose();
}
