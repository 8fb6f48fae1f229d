using System.Net;
using System.Text.Json;

namespace MapDashboard.Web.Tests;

/// <summary>Issue 17.14: a drawn area (area=lon,lat;...) restricts /api/events and /api/export to the polygon; a bad one is a 400 naming area.</summary>
public sealed class AreaFilterApiTests(ApiFixture fixture) : IClassFixture<ApiFixture>
{
    // A triangle around Qabasin whose bounding box also holds Azaz (above its hypotenuse) and the undated Tall Rifat.
    private const string Triangle = "37,36.3;37.8,36.3;37.8,36.7";

    private static List<string?> Places(JsonDocument collection) => collection.RootElement.GetProperty("features").EnumerateArray()
        .Select(f => f.GetProperty("properties").GetProperty("placeName").GetString()).ToList();

    [Fact]
    public async Task Events_InADrawnArea_AreThoseInsideThePolygonNotItsBox()
    {
        using var client = fixture.Factory.CreateClient();

        using var inArea = JsonDocument.Parse(await client.GetStringAsync("/api/events?area=" + Uri.EscapeDataString(Triangle)));
        using var inBox = JsonDocument.Parse(await client.GetStringAsync("/api/events?bbox=37,36.3,37.8,36.7"));

        Assert.Equal([ApiFixture.TakenPlace], Places(inArea));
        Assert.Equal(1, inArea.RootElement.GetProperty("total").GetInt64());
        Assert.Contains("Azaz", Places(inBox));
    }

    [Fact]
    public async Task Export_OfADrawnArea_HoldsOnlyItsEvents()
    {
        using var client = fixture.Factory.CreateClient();

        var csv = await client.GetStringAsync("/api/export?format=csv&undated=include&area=" + Uri.EscapeDataString(Triangle));

        var rows = csv.Split("\r\n", StringSplitOptions.RemoveEmptyEntries).Skip(1).ToList();
        Assert.Single(rows);
        Assert.Contains(ApiFixture.TakenPlace, rows[0]);
    }

    [Theory]
    [InlineData("/api/events?area=abc")]
    [InlineData("/api/events?area=37,36;38,36")]
    [InlineData("/api/events?area=0,0;1,1;1,0;0,1")]
    [InlineData("/api/export?area=37,36;38,36;200,37")]
    public async Task BadArea_IsA400NamingArea_LikeBbox(string url)
    {
        using var client = fixture.Factory.CreateClient();

        var bbox = await client.GetAsync("/api/events?bbox=abc");
        var wrong = await client.GetAsync(url);

        Assert.Equal(HttpStatusCode.BadRequest, wrong.StatusCode);
        Assert.Equal("application/problem+json", wrong.Content.Headers.ContentType?.MediaType);
        using var problem = JsonDocument.Parse(await wrong.Content.ReadAsStringAsync());
        using var bboxProblem = JsonDocument.Parse(await bbox.Content.ReadAsStringAsync());
        Assert.Equal(["area"], problem.RootElement.GetProperty("errors").EnumerateObject().Select(e => e.Name));
        Assert.Equal(bboxProblem.RootElement.GetProperty("title").GetString(), problem.RootElement.GetProperty("title").GetString());
    }
}
