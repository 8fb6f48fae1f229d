using MapDashboard.Data.Gazetteer;

namespace MapDashboard.Data.Tests.Gazetteer;

/// <summary>A gazetteer a test may write to; <see cref="RefillAsync"/> rebuilds (SQLite) or copies again (PostgreSQL).</summary>
public sealed class ScratchGazetteer(GazetteerStore store, Func<Task> refill, Func<ValueTask> dispose) : IAsyncDisposable
{
    public GazetteerStore Store { get; } = store;

    public Task RefillAsync() => refill();

    public ValueTask DisposeAsync() => dispose();
}
