using MapDashboard.Data;
using MapDashboard.Data.Composition;
using MapDashboard.Data.Gazetteer;
using MapDashboard.Data.Ingest;
using MapDashboard.Data.Store;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;

namespace MapDashboard.Web.Tests;

/// <summary>
/// The app in-process over the five seeds ingested by the real pipeline: for the corrections, which take effect by
/// processing their articles again through it. Every other API test runs on <see cref="ApiFixture"/>.
/// </summary>
public sealed class SeedApiFixture : IAsyncLifetime
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
