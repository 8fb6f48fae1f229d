using System.Net;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;

namespace MapDashboard.Web;

/// <summary>
/// Keeps other web sites from writing through a visitor's browser. A request whose Host is not a name the server
/// listens on is refused (DNS rebinding: a hostile name resolved to 127.0.0.1); a write (any method but GET, HEAD,
/// OPTIONS, and every request of the dashboard's Blazor connection, through which the dashboard writes) whose Origin,
/// or else Referer, is not this server's own address is refused. Both get a 403 problem body. A request with neither
/// header (the command line, curl, scripts) is not a browser's cross-site request and passes to the analyst-key rules.
/// </summary>
public sealed class SameOriginGuard(RequestDelegate next, IServer server, IConfiguration configuration)
{
    /// <summary>Checks the request, then hands it on.</summary>
    public async Task InvokeAsync(HttpContext context)
    {
        var request = context.Request;
        if (!HostAllowed(request.Host.Host))
        {
            await RefuseAsync(context, $"The host name '{request.Host.Host}' is not one this server listens on. Use the address it listens on, or list the name in AllowedHosts.");
            return;
        }
        if (IsWrite(request) && Claimed(request) is { } claimed && !SameOrigin(request, claimed))
        {
            await RefuseAsync(context, $"A write from another site ({claimed.GetLeftPart(UriPartial.Authority)}) is refused: only pages of this dashboard may write. A proxy's public address goes in MapDashboard:TrustedOrigins.");
            return;
        }
        await next(context);
    }

    private static bool IsWrite(HttpRequest request) =>
        !(HttpMethods.IsGet(request.Method) || HttpMethods.IsHead(request.Method) || HttpMethods.IsOptions(request.Method))
        || request.Path.StartsWithSegments("/_blazor") || request.HttpContext.WebSockets.IsWebSocketRequest;

    /// <summary>The origin the browser says the request comes from (Origin, else Referer); null when it says nothing.</summary>
    private static Uri? Claimed(HttpRequest request)
    {
        var origin = request.Headers.Origin.FirstOrDefault() ?? request.Headers.Referer.FirstOrDefault();
        if (string.IsNullOrEmpty(origin))
        {
            return null;
        }
        // "null" (a sandboxed frame, a file: page) and anything unreadable is another site.
        return Uri.TryCreate(origin, UriKind.Absolute, out var uri) ? uri : new Uri("about:blank");
    }

    private bool SameOrigin(HttpRequest request, Uri claimed)
    {
        if (string.Equals(claimed.Scheme, request.Scheme, StringComparison.OrdinalIgnoreCase)
            && string.Equals(claimed.Authority, request.Host.Value, StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }
        var trusted = configuration.GetSection("MapDashboard:TrustedOrigins").Get<string[]>() ?? [];
        var authority = claimed.GetLeftPart(UriPartial.Authority);
        return trusted.Any(t => string.Equals(t.TrimEnd('/'), authority, StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>
    /// Whether the Host names this server: with AllowedHosts configured (host filtering enforces it) any; else the host
    /// names of the listening addresses, where a loopback address stands for localhost, 127.0.0.1 and [::1], and an
    /// any-address listener (0.0.0.0, *) for every name.
    /// </summary>
    private bool HostAllowed(string host)
    {
        if (configuration["AllowedHosts"] is { Length: > 0 })
        {
            return true;
        }
        var addresses = server.Features.Get<IServerAddressesFeature>()?.Addresses.ToList() ?? [];
        if (addresses.Count == 0)
        {
            addresses.Add("http://localhost");
        }
        foreach (var address in addresses)
        {
            var listening = ListeningHost(address);
            if (listening is "0.0.0.0" or "::" or "[::]" or "+" or "*"
                || string.Equals(listening, host.Trim('[', ']'), StringComparison.OrdinalIgnoreCase)
                || (IsLoopback(listening) && (IsLoopback(host) || string.Equals(host, "localhost", StringComparison.OrdinalIgnoreCase))))
            {
                return true;
            }
        }
        return false;
    }

    private static string ListeningHost(string address)
    {
        var start = address.IndexOf("://", StringComparison.Ordinal) is var i and >= 0 ? i + 3 : 0;
        var rest = address[start..];
        var end = rest.StartsWith('[') ? rest.IndexOf(']') + 1 : rest.IndexOfAny([':', '/']);
        return (end > 0 ? rest[..end] : rest).Trim('[', ']');
    }

    private static bool IsLoopback(string host) =>
        string.Equals(host, "localhost", StringComparison.OrdinalIgnoreCase) || (IPAddress.TryParse(host.Trim('[', ']'), out var ip) && IPAddress.IsLoopback(ip));

    private static Task RefuseAsync(HttpContext context, string detail) =>
        Results.Problem(detail, statusCode: StatusCodes.Status403Forbidden, title: "Forbidden").ExecuteAsync(context);
}
