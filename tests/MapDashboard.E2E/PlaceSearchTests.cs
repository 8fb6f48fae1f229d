using Microsoft.Playwright;

namespace MapDashboard.E2E;

/// <summary>Issue #21 point 7 in the browser: the place search ranks Syria first, labels each result and pins the chosen place.</summary>
[Collection(GazetteerDashboardCollection.Name)]
public class PlaceSearchTests(GazetteerDashboardFixture fixture)
{
    private static async Task<IReadOnlyList<string>> ResultsAsync(IPage page, string typed)
    {
        var search = page.Locator(".md-place-search input");
        await search.FillAsync("");
        await search.FillAsync(typed);
        var items = page.Locator(".mud-popover-open .mud-list-item");
        await items.First.WaitForAsync(new LocatorWaitForOptions { Timeout = 30_000 });
        // The list is replaced once per search: wait until it shows this text's results.
        await page.WaitForFunctionAsync("typed => document.querySelector('.md-place-search input')?.value === typed", typed);
        await page.WaitForTimeoutAsync(400);
        return await items.AllInnerTextsAsync();
    }

    private async Task<(IPage Page, List<string> Errors)> OpenMapAsync()
    {
        var (page, errors) = await fixture.OpenAsync();
        await page.WaitForSelectorAsync(".leaflet-container[data-map-ready=true] path.md-admin1", new PageWaitForSelectorOptions { Timeout = 30_000 });
        return (page, errors);
    }

    [Theory]
    [InlineData("al-Bab")]
    [InlineData("Al Bab")]
    [InlineData("Al Bāb")]
    [InlineData("الباب")]
    public async Task Spellings_OfAlBab_GiveSyriasAlBabFirst_WithTypePathAndArabicName(string typed)
    {
        var (page, errors) = await OpenMapAsync();

        var first = (await ResultsAsync(page, typed))[0];

        Assert.Contains("(city)", first);
        Assert.Contains("Aleppo, SY", first);
        Assert.Contains("الباب", first);
        Assert.Empty(errors);
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task DeirEzzor_GivesTheCityAndTheGovernorate_Labelled()
    {
        var (page, errors) = await OpenMapAsync();

        var results = (await ResultsAsync(page, "Deir Ezzor")).Take(4).ToList();

        Assert.Contains(results, r => r.Contains("(governorate)") && r.Contains("SY"));
        Assert.Contains(results, r => r.Contains("(city)") && r.Contains("SY"));
        Assert.Empty(errors);
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task ChoosingAResult_FliesThere_AndDropsALabelledPin()
    {
        var (page, errors) = await OpenMapAsync();

        await ResultsAsync(page, "al-Bab");
        await page.Locator(".mud-popover-open .mud-list-item").First.ClickAsync();

        await page.WaitForFunctionAsync("() => location.search.includes('lat=36.37')", null, new PageWaitForFunctionOptions { Timeout = 30_000 });
        var pin = page.Locator(".leaflet-marker-pane .md-place-pin");
        await pin.WaitForAsync(new LocatorWaitForOptions { Timeout = 30_000 });
        Assert.Equal(1, await pin.CountAsync());
        Assert.Contains("(city)", await page.Locator(".md-place-pin-label").InnerTextAsync());

        // The next choice moves the pin: one pin, the new place's label.
        await ResultsAsync(page, "Deir Ezzor");
        await page.Locator(".mud-popover-open .mud-list-item", new PageLocatorOptions { HasText = "(governorate)" }).First.ClickAsync();
        await page.WaitForFunctionAsync("() => document.querySelector('.md-place-pin-label')?.textContent.includes('governorate')", null,
            new PageWaitForFunctionOptions { Timeout = 30_000 });
        Assert.Equal(1, await pin.CountAsync());
        Assert.Empty(errors);
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task Enter_TakesTheFirstResultOnlyWhenItIsABestMatch()
    {
        var (page, errors) = await OpenMapAsync();

        // "Deir Sunb" only starts names: Enter chooses nothing.
        await ResultsAsync(page, "Deir Sunb");
        var before = page.Url;
        await page.Locator(".md-place-search input").PressAsync("Enter");
        await page.WaitForTimeoutAsync(2_000);
        Assert.Equal(before, page.Url);
        Assert.Equal(0, await page.Locator(".md-place-pin").CountAsync());

        // "al-Bab" is a name of the first result: Enter takes it.
        await ResultsAsync(page, "al-Bab");
        await page.Locator(".md-place-search input").PressAsync("Enter");
        await page.WaitForFunctionAsync("() => location.search.includes('lat=36.37')", null, new PageWaitForFunctionOptions { Timeout = 30_000 });
        await page.Locator(".md-place-pin").WaitForAsync(new LocatorWaitForOptions { Timeout = 30_000 });
        Assert.Empty(errors);
        await page.Context.CloseAsync();
    }
}
