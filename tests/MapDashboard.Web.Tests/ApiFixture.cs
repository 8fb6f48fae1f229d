using Microsoft.Extensions.DependencyInjection;
using MapDashboard.Data.Composition;
using MapDashboard.Core.Events;
using MapDashboard.Data;
using MapDashboard.Data.Articles;
using MapDashboard.Data.Gazetteer;
using MapDashboard.Data.Ingest;
using MapDashboard.Data.Store;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Data.Sqlite;

namespace MapDashboard.Web.Tests;

/// <summary>The app in-process over an event store holding the five seeds, ingested by the real pipeline.</summary>
public sealed class ApiFixture : IAsyncLifetime
{
    private readonly string _folder = Directory.CreateTempSubdirectory("mapdash-api-").FullName;

    public WebApplicationFactory<Program> Factory { get; private set; } = default!;

    public string Database => Path.Combine(_folder, "events.db");

    public async Task InitializeAsync()
    {
        var layout = RepositoryLayout.Discover() ?? throw new InvalidOperationException("Run inside the checkout.");
        var gazetteer = await GazetteerBuilder.EnsureBuiltAsync(layout);
        await using (var services = await MapDashboardServices.CreateAsync(o => (o.GazetteerPath, o.Store) = (gazetteer, new SqliteConnectionFactory(Database))))
        {
            await services.GetRequiredService<EventStore>().InitializeAsync();
            await services.GetRequiredService<ArticleIngester>().IngestAsync(Directory.GetFiles(layout.Seeds).Order(StringComparer.Ordinal).ToList());
        }
        Factory = new WebApplicationFactory<Program>().WithWebHostBuilder(b => b.UseSetting("MapDashboard:EventDatabase", Database));
    }

    public async Task DisposeAsync()
    {
        await Factory.DisposeAsync();
        SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }
}
