using MapDashboard.Core.Pipeline;
using MapDashboard.Data;
using MapDashboard.Data.Composition;
using MapDashboard.Data.Ingest;
using MapDashboard.Data.Store;
using MapDashboard.Web.Api;
using MapDashboard.Web.Health;
using MapDashboard.Web.Hosting;
using Microsoft.AspNetCore.Components.Server.Circuits;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.AspNetCore.Http.Features;
using MudBlazor.Services;
using Scalar.AspNetCore;

namespace MapDashboard.Web;

/// <summary>The web host's services and request pipeline, kept out of Program.cs.</summary>
public static class WebApplicationExtensions
{
    /// <summary>The request timeout policy of the read API.</summary>
    internal const string ApiTimeoutPolicy = "api";

    /// <summary>The request timeout policy of POST /api/articles.</summary>
    internal const string IngestTimeoutPolicy = "ingest";

    /// <summary>The request timeout policy of the export download.</summary>
    internal const string ExportTimeoutPolicy = "export";

    /// <summary>Registers Blazor, MudBlazor, the limits and the health checks; binds to MAPDASH_URLS when set.</summary>
    public static WebApplicationBuilder AddMapDashboardWeb(this WebApplicationBuilder builder)
    {
        var urls = Environment.GetEnvironmentVariable("MAPDASH_URLS");
        if (!string.IsNullOrWhiteSpace(urls) && string.IsNullOrWhiteSpace(builder.Configuration["urls"]))
        {
            builder.WebHost.UseUrls(urls);
        }
        var limits = builder.Configuration.GetSection("Limits").Get<LimitsOptions>() ?? new LimitsOptions();
        builder.Services.AddSingleton(limits);
        AddLimits(builder, limits);
        builder.Services.AddRazorComponents().AddInteractiveServerComponents(circuit =>
        {
            circuit.DisconnectedCircuitRetentionPeriod = limits.DisconnectedCircuitRetention;
            circuit.DisconnectedCircuitMaxRetained = limits.MaxRetainedDisconnectedCircuits;
        }).AddHubOptions(hub => hub.MaximumReceiveMessageSize = limits.MaxHubMessageBytes);
        builder.Services.AddSingleton<CircuitMonitor>();
        builder.Services.AddSingleton<CircuitHandler>(sp => sp.GetRequiredService<CircuitMonitor>());
        builder.Services.AddMudServices();
        var layout = RepositoryLayout.Discover() ?? new RepositoryLayout(builder.Environment.ContentRootPath);
        builder.Services.AddSingleton(layout);
        var options = builder.Configuration.GetSection("MapDashboard").Get<DashboardOptions>() ?? new DashboardOptions();
        var store = StoreFrom(builder.Configuration.GetSection("Storage").Get<StorageOptions>() ?? new StorageOptions(), options, layout);
        // Registered through a factory so that the container disposes it (and its PostgreSQL pools) at shutdown.
        builder.Services.AddSingleton(_ => store);
        var ingest = builder.Configuration.GetSection("Ingest").Get<IngestOptions>() ?? new IngestOptions();
        builder.Services.AddMapDashboardPipeline().AddMapDashboardData(data =>
        {
            data.Store = store.Writer;
            data.StoreReader = store.Reader;
            data.MaxArticleBytes = ingest.MaxBytes;
            data.IngestLimits = new IngestLimits { MaxMentionsPerArticle = ingest.MaxMentionsPerArticle, MaxEventsPerArticle = ingest.MaxEventsPerArticle };
            data.IndexSource = async (services, cancellationToken) =>
                (await services.GetRequiredService<GazetteerAccess>().OpenAsync(cancellationToken)).IndexSource;
        });
        if (store.Provider == StoreProvider.Postgres)
        {
            builder.Services.AddHostedService<PostgresChangeListener>();
        }
        builder.Services.AddSingleton<ControlLayerService>();
        builder.Services.AddSingleton(services => new UnresolvedMentionCounts(services.GetRequiredService<EventQueries>(), services.GetRequiredService<ControlLayerService>()));
        builder.Services.AddSingleton<ControlCorrections>();
        builder.Services.AddSingleton<GazetteerAccess>();
        builder.Services.AddSingleton<PlaceSearch>();
        builder.Services.AddScoped<PlacePin>();
        builder.Services.AddSingleton(ingest);
        builder.Services.AddSingleton<IngestService>();
        builder.Services.AddSingleton<WriteAccess>();
        builder.Services.AddHostedService<FolderWatchService>();
        builder.Services.AddSingleton(_ => new Data.Feeds.FeedFetcher(ingest.Feeds));
        builder.Services.AddSingleton(services => new Data.Feeds.FeedPoller(services.GetRequiredService<Data.Feeds.FeedStore>(),
            services.GetRequiredService<IngestService>().IngestAsync, services.GetRequiredService<Data.Feeds.FeedFetcher>(), ingest.Feeds));
        builder.Services.AddHostedService<FeedPollService>();
        builder.Services.AddOpenApi(options => options.AddOperationTransformer<Api.ApiOperationTransformer>());
        builder.Services.AddHealthChecks()
            .AddCheck<BasemapHealthCheck>("basemap")
            .AddCheck<GazetteerHealthCheck>("gazetteer")
            .AddCheck<EventStoreHealthCheck>("store")
            .AddCheck<CircuitHealthCheck>("circuits");
        return builder;
    }

