using System.Net;
using System.Text;

namespace MapDashboard.Web.Tests.Issue16;

/// <summary>Issue 16.4: other web sites cannot write through a visitor's browser; the dashboard and scripts still can.</summary>
public sealed class SameOriginTests
{
    private const string Report = "Shelling near Saraqib\n\nMarch 3, 2020\n\nGovernment forces shelled Saraqib on Monday, a monitoring group said.\n";

    private static HttpRequestMessage Post(string path, string? origin = null, string? host = null, string? referer = null, string text = Report)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = new StringContent(text, Encoding.UTF8, "text/plain") };
        if (origin is not null)
        {
            request.Headers.Add("Origin", origin);
        }
        if (referer is not null)
        {
            request.Headers.Referrer = new Uri(referer);
        }
        if (host is not null)
        {
            request.Headers.Host = host;
        }
        return request;
    }

    [Fact]
    public async Task Issue16_CrossOriginWrite_AndRebindingHost_Get403_SameOriginAndScriptsWrite()
    {
        await using var app = new Issue16App();
        using var client = app.Factory.CreateClient();
        var own = client.BaseAddress!.GetLeftPart(UriPartial.Authority);

        var crossOrigin = await client.SendAsync(Post("/api/articles?name=a.txt", origin: "http://evil.example"));
        var crossReferer = await client.SendAsync(Post("/api/articles?name=b.txt", referer: "http://evil.example/page.html"));
        var nullOrigin = await client.SendAsync(Post("/api/articles?name=c.txt", origin: "null"));
        var rebinding = await client.SendAsync(Post("/api/articles?name=d.txt", origin: "http://rebind.evil.example", host: "rebind.evil.example"));
        var rebindingRead = await client.SendAsync(new HttpRequestMessage(HttpMethod.Get, "/api/events") { Headers = { Host = "rebind.evil.example" } });
        var crossCorrection = await client.SendAsync(new HttpRequestMessage(HttpMethod.Post, "/api/corrections/1/undo") { Headers = { { "Origin", "http://evil.example" } } });
        var crossCircuit = await client.SendAsync(new HttpRequestMessage(HttpMethod.Post, "/_blazor/negotiate?negotiateVersion=1") { Headers = { { "Origin", "http://evil.example" } } });

        var sameOrigin = await client.SendAsync(Post("/api/articles?name=e.txt", origin: own));
        var script = await client.SendAsync(Post("/api/articles?name=f.txt", text: Report + "A second report.\n"));
        var ownCircuit = await client.SendAsync(new HttpRequestMessage(HttpMethod.Post, "/_blazor/negotiate?negotiateVersion=1") { Headers = { { "Origin", own } } });

        Assert.Equal(HttpStatusCode.Forbidden, crossOrigin.StatusCode);
        Assert.Equal("application/problem+json", crossOrigin.Content.Headers.ContentType?.MediaType);
        Assert.Contains("evil.example", await crossOrigin.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.Forbidden, crossReferer.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, nullOrigin.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, rebinding.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, rebindingRead.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, crossCorrection.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, crossCircuit.StatusCode);
        Assert.Equal(HttpStatusCode.Created, sameOrigin.StatusCode);
        Assert.Equal(HttpStatusCode.Created, script.StatusCode);
        Assert.Equal(HttpStatusCode.OK, ownCircuit.StatusCode);
    }

    [Fact]
    public async Task Issue16_AnalystKeyRules_StillHold_ForSameOriginWrites()
    {
        await using var app = new Issue16App(("MapDashboard:AnalystKey", "s3cret"));
        using var client = app.Factory.CreateClient();
        var own = client.BaseAddress!.GetLeftPart(UriPartial.Authority);

        var withoutKey = await client.SendAsync(Post("/api/articles?name=a.txt", origin: own));
        var withKey = Post("/api/articles?name=b.txt", origin: own);
        withKey.Headers.Add("X-Analyst-Key", "s3cret");
        var keyed = await client.SendAsync(withKey);
        var crossWithKey = Post("/api/articles?name=c.txt", origin: "http://evil.example");
        crossWithKey.Headers.Add("X-Analyst-Key", "s3cret");
        var crossKeyed = await client.SendAsync(crossWithKey);

        Assert.Equal(HttpStatusCode.Unauthorized, withoutKey.StatusCode);
        Assert.Equal(HttpStatusCode.Created, keyed.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, crossKeyed.StatusCode);
    }
}
