using Microsoft.Playwright;

namespace MapDashboard.E2E;

/// <summary>Issue #21 point 7 in the browser: the place search ranks Syria first, labels each result and pins the chosen place.</summary>
[Collection(GazetteerDashboardCollection.Name)]
public class PlaceSearchTests(GazetteerDashboardFixture fixture)
{
    private static async Task<IReadOnlyList<string>> ResultsAsync(IPage page, string typed)
    {
        var search = page.Locator(".md-place-search input");
        var items = page.Locator(".mud-popover-open .mud-list-item");
        // Clearing the box resets the chosen place on the server, whose render can land after text typed a few
        // milliseconds later and empty the box again (a person does not type that fast). So the test lets the
        // clearing settle, and types again when the box does not keep the text.
        for (var attempt = 1; ; attempt++)
        {
            await search.FillAsync("");
            await page.WaitForTimeoutAsync(500);
            await search.FillAsync(typed);
            try
            {
                await page.WaitForFunctionAsync(
                    "typed => document.querySelector('.md-place-search input')?.value === typed && document.querySelector('.mud-popover-open .mud-list-item')",
                    typed, new PageWaitForFunctionOptions { Timeout = 10_000 });
                break;
            }
            catch (TimeoutException) when (attempt < 3)
            {
            }
        }
        // The list is replaced once per search: give it time to show this text's results.
        await page.WaitForTimeoutAsync(400);
        await page.WaitForFunctionAsync("typed => document.querySelector('.md-place-search input')?.value === typed", typed);
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
