using System.Security.Cryptography;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Web;

namespace MapDashboard.Web.Components.Layout;

/// <summary>
/// The error boundary around every page: an exception in a component is logged with a short reference that the page
/// shows, and the page offers to try again, so a failure neither ends the circuit nor passes unnoticed.
/// </summary>
public sealed class PageErrorBoundary : ErrorBoundary
{
    [Inject]
    private ILogger<PageErrorBoundary> Logger { get; set; } = default!;

    /// <summary>The reference of the last error, as written to the log.</summary>
    public string? Reference { get; private set; }

    /// <inheritdoc />
    protected override Task OnErrorAsync(Exception exception)
    {
        Reference = Convert.ToHexString(RandomNumberGenerator.GetBytes(4)).ToLowerInvariant();
        Logger.LogError(exception, "A page failed (reference {Reference}); it shows the error and offers to try again", Reference);
        return Task.CompletedTask;
    }
}
