using System.Net;
using System.Text.Json;
using MapDashboard.Data;
using MapDashboard.Data.Store;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Data.Sqlite;

namespace MapDashboard.Web.Tests;

/// <summary>Issue 17.1: the URL of an event a correction removed says so (410 with a problem body), not 404.</summary>
public sealed class RemovedEventApiTests : IAsyncLifetime
{
    private readonly string _folder = Directory.CreateTempSubdirectory("mapdash-removed-").FullName;
    private WebApplicationFactory<Program> _factory = default!;
    private long _kept;
    private long _removed;

    private string Database => Path.Combine(_folder, "events.db");

    private static StoredEvent Clash(string place, int sentence) => new()
    {
        DateStart = new DateOnly(2018, 5, 3), DatePrecision = "day", Type = "Battles", SubType = "Armed clash", Actor1 = "army", Actor2 = "rebels",
        PlaceId = "gn:" + place, PlaceName = place, Lat = 35.2, Lon = 36.7, Precision = 1, Confidence = 0.8, Excerpt = $"Fighting in {place}.",
        ExcerptStart = sentence * 50, ExcerptEnd = sentence * 50 + 20,
    };

    private static StoredArticle Article(params StoredEvent[] events) => new()
    {
        ContentHash = "h1", Source = "h1.txt", Title = "Fighting in two villages", Published = new DateOnly(2018, 5, 4), PublishedPrecision = "day",
        OriginalText = "text", CleanedText = "text", OffsetMapJson = "[]", PipelineVersion = "1", Mentions = [], Events = events,
    };

    public async Task InitializeAsync()
    {
        var factory = new SqliteConnectionFactory(Database);
        var store = new EventStore(factory);
        await store.InitializeAsync();
        await store.IngestAsync(Article(Clash("Souran", 1), Clash("Taybat al-Imam", 2)));
        var ids = (await new EventQueries(factory).FindAsync(new EventQuery())).ToDictionary(e => e.PlaceName, e => e.Id);
        (_kept, _removed) = (ids["Souran"], ids["Taybat al-Imam"]);
        await store.IngestAsync(Article(Clash("Souran", 1)), reprocess: true, new RemovalCause("correction", 3));
        _factory = new WebApplicationFactory<Program>().WithWebHostBuilder(b => b.UseSetting("MapDashboard:EventDatabase", Database));
    }

    public async Task DisposeAsync()
    {
        await _factory.DisposeAsync();
        SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }

    [Fact]
    public async Task Issue17_RemovedEvent_Answers410NamingTheCorrection_AndAKeptOneStillAnswers()
    {
        using var client = _factory.CreateClient();

        var kept = await client.GetAsync($"/api/events/{_kept}");
        var removed = await client.GetAsync($"/api/events/{_removed}");
        var never = await client.GetAsync("/api/events/987654");

        Assert.Equal(HttpStatusCode.OK, kept.StatusCode);
        Assert.Equal(HttpStatusCode.Gone, removed.StatusCode);
        Assert.Equal("application/problem+json", removed.Content.Headers.ContentType?.MediaType);
        using var problem = JsonDocument.Parse(await removed.Content.ReadAsStringAsync());
        Assert.Contains("removed by a correction", problem.RootElement.GetProperty("detail").GetString());
        Assert.Equal(3, problem.RootElement.GetProperty("correctionId").GetInt64());
        Assert.Equal(HttpStatusCode.NotFound, never.StatusCode);
    }
}
