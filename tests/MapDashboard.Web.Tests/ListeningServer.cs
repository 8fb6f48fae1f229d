using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Http.Features;

namespace MapDashboard.Web.Tests;

/// <summary>A server that says it listens on one address (all <see cref="WriteAccess"/> asks of it), for page tests.</summary>
internal sealed class ListeningServer : IServer
{
    public ListeningServer(string address)
    {
        var addresses = new Microsoft.AspNetCore.Hosting.Server.Features.ServerAddressesFeature();
        addresses.Addresses.Add(address);
        Features.Set<Microsoft.AspNetCore.Hosting.Server.Features.IServerAddressesFeature>(addresses);
    }

    public IFeatureCollection Features { get; } = new FeatureCollection();

    public Task StartAsync<TContext>(IHttpApplication<TContext> application, CancellationToken cancellationToken) where TContext : notnull => Task.CompletedTask;

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public void Dispose()
    {
    }
}
