using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using MapDashboard.Web.Tests.Issue16;

namespace MapDashboard.Web.Tests.Outlets;

/// <summary>Issue #19.5 over HTTP: outlets are read by anyone, edited only with the analyst key, validated field by field.</summary>
public sealed class OutletApiTests
{
    private static readonly object Edit = new { homeCountry = "Russia", homeCountryRef = "a reference the analyst checked", owner = "Rossiya Segodnya",
        ownerRef = "the same reference", language = "multilingual", languageRef = "the same reference", website = "sputnikglobe.com", websiteRef = "the same reference" };

    private static HttpRequestMessage Put(string name, object body, string? key = null, string? origin = null)
    {
        var request = new HttpRequestMessage(HttpMethod.Put, $"/api/outlets/{Uri.EscapeDataString(name)}") { Content = JsonContent.Create(body) };
        if (key is not null)
        {
            request.Headers.Add("X-Analyst-Key", key);
        }
        if (origin is not null)
        {
            request.Headers.Add("Origin", origin);
        }
        return request;
    }

    [Fact]
    public async Task SeededOutlets_AreListedWithEachFactsReference()
    {
        await using var app = new Issue16App();
        using var client = app.Factory.CreateClient();

        var outlets = JsonDocument.Parse(await client.GetStringAsync("/api/outlets")).RootElement;
        var one = await client.GetAsync("/api/outlets/the%20new%20arab");
        var none = await client.GetAsync("/api/outlets/No%20Such%20Outlet");

        var sputnik = outlets.EnumerateArray().Single(o => o.GetProperty("name").GetString() == "Sputnik");
        Assert.Equal("Rossiya Segodnya", sputnik.GetProperty("owner").GetString());
        Assert.Contains("Sputnik (news agency)", sputnik.GetProperty("ownerRef").GetString());
        Assert.Equal(HttpStatusCode.OK, one.StatusCode);
        Assert.Contains("Fadaat Media", await one.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.NotFound, none.StatusCode);
    }

    [Fact]
    public async Task WithAnAnalystKey_AnEditWithoutOrWithAWrongKey_IsRefused_AndTheRightKeySaves()
    {
        await using var app = new Issue16App(("MapDashboard:AnalystKey", "s3cret"));
        using var client = app.Factory.CreateClient();

        var without = await client.SendAsync(Put("Sputnik", Edit));
        var wrong = await client.SendAsync(Put("Sputnik", new { homeCountry = "Nowhere", homeCountryRef = "forged" }, key: "guess"));
        var forged = await client.SendAsync(Put("Sputnik", new { homeCountry = "Nowhere", homeCountryRef = "forged" }, key: "s3cret", origin: "http://evil.example"));
        var unchanged = JsonDocument.Parse(await client.GetStringAsync("/api/outlets/Sputnik")).RootElement;
        var right = await client.SendAsync(Put("Sputnik", new { homeCountry = "Russia", homeCountryRef = "an analyst's check" }, key: "s3cret"));

        Assert.Equal(HttpStatusCode.Unauthorized, without.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, wrong.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, forged.StatusCode);
        Assert.Equal("Russia", unchanged.GetProperty("homeCountry").GetString());
        Assert.Equal("Rossiya Segodnya", unchanged.GetProperty("owner").GetString());
        Assert.Equal(HttpStatusCode.OK, right.StatusCode);
        var saved = JsonDocument.Parse(await client.GetStringAsync("/api/outlets/Sputnik")).RootElement;
        Assert.Equal("an analyst's check", saved.GetProperty("homeCountryRef").GetString());
        Assert.Equal(JsonValueKind.Null, saved.GetProperty("owner").ValueKind);
        Assert.True(saved.GetProperty("editedByUser").GetBoolean());
    }

    [Fact]
    public async Task AFactWithoutItsReference_Is400NamingTheField_AndARenameTakesTheNewName()
    {
        await using var app = new Issue16App();
        using var client = app.Factory.CreateClient();

        var unsourced = await client.SendAsync(Put("Sputnik", new { homeCountry = "Russia", owner = "Somebody", ownerRef = "a reference" }));
        var taken = await client.SendAsync(Put("Sputnik", new { name = "South Front" }));
        var renamed = await client.SendAsync(Put("Sputnik", new { name = "Sputnik News", homeCountry = "Russia", homeCountryRef = "a reference" }));

        Assert.Equal(HttpStatusCode.BadRequest, unsourced.StatusCode);
        var errors = JsonDocument.Parse(await unsourced.Content.ReadAsStringAsync()).RootElement.GetProperty("errors");
        Assert.Contains("needs the public reference", errors.GetProperty("homeCountryRef")[0].GetString());
        Assert.Equal(HttpStatusCode.BadRequest, taken.StatusCode);
        Assert.Contains("already an outlet named 'South Front'", await taken.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.OK, renamed.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/api/outlets/Sputnik")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/outlets/Sputnik%20News")).StatusCode);
    }
}
