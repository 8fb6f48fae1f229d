using Microsoft.Playwright;

namespace MapDashboard.E2E;

[Collection(DashboardCollection.Name)]
public class MapShellTests(DashboardFixture fixture)
{
    private static async Task WaitForBasemapAsync(IPage page) =>
        await page.WaitForSelectorAsync("path.md-admin1", new PageWaitForSelectorOptions { Timeout = 30_000 });

    [Fact]
    public async Task HomePage_LoadsWithoutConsoleErrors()
    {
        var (page, errors) = await fixture.OpenAsync();
        await WaitForBasemapAsync(page);
        await page.WaitForTimeoutAsync(500);

        Assert.Empty(errors);
        Assert.Equal("MapDashboard", await page.TitleAsync());
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task Basemap_DrawsSyriasFourteenGovernorates()
    {
        var (page, _) = await fixture.OpenAsync();
        await WaitForBasemapAsync(page);

        var names = await page.Locator("path.md-admin1").EvaluateAllAsync<string[]>("ps => ps.map(p => p.getAttribute('data-name'))");

        Assert.Equal(14, names.Length);
        Assert.Contains("Idlib", names);
        Assert.Contains("Deir ez-Zor", names);
        Assert.True(await page.Locator(".md-governorate-label").CountAsync() >= 13);
        Assert.True(await page.Locator(".md-city-label", new PageLocatorOptions { HasText = "Damascus" }).CountAsync() >= 1);
        await page.Context.CloseAsync();
    }

    [Theory]
    [InlineData("Idlib")]
    [InlineData("Deir ez-Zor")]
    public async Task ClickingAGovernorate_OpensPopupWithItsName(string governorate)
    {
        var (page, errors) = await fixture.OpenAsync();
        await WaitForBasemapAsync(page);

        var point = await page.EvaluateAsync<double[]>("""
            name => {
                const path = document.querySelector(`path.md-admin1[data-name="${name}"]`);
                const box = path.getBoundingClientRect();
                for (let step = 0; step < 400; step++) {
                    const fx = ((step * 0.618) % 1), fyy = ((step * 0.382) % 1);
                    const x = box.left + box.width * fx, y = box.top + box.height * fyy;
                    if (document.elementFromPoint(x, y) === path) return [x, y];
                }
                return null;
            }
            """, governorate);
        Assert.NotNull(point);
        await page.Mouse.ClickAsync((float)point[0], (float)point[1]);

        var popup = page.Locator(".leaflet-popup-content");
        await popup.WaitForAsync(new LocatorWaitForOptions { Timeout = 5_000 });
        Assert.Contains($"{governorate} Governorate", await popup.InnerTextAsync());
        Assert.Empty(errors);
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task Dashboard_ScreenshotsAtDesktopAndPhoneWidth()
    {
        foreach (var (width, height, name) in new[] { (1280, 800, "dashboard-1280x800.png"), (390, 844, "dashboard-phone.png") })
        {
            // A date with markers, control areas and places that changed hands in the window.
            var (page, errors) = await fixture.OpenAsync("/?date=2017-01-30&window=month", width: width, height: height);
            await WaitForBasemapAsync(page);
            await page.WaitForSelectorAsync("path.md-layer-control", new PageWaitForSelectorOptions { State = WaitForSelectorState.Attached });
            await page.WaitForTimeoutAsync(900);
            var file = Path.Combine(RepoPaths.Artifacts("screenshots"), name);

            await page.ScreenshotAsync(new PageScreenshotOptions { Path = file });

            Assert.True(new FileInfo(file).Length > 20_000, $"{name} looks empty");
            // Nothing of ours sticks out of the viewport sideways (the page does not scroll horizontally).
            Assert.True(await page.EvaluateAsync<bool>("() => document.documentElement.scrollWidth <= window.innerWidth + 1"), $"{name}: the page is wider than the screen");
            Assert.Empty(errors);
            await page.Context.CloseAsync();
        }
    }

    [Fact]
    public async Task Healthz_ReportsHealthy()
    {
        using var http = new HttpClient();

        var response = await http.GetAsync(fixture.Server.BaseUrl + "/healthz");

        Assert.Equal(System.Net.HttpStatusCode.OK, response.StatusCode);
        using var report = System.Text.Json.JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal("Healthy", report.RootElement.GetProperty("status").GetString());
        Assert.Equal("Healthy", report.RootElement.GetProperty("checks").GetProperty("gazetteer").GetProperty("status").GetString());
        Assert.True(report.RootElement.GetProperty("checks").GetProperty("circuits").GetProperty("data").GetProperty("openCircuits").GetInt64() >= 0);
    }
}
