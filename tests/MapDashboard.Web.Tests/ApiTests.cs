using System.Net;
using System.Text.Json;
using MapDashboard.Data;
using MapDashboard.Data.Store;

namespace MapDashboard.Web.Tests;

public sealed class ApiTests(ApiFixture fixture) : IClassFixture<ApiFixture>
{
    private async Task<(HttpStatusCode Status, JsonElement Body)> GetAsync(string url)
    {
        using var client = fixture.Factory.CreateClient();
        var response = await client.GetAsync(url);
        var text = await response.Content.ReadAsStringAsync();
        return (response.StatusCode, text.Length == 0 ? default : JsonDocument.Parse(text).RootElement.Clone());
    }

    [Fact]
    public async Task Events_AreGeoJsonMatchingTheStore()
    {
        var (status, body) = await GetAsync("/api/events?from=2017-01-01&to=2017-01-31");

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal("FeatureCollection", body.GetProperty("type").GetString());
        var queries = new EventQueries(new SqliteConnectionFactory(fixture.Database, readOnly: true));
        var expected = await queries.FindAsync(new EventQuery { From = new DateOnly(2017, 1, 1), To = new DateOnly(2017, 1, 31) });
        Assert.Equal(expected.Count(e => e.Lat is not null), body.GetProperty("features").GetArrayLength());
        Assert.Equal(4, body.GetProperty("features").GetArrayLength()); // the fixture's January events: Azaz, Qabasin, Mayadin, Deir ez-Zor
        Assert.Contains(body.GetProperty("features").EnumerateArray(), f => f.GetProperty("properties").GetProperty("placeName").GetString() == ApiFixture.TakenPlace);
    }

    [Fact]
    public async Task BoundingBoxAndTypeFilters_NarrowTheResult()
    {
        var (_, all) = await GetAsync("/api/events");
        var (_, aroundAlBab) = await GetAsync("/api/events?bbox=37.3,36.2,37.7,36.5");
        var (_, strikes) = await GetAsync("/api/events?type=Air/drone%20strike");

        Assert.True(all.GetProperty("features").GetArrayLength() > 1);
        Assert.Equal([ApiFixture.TakenPlace], aroundAlBab.GetProperty("features").EnumerateArray().Select(f => f.GetProperty("properties").GetProperty("placeName").GetString()));
        Assert.Single(strikes.GetProperty("features").EnumerateArray());
        Assert.All(strikes.GetProperty("features").EnumerateArray(), f => Assert.Equal("Air/drone strike", f.GetProperty("properties").GetProperty("subType").GetString()));
    }

    [Theory]
    [InlineData("/api/events?from=2017-02-30", "from")]
    [InlineData("/api/events?bbox=40,30,35,36", "bbox")]
    [InlineData("/api/events?bbox=1,2,3", "bbox")]
    [InlineData("/api/events?limit=0", "limit")]
    [InlineData("/api/control", "date")]
    [InlineData("/api/gazetteer/search", "q")]
    public async Task BadParameters_Get400WithAMessage(string url, string parameter)
    {
        var (status, body) = await GetAsync(url);

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.True(body.GetProperty("errors").TryGetProperty(parameter, out _));
    }

    [Theory]
    [InlineData("/api/events?actor=saa%22)%3B%20DROP%20TABLE%20events%3B--")]
    [InlineData("/api/events?actor=fsa'%20OR%20'1'='1")]
    public async Task SqlMetacharacters_AreJustValues(string url)
    {
        var (status, body) = await GetAsync(url);
        var (_, after) = await GetAsync("/api/events");

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal(0, body.GetProperty("features").GetArrayLength());
        Assert.True(after.GetProperty("features").GetArrayLength() > 0);
    }

    [Fact]
    public async Task Issue17_TypeWithSqlMetacharacters_IsRefusedAsUnknown_AndChangesNothing()
    {
        var (status, body) = await GetAsync("/api/events?type=Battles'%20OR%20'1'='1");
        var (_, after) = await GetAsync("/api/events");

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.True(body.GetProperty("errors").TryGetProperty("type", out _));
        Assert.True(after.GetProperty("features").GetArrayLength() > 0);
    }

    [Fact]
    public async Task OneEventAndOneArticle_OrNotFound()
    {
        var (_, events) = await GetAsync("/api/events?limit=1");
        var id = events.GetProperty("features")[0].GetProperty("id").GetInt64();

        var (status, detail) = await GetAsync($"/api/events/{id}");
        var articleId = detail.GetProperty("sources")[0].GetProperty("articleId").GetInt64();
        var (articleStatus, article) = await GetAsync($"/api/articles/{articleId}");
        var (missing, _) = await GetAsync("/api/events/999999");

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal(HttpStatusCode.OK, articleStatus);
        Assert.True(article.GetProperty("mentions").GetArrayLength() > 0);
        Assert.Equal(HttpStatusCode.NotFound, missing);
    }

