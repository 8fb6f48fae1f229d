using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;

namespace MapDashboard.Web.Tests.Issue16;

/// <summary>Issue 16.6: every error has a problem body naming its cause, on a real Kestrel socket.</summary>
public sealed class ProblemBodyTests
{
    private static async Task<JsonElement> ProblemAsync(HttpResponseMessage response, HttpStatusCode status)
    {
        Assert.Equal(status, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.Clone();
    }

    private static string[] Errors(JsonElement problem) => problem.GetProperty("errors").EnumerateObject().Select(e => e.Name).ToArray();

    [Fact]
    public async Task Issue16_LongQuery_ControlCharacterPath_NaN_RepeatedParameters_AndLongTitles_GetProblemBodies()
    {
        await using var app = new Issue16App();
        using var client = app.OverKestrel();

        var longQuery = await ProblemAsync(await client.GetAsync("/api/events?q=" + new string('a', 10_000)), HttpStatusCode.RequestUriTooLong);
        var control = await ProblemAsync(await client.GetAsync("/api/events/%01"), HttpStatusCode.BadRequest);
        var nan = await ProblemAsync(await client.GetAsync("/api/events?minConfidence=NaN"), HttpStatusCode.BadRequest);
        var infinity = await ProblemAsync(await client.GetAsync("/api/export?minConfidence=Infinity"), HttpStatusCode.BadRequest);
        var twice = await ProblemAsync(await client.GetAsync("/api/events?bbox=35,32,42,37&bbox=0,0,1,1"), HttpStatusCode.BadRequest);
        var typesTwice = await client.GetAsync("/api/events?type=Battles&type=Protests");
        var longTitle = await ProblemAsync(await client.PostAsync("/api/articles?title=" + new string('t', 501),
            new StringContent("Shelling in Saraqib on Monday.", Encoding.UTF8, "text/plain")), HttpStatusCode.BadRequest);
        var fits = await client.PostAsync("/api/articles?title=" + new string('t', 500), new StringContent("Shelling in Saraqib on Monday.", Encoding.UTF8, "text/plain"));
        var id = JsonDocument.Parse(await fits.Content.ReadAsStringAsync()).RootElement.GetProperty("articleId").GetInt64();
        var longCorrection = await ProblemAsync(await client.PostAsJsonAsync($"/api/articles/{id}/correction", new { title = new string('t', 501) }), HttpStatusCode.BadRequest);

        Assert.Contains("MaxUrlLength", longQuery.GetProperty("detail").GetString());
        Assert.Contains("control character", control.GetProperty("detail").GetString());
        Assert.Equal(["minConfidence"], Errors(nan));
        Assert.Equal(["minConfidence"], Errors(infinity));
        Assert.Equal(["bbox"], Errors(twice));
        Assert.Equal(HttpStatusCode.OK, typesTwice.StatusCode);
        Assert.Equal(["title"], Errors(longTitle));
        Assert.Equal(HttpStatusCode.Created, fits.StatusCode);
        Assert.Equal(["title"], Errors(longCorrection));
    }

    [Fact]
    public async Task Issue16_DatesOutsideTheSaneRange_Get400NamingTheField()
    {
        await using var app = new Issue16App();
        using var client = app.Factory.CreateClient();
        const string dated = "Clashes near Saraqib\n\nGovernment forces clashed with rebels near Saraqib on Monday, 3 March, and again last year.\n";
        var yearOne = await ProblemAsync(await client.PostAsync("/api/articles?name=a.txt&published=0001-01-01", new StringContent(dated)), HttpStatusCode.BadRequest);
        var year9999 = await ProblemAsync(await client.PostAsync("/api/articles?name=b.txt&published=9999-12-31", new StringContent(dated)), HttpStatusCode.BadRequest);
        var added = await client.PostAsync("/api/articles?name=c.txt&published=2020-03-04", new StringContent(dated));
        var id = JsonDocument.Parse(await added.Content.ReadAsStringAsync()).RootElement.GetProperty("articleId").GetInt64();
        var eventId = JsonDocument.Parse(await client.GetStringAsync($"/api/articles/{id}")).RootElement.GetProperty("events").EnumerateArray().First().GetProperty("id").GetInt64();

        var correction = await ProblemAsync(await client.PostAsJsonAsync($"/api/articles/{id}/correction", new { published = "9999-12-31" }), HttpStatusCode.BadRequest);
        var redate = await ProblemAsync(await client.PostAsync($"/api/articles/{id}/date?published=1850-06-01", null), HttpStatusCode.BadRequest);
        var eventDate = await ProblemAsync(await client.PostAsJsonAsync($"/api/events/{eventId}/correction", new { date = "0001-01-01" }), HttpStatusCode.BadRequest);
        var corrections = JsonDocument.Parse(await client.GetStringAsync("/api/corrections")).RootElement;

        Assert.Equal(["published"], Errors(yearOne));
        Assert.Equal(["published"], Errors(year9999));
        Assert.Equal(HttpStatusCode.Created, added.StatusCode);
        Assert.Equal(["published"], Errors(correction));
        Assert.Equal(["published"], Errors(redate));
        Assert.Equal(["date"], Errors(eventDate));
        Assert.DoesNotContain(corrections.EnumerateArray(), c => c.GetProperty("author").GetString() != "analyst (when added)");
    }
}
