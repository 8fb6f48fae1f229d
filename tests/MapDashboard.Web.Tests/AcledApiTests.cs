using System.Net;
using System.Text.Json;
using MapDashboard.Data;
using MapDashboard.Data.Import;

namespace MapDashboard.Web.Tests;

public sealed class AcledApiTests(ApiFixture fixture) : IClassFixture<ApiFixture>
{
    private async Task<(HttpStatusCode Status, JsonElement Body)> GetAsync(string url)
    {
        using var client = fixture.Factory.CreateClient();
        var response = await client.GetAsync(url);
        return (response.StatusCode, JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.Clone());
    }

    [Fact]
    public async Task AcledEvents_AreGeoJsonWithAcledsFields_FilteredLikeOurs()
    {
        var csv = Path.Combine(RepositoryLayout.Discover()!.Root, "tests", "data", "acled", "syria-2017-01.csv");
        await new AcledImporter(new SqliteConnectionFactory(fixture.Database)).ImportFileAsync(csv);

        var (status, day) = await GetAsync("/api/acled?from=2017-01-29&to=2017-01-29");
        var (_, strikes) = await GetAsync("/api/acled?type=Explosions/Remote%20violence&bbox=39,34,41,36");
        var (bad, problem) = await GetAsync("/api/acled?bbox=40,30,35,36&limit=0");

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal(2, day.GetProperty("total").GetInt64());
        var ids = day.GetProperty("features").EnumerateArray().Select(f => f.GetProperty("properties").GetProperty("event_id_cnty").GetString()).ToList();
        Assert.Equal(["SYR90003", "SYR90004"], ids);
        var deir = Assert.Single(strikes.GetProperty("features").EnumerateArray());
        Assert.Equal([40.1408, 35.3359], deir.GetProperty("geometry").GetProperty("coordinates").EnumerateArray().Select(c => c.GetDouble()));
        Assert.Equal("Military Forces of Russia (2000-)", deir.GetProperty("properties").GetProperty("actor1").GetString());
        Assert.Equal(HttpStatusCode.BadRequest, bad);
        Assert.True(problem.GetProperty("errors").TryGetProperty("bbox", out _));
        Assert.True(problem.GetProperty("errors").TryGetProperty("limit", out _));
    }
}
