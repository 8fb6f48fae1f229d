using System.Net;
using System.Text.Json;

namespace MapDashboard.Web.Tests;

/// <summary>Issue 17.16: every wrong query parameter gets the same 400 validation problem, naming the parameter, never a .NET type.</summary>
public sealed class ApiConsistencyTests(ApiFixture fixture) : IClassFixture<ApiFixture>
{
    private static async Task<JsonElement> ProblemAsync(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.Clone();
    }

    private static string[] Named(JsonElement problem) => problem.GetProperty("errors").EnumerateObject().Select(e => e.Name).ToArray();

    [Theory]
    [InlineData("/api/events?limit=abc", "limit")]
    [InlineData("/api/events?offset=1.5", "offset")]
    [InlineData("/api/events?minConfidence=high", "minConfidence")]
    [InlineData("/api/export?article=first", "article")]
    [InlineData("/api/articles?limit=ten", "limit")]
    [InlineData("/api/review?limit=abc", "limit")]
    public async Task Issue17_UnbindableParameter_GetsTheSameProblemAsBbox(string url, string parameter)
    {
        using var client = fixture.Factory.CreateClient();

        var bbox = await ProblemAsync(await client.GetAsync("/api/events?bbox=abc"));
        var wrong = await ProblemAsync(await client.GetAsync(url));
        var text = wrong.ToString();

        Assert.Equal([parameter], Named(wrong));
        Assert.Equal(bbox.GetProperty("title").GetString(), wrong.GetProperty("title").GetString());
        Assert.Equal(bbox.GetProperty("type").GetString(), wrong.GetProperty("type").GetString());
        Assert.Equal(400, wrong.GetProperty("status").GetInt32());
        Assert.DoesNotContain("Int32", text);
        Assert.DoesNotContain("int?", text);
        Assert.DoesNotContain("Double", text);
        Assert.DoesNotContain("double?", text);
        Assert.DoesNotContain("Failed to bind", text);
    }

    [Theory]
    [InlineData("/api/events?from=2017-03-01&to=2017-01-01")]
    [InlineData("/api/export?from=2017-03-01&to=2017-01-01")]
    [InlineData("/api/articles?from=2017-03-01&to=2017-01-01")]
    [InlineData("/api/acled?from=2017-03-01&to=2017-01-01")]
    public async Task Issue17_FromAfterTo_IsA400NamingFrom(string url)
    {
        using var client = fixture.Factory.CreateClient();

        var problem = await ProblemAsync(await client.GetAsync(url));

        Assert.Equal(["from"], Named(problem));
        Assert.Contains("after to", problem.GetProperty("errors").GetProperty("from")[0].GetString());
    }

    [Theory]
    [InlineData("/api/events?type=Battles,Wars")]
    [InlineData("/api/export?type=Skirmish")]
    public async Task Issue17_UnknownType_IsA400NamingType(string url)
    {
        using var client = fixture.Factory.CreateClient();

        var problem = await ProblemAsync(await client.GetAsync(url));

        Assert.Equal(["type"], Named(problem));
    }

    [Fact]
    public async Task Issue17_KnownTypesAndSubTypes_AndAnEqualFromAndTo_AreAccepted()
    {
        using var client = fixture.Factory.CreateClient();

        var types = await client.GetAsync("/api/events?type=Battles,Armed%20clash&from=2017-01-30&to=2017-01-30");

        Assert.Equal(HttpStatusCode.OK, types.StatusCode);
    }
}
