using Microsoft.Playwright;

namespace MapDashboard.E2E;

/// <summary>
/// Issue 17.15: at 390x844 every page is reachable: the app bar's pages are in the drawer, the event list opens from a
/// button as a bottom sheet, and the time bar fits the screen's width. Screenshots go to test-artifacts/screenshots.
/// </summary>
[Collection(DashboardCollection.Name)]
public class PhoneLayoutTests(DashboardFixture fixture)
{
    private const int Timeout = 30_000;
    private const int Width = 390;

    private static string Shot(string name) => Path.Combine(RepoPaths.Artifacts("screenshots"), name);

    private static async Task<IPage> OpenPhoneAsync(DashboardFixture fixture)
    {
        var (page, _) = await fixture.OpenAsync("/?date=2017-01-30&window=month", width: Width, height: 844);
        await page.WaitForSelectorAsync("path.md-admin1", new PageWaitForSelectorOptions { Timeout = Timeout });
        await page.WaitForSelectorAsync("[data-testid=window-text]", new PageWaitForSelectorOptions { Timeout = Timeout });
        return page;
    }

    [Fact]
    public async Task Issue17_15_AtPhoneSize_TheTimeBarFitsTheWidth_AndTheEventListOpensAsABottomSheet()
    {
        var page = await OpenPhoneAsync(fixture);
        await Assertions.Expect(page.Locator("[data-testid=event-count]")).ToContainTextAsync("events in the window", new() { Timeout = Timeout });
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Shot("issue17-15-phone-map.png") });

        var overflow = await page.EvaluateAsync<int>("() => Math.max(document.documentElement.scrollWidth, document.body.scrollWidth) - window.innerWidth");
        Assert.True(overflow <= 0, $"the page is {overflow}px wider than the phone's screen");
        var timebar = await page.Locator(".md-timebar").BoundingBoxAsync();
        Assert.NotNull(timebar);
        Assert.True(timebar.X >= 0 && timebar.X + timebar.Width <= Width + 0.5, $"the time bar spans {timebar.X}..{timebar.X + timebar.Width}px");
        var tooWide = await page.EvaluateAsync<int>(
            "w => [...document.querySelectorAll('.md-timebar *')].filter(e => e.getClientRects().length && e.getBoundingClientRect().right > w + 1).length", Width);
        Assert.Equal(0, tooWide);

        var open = page.Locator("[data-testid=events-sheet-button]");
        await Assertions.Expect(open).ToBeVisibleAsync(new() { Timeout = Timeout });
        await open.ClickAsync();
        var row = page.Locator(".md-event-row", new PageLocatorOptions { HasText = DashboardCorpus.TakenPlace });
        await Assertions.Expect(row).ToBeVisibleAsync(new() { Timeout = Timeout });
        var sheet = await page.Locator("[data-testid=event-list]").BoundingBoxAsync();
        Assert.NotNull(sheet);
        Assert.True(sheet.Width >= Width - 1, $"the sheet is {sheet.Width}px wide");
        await Assertions.Expect(open).ToBeHiddenAsync(new() { Timeout = Timeout });
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Shot("issue17-15-phone-sheet.png") });

        await page.Locator("[data-testid=event-list-toggle]").ClickAsync();
        await Assertions.Expect(row).ToBeHiddenAsync(new() { Timeout = Timeout });
        await Assertions.Expect(open).ToBeVisibleAsync(new() { Timeout = Timeout });
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task Issue17_15_AtPhoneSize_TheDrawerLinksEveryPageOfTheAppBar()
    {
        var page = await OpenPhoneAsync(fixture);
        await page.GetByLabel("Toggle the side panel").ClickAsync();
        foreach (var (id, path) in new[] { ("drawer-add", "/add"), ("drawer-review", "/review"), ("drawer-about", "/about") })
        {
            var link = page.Locator($"[data-testid={id}]");
            await Assertions.Expect(link).ToBeVisibleAsync(new() { Timeout = Timeout });
            var box = await link.BoundingBoxAsync();
            Assert.True(box is not null && box.X >= 0 && box.X + box.Width <= Width, $"{id} lies off the screen");
            Assert.EndsWith(path, await link.GetAttributeAsync("href"));
        }
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Shot("issue17-15-phone-drawer.png") });
        await page.Locator("[data-testid=drawer-review]").ClickAsync();
        await page.WaitForURLAsync(url => url.Contains("/review"), new() { Timeout = Timeout });
        await page.Context.CloseAsync();
    }
}