    /// <summary>
    /// Request body and form limits (POST /api/articles takes up to Ingest:MaxBytes, everything else Limits:MaxRequestBodyBytes),
    /// and request timeouts for the API: a request over its time gets a 504 with a problem body.
    /// </summary>
    private static void AddLimits(WebApplicationBuilder builder, LimitsOptions limits)
    {
        builder.WebHost.ConfigureKestrel(kestrel =>
        {
            kestrel.Limits.MaxRequestBodySize = limits.MaxRequestBodyBytes;
            // Kestrel answers a request line over its limit with a bare 414; the app answers long URLs itself (UrlLengthGuard).
            kestrel.Limits.MaxRequestLineSize = Math.Max(kestrel.Limits.MaxRequestLineSize, limits.MaxUrlLength * 8);
            kestrel.Limits.MaxRequestHeadersTotalSize = Math.Max(kestrel.Limits.MaxRequestHeadersTotalSize, limits.MaxUrlLength * 10);
            // What Kestrel refuses while parsing (%00 in a path, a request line over even that limit) gets a problem body too.
            kestrel.ConfigureEndpointDefaults(listen => listen.UseProblemBodiesForRejectedRequests());
        });
        builder.Services.Configure<FormOptions>(form =>
        {
            form.MultipartBodyLengthLimit = limits.MaxRequestBodyBytes;
            form.ValueLengthLimit = (int)Math.Min(int.MaxValue, limits.MaxRequestBodyBytes);
        });
        builder.Services.AddProblemDetails();
        builder.Services.AddExceptionHandler<ApiExceptionHandler>();
        // A parameter that does not bind (limit=abc) throws, so that ApiExceptionHandler can name it in a 400 problem body.
        builder.Services.Configure<Microsoft.AspNetCore.Routing.RouteHandlerOptions>(routes => routes.ThrowOnBadRequest = true);
        builder.Services.AddRequestTimeouts(timeouts =>
        {
            timeouts.AddPolicy(ApiTimeoutPolicy, TimeoutPolicy(limits.ApiTimeout));
            timeouts.AddPolicy(IngestTimeoutPolicy, TimeoutPolicy(limits.IngestTimeout));
            timeouts.AddPolicy(ExportTimeoutPolicy, TimeoutPolicy(limits.ExportTimeout));
        });
    }

