using Microsoft.AspNetCore.Components.Server.Circuits;

namespace MapDashboard.Web.Health;

/// <summary>
/// Counts the Blazor circuits the server holds (connected or kept after a disconnect) and the JS interop references
/// the maps hold, so /healthz shows whether closed browsers leave anything behind. One instance for the app; the
/// counts are only read, never reset.
/// </summary>
public sealed class CircuitMonitor : CircuitHandler
{
    private long _open;
    private long _connected;
    private long _interopReferences;

    /// <summary>Circuits opened and not yet disposed (a disconnected one is kept for Limits:DisconnectedCircuitRetention).</summary>
    public long OpenCircuits => Interlocked.Read(ref _open);

    /// <summary>Circuits with a live connection to a browser.</summary>
    public long ConnectedCircuits => Interlocked.Read(ref _connected);

    /// <summary>Live DotNetObjectReferences and IJSObjectReferences held by components (created and not yet released).</summary>
    public long InteropReferences => Interlocked.Read(ref _interopReferences);

    /// <summary>Records that a component created (+1) or released (-1) a JS interop reference.</summary>
    public void InteropReferenceChanged(int delta) => Interlocked.Add(ref _interopReferences, delta);

    /// <inheritdoc />
    public override Task OnCircuitOpenedAsync(Circuit circuit, CancellationToken cancellationToken)
    {
        Interlocked.Increment(ref _open);
        return Task.CompletedTask;
    }

    /// <inheritdoc />
    public override Task OnCircuitClosedAsync(Circuit circuit, CancellationToken cancellationToken)
    {
        Interlocked.Decrement(ref _open);
        return Task.CompletedTask;
    }

    /// <inheritdoc />
    public override Task OnConnectionUpAsync(Circuit circuit, CancellationToken cancellationToken)
    {
        Interlocked.Increment(ref _connected);
        return Task.CompletedTask;
    }

    /// <inheritdoc />
    public override Task OnConnectionDownAsync(Circuit circuit, CancellationToken cancellationToken)
    {
        Interlocked.Decrement(ref _connected);
        return Task.CompletedTask;
    }
}
