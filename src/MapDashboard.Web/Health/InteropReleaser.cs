using Microsoft.JSInterop;

namespace MapDashboard.Web.Health;

/// <summary>
/// Releases what a component holds in the browser, each reference counted down in <see cref="CircuitMonitor"/>, and
/// tolerates a browser that has already gone (then its objects went with it).
/// </summary>
public static class InteropReleaser
{
    /// <summary>
    /// Releases in order: the JS object (after calling its <c>dispose</c>), the .NET reference the browser called back
    /// through, then the module. Any of them may be null (never created).
    /// </summary>
    public static async Task ReleaseInOrderAsync(this CircuitMonitor circuits, IJSObjectReference? jsObject, IDisposable? dotNetReference, IJSObjectReference? module)
    {
        await circuits.ReleaseAsync(jsObject, "dispose");
        if (dotNetReference is not null)
        {
            dotNetReference.Dispose();
            circuits.InteropReferenceChanged(-1);
        }
        await circuits.ReleaseAsync(module, null);
    }

    /// <summary>Calls the JS object's dispose method when one is named, then releases the reference.</summary>
    public static async Task ReleaseAsync(this CircuitMonitor circuits, IJSObjectReference? reference, string? disposeMethod)
    {
        if (reference is null)
        {
            return;
        }
        try
        {
            if (disposeMethod is not null)
            {
                await reference.InvokeVoidAsync(disposeMethod);
            }
            await reference.DisposeAsync();
        }
        catch (JSDisconnectedException)
        {
            // The browser tab is gone, and its objects with it.
        }
        catch (TaskCanceledException)
        {
            // The circuit is shutting down.
        }
        finally
        {
            circuits.InteropReferenceChanged(-1);
        }
    }
}
