using System.Collections.Concurrent;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace MapDashboard.Cli.Tests.Feeds;

/// <summary>An in-process HTTP server on 127.0.0.1 and a free port, answering each path with a test's handler; it records the requests.</summary>
internal sealed class LoopbackServer : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly ConcurrentDictionary<string, Func<HttpContext, Task>> _routes = new(StringComparer.Ordinal);

    private LoopbackServer(WebApplication app) => _app = app;

    /// <summary>Every request's path and its If-None-Match header, in order.</summary>
    public ConcurrentQueue<(string Path, string? IfNoneMatch)> Requests { get; } = new();

    public string BaseUrl { get; private set; } = "";

    public static async Task<LoopbackServer> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        var app = builder.Build();
        var server = new LoopbackServer(app);
        app.Run(async context =>
        {
            server.Requests.Enqueue((context.Request.Path.Value ?? "", context.Request.Headers.IfNoneMatch.ToString() is { Length: > 0 } tag ? tag : null));
            if (server._routes.TryGetValue(context.Request.Path.Value ?? "", out var handler))
            {
                await handler(context);
            }
            else
            {
                context.Response.StatusCode = 404;
            }
        });
        await app.StartAsync();
        server.BaseUrl = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First().TrimEnd('/');
        return server;
    }

    public void Map(string path, Func<HttpContext, Task> handler) => _routes[path] = handler;

    public void MapText(string path, string contentType, string body, string? etag = null) => Map(path, async context =>
    {
        if (etag is not null)
        {
            if (context.Request.Headers.IfNoneMatch.ToString() == etag)
            {
                context.Response.StatusCode = 304;
                return;
            }
            context.Response.Headers.ETag = etag;
        }
        context.Response.ContentType = contentType;
        await context.Response.WriteAsync(body);
    });

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
