using System.Diagnostics;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace MapDashboard.Web.Health;

/// <summary>Always healthy; reports the open circuits, their JS interop references and the process's memory (read only).</summary>
public sealed class CircuitHealthCheck(CircuitMonitor monitor, IngestService ingest) : IHealthCheck
{
    /// <inheritdoc />
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        using var process = Process.GetCurrentProcess();
        var data = new Dictionary<string, object>
        {
            ["openCircuits"] = monitor.OpenCircuits,
            ["connectedCircuits"] = monitor.ConnectedCircuits,
            ["interopReferences"] = monitor.InteropReferences,
            ["storeChangedListeners"] = ingest.StoreChangedListeners,
            ["managedHeapBytes"] = GC.GetTotalMemory(forceFullCollection: false),
            ["heapAfterLastGcBytes"] = GC.GetGCMemoryInfo().HeapSizeBytes,
            ["workingSetBytes"] = process.WorkingSet64,
            ["gen2Collections"] = GC.CollectionCount(2),
        };
        return Task.FromResult(HealthCheckResult.Healthy(
            $"{monitor.OpenCircuits} circuit(s) open, {monitor.ConnectedCircuits} connected, {monitor.InteropReferences} JS interop reference(s)", data));
    }
}
