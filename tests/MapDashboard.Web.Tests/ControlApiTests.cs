using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using MapDashboard.Data;
using MapDashboard.Data.Control;
using MapDashboard.Data.Store;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace MapDashboard.Web.Tests;

/// <summary>/api/control with the per-place periods, and analysts' corrections of a place's control (issue #20). Invented places.</summary>
public sealed class ControlApiTests : IAsyncLifetime
{
    private const string Key = "test-analyst-key";
    private static readonly DateOnly Baseline = new(2018, 5, 1);
    private readonly string _folder = Directory.CreateTempSubdirectory("mapdash-control-api-").FullName;

    private string Database => Path.Combine(_folder, "events.db");

    public async Task InitializeAsync()
    {
        var factory = new SqliteConnectionFactory(Database);
        await new EventStore(factory).InitializeAsync();
        await new ControlPeriodStore(factory).ReplaceImportAsync(ControlPeriodStore.Baseline, "invented.csv",
        [
            new("snap:35.0000,37.0000", "Invented Ridge Village", 35.0, 37.0, "settlement", "islamic-state", "held", Baseline, 0.6, "snapshot:invented.csv", "held (snapshot)"),
            new("snap:35.1000,37.1000", "Invented Plain Village", 35.1, 37.1, "settlement", "saa", "held", Baseline, 0.6, "snapshot:invented.csv", "held (snapshot)"),
        ]);
    }

