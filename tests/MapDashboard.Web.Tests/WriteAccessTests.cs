using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.Configuration;

namespace MapDashboard.Web.Tests;

public class WriteAccessTests
{
    /// <summary>A server that only reports the addresses it listens on (what WriteAccess reads).</summary>
    private sealed class Listening : IServer
    {
        public Listening(params string[] addresses)
        {
            var feature = new ServerAddressesFeature();
            foreach (var a in addresses)
            {
                feature.Addresses.Add(a);
            }
            Features.Set<IServerAddressesFeature>(feature);
        }

        public IFeatureCollection Features { get; } = new FeatureCollection();

        public void Dispose()
        {
        }

        public Task StartAsync<TContext>(IHttpApplication<TContext> application, CancellationToken cancellationToken) where TContext : notnull => Task.CompletedTask;

        public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
    }

    private static WriteAccess Access(string? key, params string[] addresses) =>
        new(new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { ["MapDashboard:AnalystKey"] = key }).Build(), new Listening(addresses));

    [Theory]
    [InlineData("http://127.0.0.1:5000")]
    [InlineData("http://localhost:5000")]
    [InlineData("http://[::1]:5000")]
    public void OnLoopbackWithoutAKey_AnyoneHereMayWrite(string address)
    {
        var access = Access(null, address);

        Assert.True(access.WritesEnabled);
        Assert.False(access.KeyRequired);
        Assert.Null(access.Refusal(null));
    }

    [Theory]
    [InlineData("http://0.0.0.0:5000")]
    [InlineData("http://*:5000")]
    [InlineData("http://+:80")]
    [InlineData("http://192.168.1.20:5000")]
    public void BeyondLoopbackWithoutAKey_WritingIsOff(string address)
    {
        var access = Access(null, "http://127.0.0.1:5000", address);

        Assert.False(access.WritesEnabled);
        Assert.Contains("no analyst key is configured", access.Refusal("anything"));
    }

    [Fact]
    public void WithAKey_OnlyTheKeyWrites_OnAnyAddress()
    {
        var access = Access("long-secret", "http://0.0.0.0:5000");

        Assert.True(access.WritesEnabled);
        Assert.True(access.KeyRequired);
        Assert.Null(access.Refusal("long-secret"));
        Assert.NotNull(access.Refusal("long-secreT"));
        Assert.NotNull(access.Refusal(null));
    }
}
