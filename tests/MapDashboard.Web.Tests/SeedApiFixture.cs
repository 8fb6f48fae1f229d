using MapDashboard.Core.Events;
using MapDashboard.Data;
using MapDashboard.Data.Articles;
using MapDashboard.Data.Gazetteer;
using MapDashboard.Data.Ingest;
using MapDashboard.Data.Store;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Data.Sqlite;

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
        var (geoparser, _, _) = await GeoparserFactory.CreateAsync(await GazetteerBuilder.EnsureBuiltAsync(layout));
        var store = new EventStore(new SqliteConnectionFactory(Database));
        await store.InitializeAsync();
        await new ArticleIngester(geoparser, EventCoder.CreateDefault(), store, new ArticleFileReader())
            .IngestAsync(Directory.GetFiles(layout.Seeds).Order(StringComparer.Ordinal).ToList());
        Factory = new WebApplicationFactory<Program>().WithWebHostBuilder(b => b.UseSetting("MapDashboard:EventDatabase", Database));
    }

    public async Task DisposeAsync()
    {
        await Factory.DisposeAsync();
        SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }
}