    public Task DisposeAsync()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
        return Task.CompletedTask;
    }

    private WebApplicationFactory<Program> App() => new WebApplicationFactory<Program>().WithWebHostBuilder(b =>
    {
        b.UseSetting("MapDashboard:EventDatabase", Database);
        b.UseSetting("MapDashboard:AnalystKey", Key);
    });

    private static async Task<JsonElement> PlacesAsync(HttpClient client, string date)
    {
        using var document = JsonDocument.Parse(await client.GetStringAsync("/api/control?date=" + date));
        return document.RootElement.GetProperty("places").Clone();
    }

    [Fact]
    public async Task Layer_IsTheMapsLayerAtTheDate_CacheableOnlyForTheCurrentVersion()
    {
        await using var app = App();
        using var client = app.CreateClient();

        Assert.Equal(HttpStatusCode.BadRequest, (await client.GetAsync("/api/control/layer")).StatusCode);
        using var before = JsonDocument.Parse(await client.GetStringAsync("/api/control/layer?date=2018-04-30"));
        Assert.Equal(0, before.RootElement.GetProperty("features").GetArrayLength());
        var response = await client.GetAsync("/api/control/layer?date=2018-05-01&v=not-the-version");
        using var layer = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var features = layer.RootElement.GetProperty("features").EnumerateArray().Select(f => f.GetProperty("properties")).ToList();
        Assert.Contains(features, f => f.GetProperty("layer").GetString() == "area");
        // A version the store is not at (an old URL) is never kept by the browser.
        Assert.Null(response.Headers.CacheControl);
    }

    [Fact]
    public async Task History_IsAPlacesEvidenceUpToTheDate_AsItsPopupListsIt()
    {
        await using var app = App();
        using var client = app.CreateClient();
        const string url = "/api/control/places/snap:35.0000,37.0000/history";

        using var history = JsonDocument.Parse(await client.GetStringAsync(url + "?date=2018-05-20"));
        var noDate = await client.GetAsync(url);
        var unknown = await client.GetAsync("/api/control/places/snap:1.0000,1.0000/history?date=2018-05-20");
        using var layer = JsonDocument.Parse(await client.GetStringAsync("/api/control/layer?date=2018-05-20"));

        var item = Assert.Single(history.RootElement.EnumerateArray());
        Assert.Equal(("2018-05-01", "baseline", "snapshot:invented.csv"),
            (item.GetProperty("date").GetString(), item.GetProperty("source").GetString(), item.GetProperty("evidence").GetString()));
        Assert.Equal(HttpStatusCode.BadRequest, noDate.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        // The map's layer leaves the histories to this endpoint.
        Assert.DoesNotContain(layer.RootElement.GetProperty("features").EnumerateArray(), f => f.GetProperty("properties").TryGetProperty("history", out _));
    }

    [Fact]
    public async Task AreasList_IsFetchedByOneOfItsPlaces_AsTheApisLayerListsIt()
    {
        await using var app = App();
        using var client = app.CreateClient();

        using var layer = JsonDocument.Parse(await client.GetStringAsync("/api/control/layer?date=2018-05-20"));
        using var full = JsonDocument.Parse(await client.GetStringAsync("/api/control?date=2018-05-20"));
        var mapAreas = layer.RootElement.GetProperty("features").EnumerateArray().Select(f => f.GetProperty("properties"))
            .Where(p => p.GetProperty("layer").GetString() == "area").ToList();
        var apiAreas = full.RootElement.GetProperty("features").EnumerateArray().Select(f => f.GetProperty("properties"))
            .Where(p => p.GetProperty("layer").GetString() == "area").ToList();
        var noDate = await client.GetAsync("/api/control/places/snap:35.0000,37.0000/area");
        var unknown = await client.GetAsync("/api/control/places/snap:1.0000,1.0000/area?date=2018-05-20");
        var notASymbol = await client.GetAsync("/api/control/places/snap:35.0000,37.0000/popup?date=2018-05-20");

        Assert.Equal(2, mapAreas.Count);
        Assert.Equal(apiAreas.Count, mapAreas.Count);
        for (var i = 0; i < mapAreas.Count; i++)
        {
            // The map's layer leaves the list to the endpoint; the API's layer keeps it, and the two are the same.
            Assert.False(mapAreas[i].TryGetProperty("places", out _));
            var placeId = mapAreas[i].GetProperty("placeId").GetString();
            using var fetched = JsonDocument.Parse(await client.GetStringAsync($"/api/control/places/{placeId}/area?date=2018-05-20"));
            Assert.Equal(apiAreas[i].GetProperty("places").ToString(), fetched.RootElement.ToString());
            var item = Assert.Single(fetched.RootElement.EnumerateArray());
            Assert.Equal(placeId, item.GetProperty("placeId").GetString());
            Assert.Equal("snapshot:invented.csv", item.GetProperty("evidence").GetString());
        }
        Assert.Equal(HttpStatusCode.BadRequest, noDate.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        // A settlement held once is drawn as an area, not as a symbol: it has no symbol's popup.
        Assert.Equal(HttpStatusCode.NotFound, notASymbol.StatusCode);
    }

    [Fact]
    public async Task BuildAhead_BuildsTheNextStepsDateInTheBackground_AsTheLayerServedForIt()
    {
        await using var app = App();
        using var client = app.CreateClient();
        var control = app.Services.GetRequiredService<ControlLayerService>();
        var next = new DateOnly(2018, 6, 1);
        await client.GetStringAsync("/api/control/layer?date=2018-05-01");
        Assert.False(control.IsBuilt(next));

        control.BuildAhead(next);
        var waited = System.Diagnostics.Stopwatch.StartNew();
        while (!control.IsBuilt(next) && waited.Elapsed < TimeSpan.FromSeconds(90))
        {
            await Task.Delay(50);
        }

        Assert.True(control.IsBuilt(next));
        Assert.Equal((await control.LayerAtAsync(next)).GeoJson, await client.GetStringAsync("/api/control/layer?date=2018-06-01"));
    }

    [Fact]
    public async Task Control_ListsPlacesWithPeriods_OnlyFromTheSnapshotDate()
    {
        await using var app = App();
        using var client = app.CreateClient();

        Assert.Equal(0, (await PlacesAsync(client, "2018-04-30")).GetArrayLength());
        var places = await PlacesAsync(client, "2018-05-01");

        Assert.Equal(2, places.GetArrayLength());
        var ridge = places.EnumerateArray().Single(p => p.GetProperty("name").GetString() == "Invented Ridge Village");
        Assert.Equal("islamic-state", ridge.GetProperty("controllers")[0].GetString());
        Assert.Equal(("baseline", "snapshot:invented.csv"), (ridge.GetProperty("source").GetString(), ridge.GetProperty("evidence").GetString()));
        Assert.Equal("2018-05-01", Assert.Single(ridge.GetProperty("periods").EnumerateArray()).GetProperty("from").GetString());
    }

    [Fact]
    public async Task Correction_NeedsTheKey_ChecksItsFields_ShowsOnTheMap_AndCanBeUndone()
    {
        await using var app = App();
        using var client = app.CreateClient();
        const string url = "/api/control/places/snap:35.0000,37.0000/correction";
        var body = new { controller = "sdf", status = "held", from = "2018-06-10", author = "tester", note = "invented: the ridge changed hands" };

        var noKey = await client.PostAsJsonAsync(url, body);
        client.DefaultRequestHeaders.Add("X-Analyst-Key", Key);
        var badController = await client.PostAsJsonAsync(url, body with { controller = "nobody" });
        var noDate = await client.PostAsJsonAsync(url, new { controller = "sdf" });
        var unknownPlace = await client.PostAsJsonAsync("/api/control/places/snap:1.0000,1.0000/correction", body);
        var ok = await client.PostAsJsonAsync(url, body);

        Assert.Equal(HttpStatusCode.Unauthorized, noKey.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, badController.StatusCode);
        Assert.Contains("controller", await badController.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.BadRequest, noDate.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, unknownPlace.StatusCode);
        Assert.Equal(HttpStatusCode.OK, ok.StatusCode);
        var id = (await ok.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetInt64();

        var before = (await PlacesAsync(client, "2018-06-09")).EnumerateArray().Single(p => p.GetProperty("name").GetString() == "Invented Ridge Village");
        var after = (await PlacesAsync(client, "2018-06-10")).EnumerateArray().Single(p => p.GetProperty("name").GetString() == "Invented Ridge Village");
        Assert.Equal("islamic-state", before.GetProperty("controllers")[0].GetString());
        Assert.Equal(("sdf", "correction"), (after.GetProperty("controllers")[0].GetString(), after.GetProperty("source").GetString()));
        Assert.Equal(2, after.GetProperty("periods").GetArrayLength());

        Assert.Equal(HttpStatusCode.NoContent, (await client.DeleteAsync($"/api/control/corrections/{id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.DeleteAsync($"/api/control/corrections/{id}")).StatusCode);
        var undone = (await PlacesAsync(client, "2018-06-10")).EnumerateArray().Single(p => p.GetProperty("name").GetString() == "Invented Ridge Village");
        Assert.Equal("islamic-state", undone.GetProperty("controllers")[0].GetString());
    }
}