    [Fact]
    public async Task Articles_AreListedNewestFirst_FilteredByDateAndWords_AndPaged()
    {
        var (status, all) = await GetAsync("/api/articles");
        var (_, january) = await GetAsync("/api/articles?from=2017-01-01&to=2017-01-31");
        var (_, page) = await GetAsync("/api/articles?limit=2&offset=1");
        var (_, none) = await GetAsync("/api/articles?q=%25%25no%20such%20words");
        var (bad, _) = await GetAsync("/api/articles?limit=0");

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal(5, all.GetProperty("total").GetInt64());
        var items = all.GetProperty("items").EnumerateArray().ToList();
        var dated = items.Select(i => i.GetProperty("published").GetString()).OfType<string>().ToList();
        Assert.Equal(dated.OrderDescending(StringComparer.Ordinal), dated);
        Assert.Contains(items, i => i.GetProperty("events").GetInt64() > 0 && i.GetProperty("mentions").GetInt64() > 0);
        Assert.All(january.GetProperty("items").EnumerateArray(), i => Assert.StartsWith("2017-01", i.GetProperty("published").GetString()));
        Assert.Equal(items.Skip(1).Take(2).Select(i => i.GetProperty("id").GetInt64()), page.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("id").GetInt64()));
        Assert.Equal(0, none.GetProperty("total").GetInt64());
        Assert.Equal(HttpStatusCode.BadRequest, bad);
        var title = items[0].GetProperty("title").GetString()!;
        var (_, byTitle) = await GetAsync("/api/articles?q=" + Uri.EscapeDataString(title.Split(' ')[0]));
        Assert.Contains(byTitle.GetProperty("items").EnumerateArray(), i => i.GetProperty("id").GetInt64() == items[0].GetProperty("id").GetInt64());
    }

    [Fact]
    public async Task ControlAtADate_AndGazetteerSearch_AndOpenApi()
    {
        var (controlStatus, control) = await GetAsync("/api/control?date=2017-01-30");
        var (searchStatus, places) = await GetAsync("/api/gazetteer/search?q=Deir%20ez&limit=5");
        var (openApiStatus, openApi) = await GetAsync("/openapi/v1.json");

        Assert.Equal(HttpStatusCode.OK, controlStatus);
        Assert.True(control.GetProperty("features").GetArrayLength() >= 1);
        Assert.Equal(HttpStatusCode.OK, searchStatus);
        Assert.Contains(places.EnumerateArray(), p => p.GetProperty("name").GetString() == "Deir ez-Zor" && p.GetProperty("type").GetString() == "governorate");
        Assert.All(places.EnumerateArray(), p => Assert.True(p.TryGetProperty("adminPath", out _) && p.TryGetProperty("nameAr", out _) && p.TryGetProperty("admin3", out _)));
        Assert.Equal(HttpStatusCode.OK, openApiStatus);
        Assert.True(openApi.GetProperty("paths").TryGetProperty("/api/events", out _));
    }

    [Fact]
    public async Task Export_DownloadsTheWindowInEachFormat_AndRejectsBadInput()
    {
        using var client = fixture.Factory.CreateClient();
        var csv = await client.GetAsync("/api/export?format=csv&from=2017-01-01&to=2017-01-31");
        var geojson = await client.GetAsync("/api/export?format=geojson&from=2017-01-01&to=2017-01-31&type=Battles");
        var kml = await client.GetAsync("/api/export?format=kml");
        var badFormat = await client.GetAsync("/api/export?format=xlsx");
        var badDate = await client.GetAsync("/api/export?format=csv&from=2017-13-01");
        var injection = await client.GetAsync("/api/export?format=csv&actor=" + Uri.EscapeDataString("x' OR 1=1 --"));

        Assert.Equal(HttpStatusCode.OK, csv.StatusCode);
        Assert.Equal("text/csv", csv.Content.Headers.ContentType!.MediaType);
        Assert.Equal("attachment", csv.Content.Headers.ContentDisposition!.DispositionType);
        Assert.EndsWith(".csv", csv.Content.Headers.ContentDisposition.FileNameStar ?? csv.Content.Headers.ContentDisposition.FileName!.Trim('"'));
        var lines = (await csv.Content.ReadAsStringAsync()).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.StartsWith("event_id_cnty,event_date,year,time_precision,disorder_type,event_type,sub_event_type,actor1", lines[0]);
        var queries = new EventQueries(new SqliteConnectionFactory(fixture.Database, readOnly: true));
        Assert.Equal(await queries.CountAsync(new EventQuery { From = new DateOnly(2017, 1, 1), To = new DateOnly(2017, 1, 31) }), lines.Length - 1);
        Assert.Contains(lines, l => l.Contains(ApiFixture.TakenPlace));

        using var features = JsonDocument.Parse(await geojson.Content.ReadAsStringAsync());
        Assert.All(features.RootElement.GetProperty("features").EnumerateArray(), f => Assert.Equal("Battles", f.GetProperty("properties").GetProperty("event_type").GetString()));
        Assert.Contains("<Placemark", await kml.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.BadRequest, badFormat.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, badDate.StatusCode);
        Assert.Equal(HttpStatusCode.OK, injection.StatusCode);
        Assert.Single((await injection.Content.ReadAsStringAsync()).Split("\r\n", StringSplitOptions.RemoveEmptyEntries));
    }

    [Fact]
    public async Task ApiReference_IsServedOffline()
    {
        using var client = fixture.Factory.CreateClient();
        var page = await client.GetAsync("/scalar/v1");
        var html = await page.Content.ReadAsStringAsync();
        var document = await client.GetAsync("/openapi/v1.json");

        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Contains("MapDashboard API", html);
        Assert.DoesNotContain("cdn.jsdelivr", html);
        Assert.DoesNotContain("fonts.scalar.com", html);
        Assert.Contains("/api/export", await document.Content.ReadAsStringAsync());
        var script = System.Text.RegularExpressions.Regex.Match(html, @"src=""([^""]+\.js)""").Groups[1].Value;
        Assert.False(string.IsNullOrEmpty(script), "no script in the reference page");
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(new Uri(new Uri("http://localhost/scalar/v1"), script))).StatusCode);
    }
}
