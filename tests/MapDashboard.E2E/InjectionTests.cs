using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Playwright;

namespace MapDashboard.E2E;

/// <summary>
/// Issue #8, injection across the UI: every filter in the dashboard's URL and the text inputs get SQL metacharacters,
/// script payloads, odd unicode and very long values. Nothing runs (window.__pwned stays undefined), the page falls
/// back to its defaults or says what was wrong, no console errors, and the store is unchanged by reading.
/// </summary>
[Collection(WritingDashboardCollection.Name)]
public class InjectionTests(WritingDashboardFixture fixture)
{
    public static readonly string[] Payloads =
    [
        "' OR 1=1 --",
        "\"; DROP TABLE events; --",
        "%",
        "_",
        "Ω漢字🙂\u200f\u0645\u0646\u0628\u062c",
        "<script>window.__pwned=1</script>",
        "<img src=x onerror=window.__pwned=1>",
        "javascript:window.__pwned=1",
        new string('9', 500) + "' OR '1'='1",
    ];

    /// <summary>Every query parameter the dashboard reads (Home.razor.cs).</summary>
    private static readonly string[] UrlParameters = ["date", "window", "from", "types", "side", "actor", "confidence", "article", "lat", "lon", "zoom"];

    private async Task<long> StoredEventsAsync()
    {
        using var http = new HttpClient();
        var events = await http.GetFromJsonAsync<JsonElement>(fixture.Server.BaseUrl + "/api/events?limit=1");
        return events.GetProperty("total").GetInt64();
    }

    private static async Task AssertNothingRanAsync(IPage page, List<string> errors, string what)
    {
        Assert.True(await page.EvaluateAsync<bool>("() => typeof window.__pwned === 'undefined'"), $"{what}: a payload ran");
        Assert.Equal(0, await page.Locator("img[src='x'], [onerror], a[href^='javascript:' i]").CountAsync());
        Assert.Equal(0, await page.Locator("[data-testid=error-boundary]").CountAsync());
        Assert.False(await page.Locator("#blazor-error-ui").IsVisibleAsync(), $"{what}: the circuit failed");
        Assert.True(errors.Count == 0, $"{what}: " + string.Join("; ", errors));
    }

    [Fact]
    public async Task HostileUrlFilters_FallBackToTheDefaultView_AndNothingRuns()
    {
        var before = await StoredEventsAsync();
        var (page, errors) = await fixture.OpenAsync("/");
        await page.WaitForSelectorAsync("path.md-admin1", new PageWaitForSelectorOptions { Timeout = 30_000 });
        await page.WaitForFunctionAsync("() => location.search.includes('date=')");
        // The fixture's default window holds events: wait until they are counted (not the count before they load).
        await page.WaitForFunctionAsync("() => /^[1-9]/.test(document.querySelector('[data-testid=event-count]')?.innerText ?? '')", null,
            new PageWaitForFunctionOptions { Timeout = 10_000 }).ContinueWith(_ => { }, TaskScheduler.Default);
        var defaultWindow = await page.Locator("[data-testid=window-text]").InnerTextAsync();
        var defaultCount = await page.Locator("[data-testid=event-count]").InnerTextAsync();

        foreach (var payload in Payloads)
        {
            var query = string.Join('&', UrlParameters.Select(p => $"{p}={Uri.EscapeDataString(payload)}"));
            await page.GotoAsync($"{fixture.Server.BaseUrl}/?{query}");
            await page.WaitForSelectorAsync("path.md-admin1", new PageWaitForSelectorOptions { Timeout = 30_000 });
            await page.WaitForFunctionAsync("() => location.search.includes('date=')", null, new PageWaitForFunctionOptions { Timeout = 10_000 });
            // The window's events load after the view: wait (up to 10 s on a loaded machine) for the default count
            // rather than reading it at a fixed moment; a filter the payload slipped through would keep it different.
            await page.WaitForFunctionAsync("t => document.querySelector('[data-testid=event-count]')?.innerText === t", defaultCount,
                new PageWaitForFunctionOptions { Timeout = 10_000 }).ContinueWith(_ => { }, TaskScheduler.Default);

            var shown = Shorten(payload);
            Assert.Equal(defaultWindow, await page.Locator("[data-testid=window-text]").InnerTextAsync());
            Assert.Equal(defaultCount, await page.Locator("[data-testid=event-count]").InnerTextAsync());
            Assert.Equal(0, await page.Locator("[data-testid=article-filter]").CountAsync());
            Assert.DoesNotContain("(", await page.Locator("[data-testid=filters-toggle]").InnerTextAsync()); // no filter kept
            await AssertNothingRanAsync(page, errors, shown);
        }
        Assert.Equal(before, await StoredEventsAsync());
        await page.Context.CloseAsync();
    }

