using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.Configuration;

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

    /// <summary>The write access of a server listening on <paramref name="listening"/> with that analyst key (null: none).</summary>
    public static WriteAccess Access(string? analystKey, string listening = "http://127.0.0.1:5000") =>
        new(new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { ["MapDashboard:AnalystKey"] = analystKey }).Build(), new ListeningServer(listening));

    public Task StartAsync<TContext>(IHttpApplication<TContext> application, CancellationToken cancellationToken) where TContext : notnull => Task.CompletedTask;

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public void Dispose()
    {
    }
}
