using System.Net;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http.Timeouts;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.Routing;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;

namespace MapDashboard.Web.Tests;

/// <summary>Issue #8, limits and errors: body limits on real Kestrel, timeouts on the API, and the friendly error page.</summary>
public sealed class LimitsTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("mapdash-limits-").FullName;

    private WebApplicationFactory<Program> App(params (string Key, string Value)[] settings) =>
        new WebApplicationFactory<Program>().WithWebHostBuilder(b =>
        {
            b.UseSetting("MapDashboard:EventDatabase", Path.Combine(_folder, "events.db"));
            foreach (var (key, value) in settings)
            {
                b.UseSetting(key, value);
            }
        });

    private static string Article(int bytes)
    {
        var text = new StringBuilder("Clashes near Saraqib\n\nMarch 3, 2020\n\n");
        while (text.Length < bytes)
        {
            text.Append("Government forces clashed with rebels near Saraqib on Monday, a monitoring group said. ");
        }
        return text.ToString()[..bytes];
    }

    [Fact]
    public async Task ArticlesOverIngestMaxBytes_Get413WithAClearMessage_OnKestrel_AndSmallerOnesAboveTheGeneralLimitLand()
    {
        // Articles may be 4,000 bytes; any other request body 1,000: the article endpoint must raise its own limit.
        await using var app = App(("Ingest:MaxBytes", "4000"), ("Limits:MaxRequestBodyBytes", "1000"));
        // A port the system picks: UseKestrel(0) still bound 127.0.0.1:5000 (the default), which ./run.sh may be serving.
        app.UseKestrel(o => o.Listen(IPAddress.Loopback, 0));
        app.StartServer();
        using var client = app.CreateClient();
        // Kestrel may close a connection whose refused body it did not drain; a reused connection would then end
        // before its response. Each request gets a connection of its own, as separate uploads would.
        client.DefaultRequestHeaders.ConnectionClose = true;

        var declared = await client.PostAsync("/api/articles?name=big.txt", new StringContent(Article(4001), Encoding.UTF8, "text/plain"));
        using var chunkedContent = new StreamContent(new MemoryStream(Encoding.UTF8.GetBytes(Article(6000))));
        using var chunked = new HttpRequestMessage(HttpMethod.Post, "/api/articles?name=chunked.txt") { Content = chunkedContent };
        chunked.Headers.TransferEncodingChunked = true;
        var streamed = await client.SendAsync(chunked);
        var fits = await client.PostAsync("/api/articles?name=fits.txt", new StringContent(Article(3000), Encoding.UTF8, "text/plain"));

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, declared.StatusCode);
        Assert.Equal("application/problem+json", declared.Content.Headers.ContentType?.MediaType);
        using var problem = JsonDocument.Parse(await declared.Content.ReadAsStringAsync());
        Assert.Contains("4,001 bytes, over the 4,000-byte limit (Ingest:MaxBytes)", problem.RootElement.GetProperty("detail").GetString());
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, streamed.StatusCode);
        Assert.Contains("over the 4,000-byte limit", await streamed.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.Created, fits.StatusCode);
    }

    [Fact]
    public async Task ApiEndpoints_CarryTheConfiguredTimeouts()
    {
        await using var app = App(("Limits:ApiTimeout", "00:00:07"), ("Limits:IngestTimeout", "00:01:11"), ("Limits:ExportTimeout", "00:03:33"));
        using var client = app.CreateClient();
        var endpoints = app.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>().ToList();
        var options = app.Services.GetRequiredService<Microsoft.Extensions.Options.IOptions<RequestTimeoutOptions>>().Value;

        TimeSpan? TimeoutOf(string pattern, string method)
        {
            var endpoint = endpoints.Single(e => e.RoutePattern.RawText == pattern
                && e.Metadata.GetMetadata<Microsoft.AspNetCore.Routing.HttpMethodMetadata>()?.HttpMethods.Contains(method) == true);
            var policy = endpoint.Metadata.GetMetadata<RequestTimeoutAttribute>()?.PolicyName;
            return policy is null ? null : options.Policies[policy].Timeout;
        }

        Assert.Equal(TimeSpan.FromSeconds(7), TimeoutOf("/api/events", "GET"));
        Assert.Equal(TimeSpan.FromSeconds(7), TimeoutOf("/api/gazetteer/search", "GET"));
        Assert.Equal(TimeSpan.FromSeconds(71), TimeoutOf("/api/articles", "POST"));
        Assert.Equal(TimeSpan.FromSeconds(213), TimeoutOf("/api/export", "GET"));
    }

    [Fact]
    public async Task AnUnhandledExceptionOutsideAPage_ShowsTheFriendlyErrorPage_WithAReferenceAndNoStackTrace()
    {
        await using var app = new WebApplicationFactory<Program>().WithWebHostBuilder(b =>
        {
            b.UseEnvironment("Production");
            b.UseSetting("MapDashboard:EventDatabase", Path.Combine(_folder, "events.db"));
            // Test only: a request that fails after every endpoint of the app, so the app's own exception handling must catch it.
            b.ConfigureServices(s => s.AddSingleton<Microsoft.AspNetCore.Hosting.IStartupFilter, ThrowingTailFilter>());
        });
        using var client = app.CreateClient();

        var ui = await client.GetAsync("/test-only/throw");
        var html = await ui.Content.ReadAsStringAsync();
        var api = await client.GetAsync("/api/test-only/throw");
        var problem = await api.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.InternalServerError, ui.StatusCode);
        Assert.Contains("data-testid=\"error-page\"", html);
        Assert.Contains("Something went wrong", html);
        Assert.Contains("Back to the map", html);
        Assert.Matches("data-testid=\"request-id\">[^<]{8,}<", html);
        Assert.DoesNotContain("tail failure", html);
        Assert.DoesNotContain("   at ", html);
        Assert.DoesNotContain("Development Mode", html);
        Assert.Equal(HttpStatusCode.InternalServerError, api.StatusCode);
        Assert.Equal("application/problem+json", api.Content.Headers.ContentType?.MediaType);
        Assert.DoesNotContain("tail failure", problem);
    }

    /// <summary>Appends, after the whole app, a middleware that throws for /test-only/throw and /api/test-only/throw.</summary>
    private sealed class ThrowingTailFilter : Microsoft.AspNetCore.Hosting.IStartupFilter
    {
        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            next(app);
            app.Use((context, nextMiddleware) => context.Request.Path.Value?.EndsWith("/test-only/throw", StringComparison.Ordinal) == true
                ? throw new InvalidOperationException("tail failure")
                : nextMiddleware(context));
        };
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (IOException)
        {
            // A host still shutting down may hold the file for a moment.
        }
    }
}
