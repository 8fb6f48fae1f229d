using System.Net;
using Bunit;
using MapDashboard.Web.Components.Layout;
using MudBlazor.Services;

namespace MapDashboard.Web.Tests;

/// <summary>Issue 17.18: a styled 404 page with a way back to the map; help texts that match the app.</summary>
public sealed class NotFoundAndHelpTextTests(ApiFixture fixture) : IClassFixture<ApiFixture>, IAsyncLifetime
{
    private readonly BunitContext _context = new();

    public Task InitializeAsync()
    {
        _context.JSInterop.Mode = JSRuntimeMode.Loose;
        _context.Services.AddMudServices();
        return Task.CompletedTask;
    }

    public async Task DisposeAsync() => await _context.DisposeAsync();

    [Fact]
    public async Task Issue17_UnknownPage_Is404_WithATitleAndALinkBackToTheMap()
    {
        using var client = fixture.Factory.CreateClient();

        var response = await client.GetAsync("/no/such/page");
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("<title>Page not found — MapDashboard</title>", html);
        Assert.Matches("<a[^>]*href=\"/\"[^>]*data-testid=\"back-to-map\"|<a[^>]*data-testid=\"back-to-map\"[^>]*href=\"/\"", html);
        Assert.Contains("Back to the map", html);
    }

    [Fact]
    public void Issue17_Drawer_SendsPeopleToAddArticles_NotToTheCommandLine()
    {
        var panel = _context.Render<SidePanel>();

        Assert.DoesNotContain("./mapdash", panel.Markup);
        Assert.Contains(panel.FindAll("a"), a => a.GetAttribute("href") == "/add");
    }
}
