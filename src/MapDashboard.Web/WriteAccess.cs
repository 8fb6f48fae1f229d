using System.Net;
using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;

namespace MapDashboard.Web;

/// <summary>
/// Who may add or change data. Reading is always open. Writing needs the analyst key from configuration
/// (MapDashboard:AnalystKey) when one is set; when the app listens beyond loopback without a key, writing is off,
/// so a dashboard exposed on a network is never writable by anyone who finds it.
/// </summary>
public sealed class WriteAccess(IConfiguration configuration, IServer server)
{
    private string? Key => configuration["MapDashboard:AnalystKey"] is { Length: > 0 } key ? key : null;

    /// <summary>Whether some address the server listens on is reachable from other machines.</summary>
    public bool ListensBeyondLoopback =>
        server.Features.Get<IServerAddressesFeature>()?.Addresses.Any(a => !IsLoopback(a)) ?? false;

    /// <summary>Whether writing is possible at all.</summary>
    public bool WritesEnabled => Key is not null || !ListensBeyondLoopback;

    /// <summary>Whether a writer must give the key.</summary>
    public bool KeyRequired => Key is not null || ListensBeyondLoopback;

    /// <summary>Why writing is refused, for the UI and the API; null when <paramref name="given"/> may write.</summary>
    public string? Refusal(string? given)
    {
        if (!WritesEnabled)
        {
            return "Writing is off: the dashboard listens beyond this machine and no analyst key is configured (set MapDashboard:AnalystKey).";
        }
        if (Key is not { } key)
        {
            return null;
        }
        return given is not null && CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(key), Encoding.UTF8.GetBytes(given))
            ? null
            : "The analyst key is missing or wrong.";
    }

    private static bool IsLoopback(string address)
    {
        if (!Uri.TryCreate(address.Replace("://+", "://0.0.0.0", StringComparison.Ordinal).Replace("://*", "://0.0.0.0", StringComparison.Ordinal), UriKind.Absolute, out var uri))
        {
            return false;
        }
        return uri.IsLoopback || (IPAddress.TryParse(uri.Host.Trim('[', ']'), out var ip) && IPAddress.IsLoopback(ip));
    }
}
