using Bunit;
using MapDashboard.Web.Components.Pages;
using MudBlazor.Services;

namespace MapDashboard.Web.Tests;

public sealed class AboutPageTests : IAsyncLifetime
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
    public void About_ListsEveryDataSourceWithItsLicence()
    {
        var page = _context.Render<About>();

        var text = page.Find("table").TextContent;
        Assert.Contains("Natural Earth", text);
        Assert.Contains("GeoNames", text);
        Assert.Contains("CC BY 4.0", text);
        Assert.Contains("OurAirports", text);
        Assert.Contains("OpenStreetMap", text);
        // Issue #20, point 2: the bundled control snapshot's attribution.
        Assert.Contains("Wikipedia contributors", text);
        Assert.Contains("CC BY-SA", text);
    }
}