    private static Microsoft.AspNetCore.Http.Timeouts.RequestTimeoutPolicy TimeoutPolicy(TimeSpan timeout) => new()
    {
        Timeout = timeout,
        TimeoutStatusCode = StatusCodes.Status504GatewayTimeout,
        WriteTimeoutResponse = context => Results.Problem(
            $"The request took longer than its {timeout.TotalSeconds:0} s limit and was stopped; narrow it (a shorter window, fewer filters) or try again.",
            statusCode: StatusCodes.Status504GatewayTimeout).ExecuteAsync(context),
    };

    /// <summary>The event store the configuration names; a clear error for a PostgreSQL provider without a connection string.</summary>
    private static EventStoreLocation StoreFrom(StorageOptions storage, DashboardOptions options, RepositoryLayout layout)
    {
        if (storage.Provider != StoreProvider.Postgres)
        {
            return EventStoreLocation.Sqlite(Path.GetFullPath(options.EventDatabase ?? layout.EventDatabase));
        }
        if (string.IsNullOrWhiteSpace(storage.ConnectionString))
        {
            throw new InvalidOperationException(
                "Storage:Provider is Postgres but Storage:ConnectionString is empty: give an Npgsql connection string or a postgres://user:password@host:port/database URL.");
        }
        return EventStoreLocation.Postgres(storage.ConnectionString);
    }

    /// <summary>
    /// Brings the event store to the schema this build reads (versioned scripts, applied once each): an existing SQLite
    /// file, or the PostgreSQL database, whose schema is made here on first start (several servers starting at once wait
    /// for each other on an advisory lock); with a PostgreSQL store, copies the bundled gazetteer into it once. Awaited
    /// before the server starts listening.
    /// </summary>
    public static async Task PrepareMapDashboardStoreAsync(this WebApplication app, CancellationToken cancellationToken = default)
    {
        var location = app.Services.GetRequiredService<EventStoreLocation>();
        if (location.Exists)
        {
            await app.Services.GetRequiredService<EventStore>().InitializeAsync(cancellationToken);
        }
        if (await app.Services.GetRequiredService<GazetteerAccess>().PrepareAsync(cancellationToken) is { } copied)
        {
            app.Logger.LogInformation("Gazetteer copied into {Store}: {Places} places, {Names} names in {Seconds:0.0} s",
                location.Description, copied.Places, copied.Names, copied.Elapsed.TotalSeconds);
        }
    }

    /// <summary>Error handling (a friendly page for the UI, a problem body for the API), timeouts, static assets, antiforgery and /healthz.</summary>
    public static WebApplication UseMapDashboardWeb(this WebApplication app)
    {
        // Pages get the friendly error page and the not-found page (both re-executed, so kept at the top level where they
        // are routed again); the API, inside them, answers every error with a problem body (RFC 9457), in development too.
        if (!app.Environment.IsDevelopment())
        {
            app.UseExceptionHandler("/Error", createScopeForErrors: true);
        }
        app.UseStatusCodePagesWithReExecute("/not-found", createScopeForStatusCodePages: true);
        app.UseWhen(context => context.Request.Path.StartsWithSegments("/api"), api => api.UseExceptionHandler().UseStatusCodePages());
        app.UseMiddleware<UrlLengthGuard>();
        app.UseMiddleware<SameOriginGuard>();
        app.UseRequestTimeouts();
        app.UseAntiforgery();
        app.MapStaticAssets();
        app.MapHealthChecks("/healthz", new HealthCheckOptions { ResponseWriter = HealthReportWriter.WriteAsync });
        app.MapOpenApi();
        // The API reference at /scalar/v1; its script is served from the package, and no web fonts are fetched (offline).
        // No cloud features in an offline app: no AI agent, no MCP, no telemetry, no client/SDK button, no developer toolbar.
        app.MapScalarApiReference(options =>
        {
            options.Title = "MapDashboard API";
            options.DefaultFonts = false;
            options.HideClientButton = true;
            options.ShowDeveloperTools = DeveloperToolsVisibility.Never;
            options.DisableAgent().DisableMcp().DisableTelemetry();
        });
        app.MapMapDashboardApi();
        return app;
    }
}