    [Theory]
    [InlineData("confidence=0.5%27%20OR%201%3D1", "confidence")]
    [InlineData("article=1%20OR%201%3D1", "article")]
    [InlineData("zoom=1e9&lat=36.2&lon=37.1", "zoom")]
    [InlineData("lat=NaN&lon=Infinity&zoom=7", "lat")]
    [InlineData("date=2017-02-30&window=week", "date")]
    public async Task UnparseableNumbersAndDates_InTheUrl_AreIgnored(string query, string parameter)
    {
        var (page, errors) = await fixture.OpenAsync("/?" + query);
        await page.WaitForSelectorAsync("path.md-admin1", new PageWaitForSelectorOptions { Timeout = 30_000 });
        await page.WaitForFunctionAsync("() => location.search.includes('date=')", null, new PageWaitForFunctionOptions { Timeout = 10_000 });
        await page.WaitForTimeoutAsync(300);

        Assert.True(await page.Locator("[data-testid=window-text]").IsVisibleAsync(), parameter);
        Assert.Matches(@"\d+ events? in the window", await page.Locator("[data-testid=event-count]").InnerTextAsync());
        await AssertNothingRanAsync(page, errors, parameter);
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task HostileTextInThePlaceSearchBox_FindsNothingAndRunsNothing()
    {
        var before = await StoredEventsAsync();
        var (page, errors) = await fixture.OpenAsync("/");
        await page.WaitForSelectorAsync("path.md-admin1", new PageWaitForSelectorOptions { Timeout = 30_000 });
        var search = page.Locator(".md-place-search input");

        foreach (var payload in Payloads)
        {
            await search.FillAsync(payload);
            await page.WaitForTimeoutAsync(450); // the autocomplete's debounce and search
            var value = await search.InputValueAsync();
            Assert.True(value.Length <= 100, $"the search box took {value.Length} characters");
            await search.PressAsync("Escape");
            await search.FillAsync("");
            await AssertNothingRanAsync(page, errors, "search " + Shorten(payload));
        }
        // A real place is still found afterwards: the box and its circuit survived.
        await search.FillAsync("Salqin");
        await page.Locator(".mud-popover-open .mud-list-item", new PageLocatorOptions { HasText = "Salqīn" }).First.WaitForAsync(new LocatorWaitForOptions { Timeout = 10_000 });
        Assert.Equal(before, await StoredEventsAsync());
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task HostileTitleOutletAndDate_OnTheAddPage_AreStoredAndShownAsText()
    {
        var (page, errors) = await fixture.OpenAsync("/add");
        await page.WaitForSelectorAsync("[data-testid=upload]", new PageWaitForSelectorOptions { State = WaitForSelectorState.Attached });
        await page.WaitForSelectorAsync(".md-add[data-ready=true]", new PageWaitForSelectorOptions { State = WaitForSelectorState.Attached, Timeout = 30_000 });
        await page.Locator(".mud-tab", new PageLocatorOptions { HasText = "Paste text" }).ClickAsync();
        const string title = "<img src=x onerror=window.__pwned=1> Shelling of Saraqib' OR 1=1 --";
        const string outlet = "<script>window.__pwned=1</script>\"; DROP TABLE events; --";

        // A hostile date is refused with a message naming it.
        await page.Locator("[data-testid=paste-title] input").FillAsync(title);
        await page.Locator("[data-testid=paste-outlet] input").FillAsync(outlet);
        await page.Locator("[data-testid=paste-date] input").FillAsync("2020-03-02' OR 1=1 --");
        await page.Locator("[data-testid=paste-text] textarea").First.FillAsync("Government artillery shelled Saraqib on Monday, a monitoring group said. <script>window.__pwned=2</script>");
        await page.Locator("[data-testid=paste-add] button").ClickAsync();
        await page.Locator(".mud-snackbar", new PageLocatorOptions { HasText = "is not a date" }).WaitForAsync(new LocatorWaitForOptions { Timeout = 10_000 });
        await AssertNothingRanAsync(page, errors, "bad date");

        await page.Locator("[data-testid=paste-date] input").FillAsync("2020-03-02");
        await page.Locator("[data-testid=paste-add] button").ClickAsync();
        await page.WaitForSelectorAsync("[data-testid=ingest-job][data-state=Done]", new PageWaitForSelectorOptions { Timeout = 60_000 });
        Assert.Contains(title, await page.Locator("[data-testid=ingest-job]").First.InnerTextAsync());
        await AssertNothingRanAsync(page, errors, "added");

        await page.Locator("[data-testid=ingest-job] a", new PageLocatorOptions { HasText = "Open the article" }).First.ClickAsync();
        await page.WaitForSelectorAsync("[data-testid=article-title]");
        Assert.Equal(title, (await page.Locator("[data-testid=article-title]").InnerTextAsync()).Trim());
        Assert.Contains(outlet, await page.Locator(".mud-main-content").InnerTextAsync());
        await AssertNothingRanAsync(page, errors, "article view");
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task APastedArticleOverTheDefaultHubMessageSize_KeepsTheCircuitAlive()
    {
        var (page, errors) = await fixture.OpenAsync("/add");
        await page.WaitForSelectorAsync("[data-testid=upload]", new PageWaitForSelectorOptions { State = WaitForSelectorState.Attached });
        await page.WaitForSelectorAsync(".md-add[data-ready=true]", new PageWaitForSelectorOptions { State = WaitForSelectorState.Attached, Timeout = 30_000 });
        await page.Locator(".mud-tab", new PageLocatorOptions { HasText = "Paste text" }).ClickAsync();
        // About 100 KB: three times SignalR's default 32 KB message limit, which used to drop the connection.
        var text = string.Concat(Enumerable.Repeat("Residents of the old quarter described a quiet week with markets open and schools running. ", 1100));

        await page.Locator("[data-testid=paste-title] input").FillAsync("A long quiet report");
        await page.Locator("[data-testid=paste-text] textarea").First.FillAsync(text);
        await page.Locator("[data-testid=paste-add] button").ClickAsync();
        await page.WaitForSelectorAsync("[data-testid=ingest-job][data-state=Done], [data-testid=ingest-job][data-state=Failed]", new PageWaitForSelectorOptions { Timeout = 60_000 });

        Assert.Contains("A long quiet report", await page.Locator("[data-testid=ingest-job]").First.InnerTextAsync());
        await AssertNothingRanAsync(page, errors, "long paste");
        await page.Context.CloseAsync();
    }

    private static string Shorten(string text) => text.Length > 40 ? text[..40] + "…" : text;
}
