using MapDashboard.Core.Actors;
using MapDashboard.Data;
using MapDashboard.Data.Corrections;
using MapDashboard.Data.Store;
using MapDashboard.Web.Api;
using MapDashboard.Web.Health;
using MudBlazor.Services;
using Scalar.AspNetCore;

namespace MapDashboard.Web;

/// <summary>The web host's services and request pipeline, kept out of Program.cs.</summary>
public static class WebApplicationExtensions
{
    /// <summary>Registers Blazor, MudBlazor and the health checks; binds to MAPDASH_URLS when set.</summary>
    public static WebApplicationBuilder AddMapDashboardWeb(this WebApplicationBuilder builder)
    {
        var urls = Environment.GetEnvironmentVariable("MAPDASH_URLS");
        if (!string.IsNullOrWhiteSpace(urls) && string.IsNullOrWhiteSpace(builder.Configuration["urls"]))
        {
            builder.WebHost.UseUrls(urls);
        }
        builder.Services.AddRazorComponents().AddInteractiveServerComponents();
        builder.Services.AddMudServices();
        var layout = RepositoryLayout.Discover() ?? new RepositoryLayout(builder.Environment.ContentRootPath);
        builder.Services.AddSingleton(layout);
        var options = builder.Configuration.GetSection("MapDashboard").Get<DashboardOptions>() ?? new DashboardOptions();
        var eventDatabase = Path.GetFullPath(options.EventDatabase ?? layout.EventDatabase);
        builder.Services.AddSingleton(new EventStoreLocation(eventDatabase));
        builder.Services.AddSingleton(new EventQueries(new SqliteConnectionFactory(eventDatabase, readOnly: true)));
        builder.Services.AddSingleton(new ReviewQueue(new SqliteConnectionFactory(eventDatabase, readOnly: true)));
        builder.Services.AddSingleton(new CorrectionStore(new SqliteConnectionFactory(eventDatabase, readOnly: true)));
        builder.Services.AddSingleton(new ImportedEventQueries(new SqliteConnectionFactory(eventDatabase, readOnly: true)));
        builder.Services.AddSingleton(FactionCatalogue.LoadDefault());
        builder.Services.AddSingleton(sp => new ActorRecognizer(sp.GetRequiredService<FactionCatalogue>()));
        builder.Services.AddSingleton<ControlLayerService>();
        builder.Services.AddSingleton<PlaceSearch>();
        builder.Services.AddSingleton(builder.Configuration.GetSection("Ingest").Get<IngestOptions>() ?? new IngestOptions());
        builder.Services.AddSingleton<IngestService>();
        builder.Services.AddSingleton<WriteAccess>();
        builder.Services.AddHostedService<FolderWatchService>();
        builder.Services.AddOpenApi();
        builder.Services.AddHealthChecks()
            .AddCheck<BasemapHealthCheck>("basemap")
            .AddCheck<GazetteerHealthCheck>("gazetteer");
        return builder;
    }

    /// <summary>Brings an existing event store to the schema this build reads (versioned scripts, applied once each).</summary>
    private static void MigrateEventStore(WebApplication app)
    {
        var location = app.Services.GetRequiredService<EventStoreLocation>();
        if (location.Exists)
        {
            new EventStore(new SqliteConnectionFactory(location.Path)).InitializeAsync().GetAwaiter().GetResult();
        }
    }

    /// <summary>Error handling, static assets, antiforgery and /healthz.</summary>
    public static WebApplication UseMapDashboardWeb(this WebApplication app)
    {
        if (!app.Environment.IsDevelopment())
        {
            app.UseExceptionHandler("/Error", createScopeForErrors: true);
        }
        app.UseStatusCodePagesWithReExecute("/not-found", createScopeForStatusCodePages: true);
        app.UseAntiforgery();
        app.MapStaticAssets();
        app.MapHealthChecks("/healthz");
        MigrateEventStore(app);
        app.MapOpenApi();
        // The API reference at /scalar/v1; its script is served from the package, and no web fonts are fetched (offline).
        app.MapScalarApiReference(options =>
        {
            options.Title = "MapDashboard API";
            options.DefaultFonts = false;
        });
        app.MapMapDashboardApi();
        return app;
    }
}
