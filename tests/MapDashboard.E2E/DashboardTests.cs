using MapDashboard.Data;
using MapDashboard.Data.Store;
using Microsoft.Playwright;

namespace MapDashboard.E2E;

[Collection(DashboardCollection.Name)]
public class DashboardTests(DashboardFixture fixture)
{
    private EventQueries Queries => new(new SqliteConnectionFactory(fixture.EventDatabase, readOnly: true));

    private static async Task<IPage> ReadyAsync(DashboardFixture fixture, List<string> errors, IPage page)
    {
        await page.WaitForSelectorAsync("path.md-admin1", new PageWaitForSelectorOptions { Timeout = 30_000 });
        await page.WaitForSelectorAsync("[data-testid=window-text]", new PageWaitForSelectorOptions { Timeout = 30_000 });
        return page;
    }

    private static async Task SelectWindowAsync(IPage page, string window)
    {
        await page.Locator(".md-window-select").ClickAsync();
        await page.Locator(".mud-popover-open .mud-list-item", new PageLocatorOptions { HasText = window }).First.ClickAsync();
    }

    /// <summary>Moves the slider with the keyboard to a date (the slider is a native range input).</summary>
    private static async Task SetDateAsync(IPage page, DateOnly first, DateOnly date)
    {
        var slider = page.Locator("[data-testid=time-slider] input[type=range]");
        await slider.EvaluateAsync("(el, v) => { el.value = v; el.dispatchEvent(new Event('input', { bubbles: true })); el.dispatchEvent(new Event('change', { bubbles: true })); }",
            (date.DayNumber - first.DayNumber).ToString());
        await page.WaitForFunctionAsync("t => document.querySelector('[data-testid=window-text]').textContent.includes(t)", date.ToString("d MMM yyyy", System.Globalization.CultureInfo.InvariantCulture));
        await page.WaitForTimeoutAsync(400);
    }

    private static Task<int> MarkerCountAsync(IPage page) =>
        page.EvaluateAsync<int>("() => document.querySelectorAll('.md-marker-events').length + [...document.querySelectorAll('.marker-cluster span')].reduce((n, s) => n + parseInt(s.textContent || '0'), 0)");

    [Fact]
    public async Task Markers_MatchTheStoreForTheWindow_AndDifferByDate()
    {
        var (page, errors) = await fixture.OpenAsync();
        await ReadyAsync(fixture, errors, page);
        var span = (await Queries.GetDateSpanAsync())!.Value;
        await SelectWindowAsync(page, "all up to the date");

        await SetDateAsync(page, span.First, new DateOnly(2017, 1, 30));
        var january2017 = await MarkerCountAsync(page);
        // The opening view shows Syria: an event placed far away (an agreement signed in Astana) is not rendered there.
        var inView = new BoundingBox(32, 29, 49, 38.5);
        var expected2017 = (await Queries.FindAsync(new EventQuery { To = new DateOnly(2017, 1, 30), Bounds = inView })).Count(e => e.Lat is not null);
        await SetDateAsync(page, span.First, new DateOnly(2018, 1, 11));
        var january2018 = await MarkerCountAsync(page);
        var expected2018 = (await Queries.FindAsync(new EventQuery { To = new DateOnly(2018, 1, 11), Bounds = inView })).Count(e => e.Lat is not null);

        Assert.Equal(expected2017, january2017);
        Assert.True(await page.Locator("path.md-layer-control").CountAsync() >= 1, "no control area drawn at 30 Jan 2017");
        Assert.Equal(expected2018, january2018);
        Assert.True(january2018 > january2017, $"{january2018} markers by 2018 vs {january2017} by 2017");
        Assert.Contains(await page.Locator(".md-event-row").AllInnerTextsAsync(), t => t.Contains("Abū az̧ Z̧uhūr") || t.Contains("near Abu ad Duhur"));
        Assert.Empty(errors);
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task ClickingAnEvent_OpensItsSourceSentenceWithThePlaceHighlighted()
    {
        var (page, errors) = await fixture.OpenAsync();
        await ReadyAsync(fixture, errors, page);
        var span = (await Queries.GetDateSpanAsync())!.Value;
        await SetDateAsync(page, span.First, new DateOnly(2017, 1, 30));

        await page.Locator(".md-event-row", new PageLocatorOptions { HasText = "Toman" }).First.ClickAsync();
        var popup = page.Locator(".leaflet-popup-content");
        await popup.WaitForAsync(new LocatorWaitForOptions { Timeout = 5_000 });

        var changed = await page.Locator("[data-testid=changed-hands]").AllInnerTextsAsync();
        Assert.Contains(changed, t => t.Contains("Toman — taken by Syrian Arab Army"));
        var text = await popup.InnerTextAsync();
        Assert.Contains("The Syrian army’s Tiger Forces have liberated al-Brije, Sheikh Dan, Mushayrifa and Tuman", text);
        Assert.Equal("Tuman", await popup.Locator("mark.md-hl-place").InnerTextAsync());
        Assert.Contains(await popup.Locator("mark.md-hl-actor").AllInnerTextsAsync(), a => a.Contains("Tiger Forces") || a.Contains("army"));
        Assert.Contains("Government regains territory", text);
        Assert.Contains("South Front", text);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(RepoPaths.Artifacts("screenshots"), "dashboard-popup.png") });
        Assert.Empty(errors);
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task ScriptPayloadsInArticles_AreShownAsTextAndNeverRun()
    {
        var (page, errors) = await fixture.OpenAsync();
        await ReadyAsync(fixture, errors, page);
        var span = (await Queries.GetDateSpanAsync())!.Value;
        await SetDateAsync(page, span.First, new DateOnly(2017, 3, 3));
        await SelectWindowAsync(page, "day");

        await page.Locator(".md-event-row", new PageLocatorOptions { HasText = "Tādif" }).First.ClickAsync();
        var popup = page.Locator(".leaflet-popup-content");
        await popup.WaitForAsync(new LocatorWaitForOptions { Timeout = 5_000 });

        Assert.Contains("<img src=x onerror=", await popup.InnerTextAsync());
        Assert.Equal(0, await popup.Locator("img, script").CountAsync());
        Assert.Null(await page.EvaluateAsync<int?>("() => window.__xss ?? null"));
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task Url_RestoresTheViewAndFollowsChanges()
    {
        var (page, errors) = await fixture.OpenAsync("/?date=2017-01-30&window=week&types=Explosions%2FRemote%20violence");
        await ReadyAsync(fixture, errors, page);
        await page.WaitForTimeoutAsync(500);

        Assert.Equal("24 Jan 2017 – 30 Jan 2017", (await page.Locator("[data-testid=window-text]").InnerTextAsync()).Trim());
        var rows = await page.Locator(".md-event-row").AllInnerTextsAsync();
        Assert.NotEmpty(rows);
        Assert.All(rows, r => Assert.True(r.Contains("Shelling/artillery/missile attack") || r.Contains("Air/drone strike") || r.Contains("Remote explosive"), r));
        Assert.DoesNotContain(rows, r => r.Contains("Armed clash") || r.Contains("regains territory"));

        await SelectWindowAsync(page, "month");
        await page.WaitForFunctionAsync("() => location.search.includes('window=month')");
        Assert.Contains("date=2017-01-30", page.Url);
        Assert.Empty(errors);
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task ArticleView_HighlightsPlacesAndLinksBackToTheMap()
    {
        var (page, errors) = await fixture.OpenAsync();
        await ReadyAsync(fixture, errors, page);
        var span = (await Queries.GetDateSpanAsync())!.Value;
        await SetDateAsync(page, span.First, new DateOnly(2017, 1, 30));
        await page.Locator(".md-event-row", new PageLocatorOptions { HasText = "Toman" }).First.ClickAsync();
        await page.Locator(".leaflet-popup-content a.md-popup-link").First.ClickAsync();

        await page.WaitForSelectorAsync("[data-testid=article-text]");
        Assert.Contains("Opposition Groups", await page.Locator("[data-testid=article-title]").InnerTextAsync());
        var resolved = await page.Locator("[data-testid=article-text] mark.md-place").AllInnerTextsAsync();
        var unresolved = await page.Locator("[data-testid=article-text] mark.md-place-unresolved").AllInnerTextsAsync();
        Assert.Contains("al-Bab", resolved);
        Assert.Contains("Tuman", resolved);
        Assert.Contains("al-Brije", unresolved);

        Assert.True(await page.Locator("[data-testid=article-text] .md-event-sentence").CountAsync() > 0, "no event sentence highlighted");
        var underlined = string.Concat(await page.Locator("[data-testid=article-text] .md-event-sentence").AllInnerTextsAsync());
        Assert.Contains("Tiger Forces have liberated", underlined);
        await page.Locator("[data-testid=article-text] mark.md-place a", new PageLocatorOptions { HasText = "Tadef" }).First.ClickAsync();
        await page.WaitForSelectorAsync("[data-testid=window-text]");
        Assert.Contains("lat=36.34814", page.Url);
        Assert.Empty(errors);
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task PlaceSearch_FindsAPlaceAndFliesThere()
    {
        var (page, errors) = await fixture.OpenAsync();
        await ReadyAsync(fixture, errors, page);

        await page.Locator(".md-place-search input").FillAsync("Salqin");
        await page.Locator(".mud-popover-open .mud-list-item", new PageLocatorOptions { HasText = "Salqīn" }).First.ClickAsync();
        await page.WaitForFunctionAsync("() => location.search.includes('lat=36.13865')");

        Assert.Contains("lon=36.45244", page.Url);
        Assert.Empty(errors);
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task Histogram_HasOneBarPerMonthWithTheStoreCounts()
    {
        var (page, errors) = await fixture.OpenAsync();
        await ReadyAsync(fixture, errors, page);
        var span = (await Queries.GetDateSpanAsync())!.Value;
        var months = (span.Last.Year - span.First.Year) * 12 + span.Last.Month - span.First.Month + 1;

        var titles = await page.Locator("[data-testid=histogram] .md-bar").EvaluateAllAsync<string[]>("bars => bars.map(b => b.title)");

        Assert.Equal(months, titles.Length);
        var january2017 = (await Queries.FindAsync(new EventQuery { From = new DateOnly(2017, 1, 1), To = new DateOnly(2017, 1, 31) }))
            .Count(e => e.DateStart!.StartsWith("2017-01", StringComparison.Ordinal));
        Assert.Contains($"2017-01: {january2017} event(s)", titles);
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task UndatedEvents_AreListedOffTheTimeAxis()
    {
        var (page, errors) = await fixture.OpenAsync();
        await ReadyAsync(fixture, errors, page);
        var undated = await Queries.CountAsync(new EventQuery { UndatedOnly = true });

        await page.Locator("[data-testid=undated]").ClickAsync();
        var panel = page.Locator("[data-testid=undated-panel]");
        await panel.WaitForAsync();

        Assert.True(undated > 0);
        Assert.Equal((int)undated, await panel.Locator(".md-change-row").CountAsync());
        Assert.Contains("Deir ez-Zor", await panel.InnerTextAsync());
        Assert.Empty(errors);
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task Play_AdvancesTheDate()
    {
        var (page, errors) = await fixture.OpenAsync();
        await ReadyAsync(fixture, errors, page);
        var span = (await Queries.GetDateSpanAsync())!.Value;
        await SetDateAsync(page, span.First, span.First);
        var before = await page.Locator("[data-testid=window-text]").InnerTextAsync();

        await page.Locator("[data-testid=play]").ClickAsync();
        await page.WaitForFunctionAsync("b => document.querySelector('[data-testid=window-text]').textContent !== b", before, new PageWaitForFunctionOptions { Timeout = 10_000 });
        await page.Locator("[data-testid=play]").ClickAsync();

        Assert.NotEqual(before, await page.Locator("[data-testid=window-text]").InnerTextAsync());
        Assert.Empty(errors);
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task MarkerClick_SelectsItsRow_AndHoveringARowHighlightsItsMarker()
    {
        var (page, errors) = await fixture.OpenAsync();
        await ReadyAsync(fixture, errors, page);
        await SelectWindowAsync(page, "all up to the date");
        await page.WaitForSelectorAsync(".md-marker-events, .marker-cluster", new PageWaitForSelectorOptions { State = WaitForSelectorState.Attached });
        // Open clusters (zooming in, or spreading out points at one place) until single markers show.
        for (var i = 0; i < 6 && await page.Locator(".md-marker-events[data-marker-id]").CountAsync() == 0; i++)
        {
            await page.Locator(".marker-cluster").First.DispatchEventAsync("click");
            await page.WaitForTimeoutAsync(1000);
        }

        var marker = page.Locator(".md-marker-events[data-marker-id]").First;
        var id = await marker.GetAttributeAsync("data-marker-id");
        await marker.DispatchEventAsync("click");
        await page.WaitForSelectorAsync($".md-event-row.md-row-selected[data-event-id='{id}']", new PageWaitForSelectorOptions { Timeout = 5_000 });
        await page.Locator(".leaflet-popup-content").WaitForAsync(new LocatorWaitForOptions { Timeout = 5_000 });
        await page.Keyboard.PressAsync("Escape");

        await page.Locator($".md-event-row[data-event-id='{id}']").HoverAsync();
        await page.WaitForSelectorAsync($".md-marker-events.md-highlight[data-marker-id='{id}']", new PageWaitForSelectorOptions { Timeout = 5_000 });
        Assert.Empty(errors);
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task RangeMode_ShowsTheEventsBetweenTwoDates()
    {
        var (page, errors) = await fixture.OpenAsync("/?date=2017-01-30&window=month");
        await ReadyAsync(fixture, errors, page);
        var span = (await Queries.GetDateSpanAsync())!.Value;
        await SelectWindowAsync(page, "range (from – to)");
        var from = page.Locator("[data-testid=range-start-slider] input[type=range]");
        await from.EvaluateAsync("(el, v) => { el.value = v; el.dispatchEvent(new Event('input', { bubbles: true })); el.dispatchEvent(new Event('change', { bubbles: true })); }",
            (new DateOnly(2016, 12, 1).DayNumber - span.First.DayNumber).ToString());
        await page.WaitForFunctionAsync("() => document.querySelector('[data-testid=window-text]').textContent.includes('1 Dec 2016 – 30 Jan 2017')");
        await page.WaitForTimeoutAsync(400);

        var expected = await Queries.CountAsync(new EventQuery { From = new DateOnly(2016, 12, 1), To = new DateOnly(2017, 1, 30) });
        Assert.Contains($"{expected} event", await page.Locator("[data-testid=event-count]").InnerTextAsync());
        Assert.Equal(expected, await MarkerCountAsync(page));
        Assert.Contains("from=2016-12-01", page.Url);
        Assert.Contains("window=range", page.Url);
        Assert.Empty(errors);
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task ControlLayer_OpacityAndLayerToggles()
    {
        var (page, errors) = await fixture.OpenAsync("/?date=2017-01-30&window=month");
        await ReadyAsync(fixture, errors, page);
        await page.WaitForSelectorAsync("path.md-layer-control");

        var opacity = page.Locator("[data-testid=control-opacity] input[type=range]");
        await opacity.EvaluateAsync("el => { el.value = 80; el.dispatchEvent(new Event('input', { bubbles: true })); el.dispatchEvent(new Event('change', { bubbles: true })); }");
        await page.WaitForFunctionAsync("() => document.querySelector('path.md-layer-control').getAttribute('fill-opacity') === '0.8'");

        await page.Locator("[data-testid=control-toggle] input").ClickAsync();
        await page.WaitForFunctionAsync("() => document.querySelectorAll('path.md-layer-control').length === 0");
        await page.Locator("[data-testid=events-toggle] input").ClickAsync();
        await page.WaitForFunctionAsync("() => document.querySelectorAll('.md-marker-events, .marker-cluster').length === 0");
        await page.Locator("[data-testid=control-toggle] input").ClickAsync();
        await page.WaitForFunctionAsync("() => document.querySelector('path.md-layer-control')?.getAttribute('fill-opacity') === '0.8'");
        Assert.Empty(errors);
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task ActorFilter_KeepsOnlyThatActorsEvents()
    {
        var (page, errors) = await fixture.OpenAsync("/?window=alltodate");
        await ReadyAsync(fixture, errors, page);
        await page.Locator("[data-testid=filters-toggle]").ClickAsync();
        await page.Locator("[data-testid=actor-filter]").ClickAsync();
        await page.Locator(".mud-popover-open .mud-list-item", new PageLocatorOptions { HasText = "Turkish Armed Forces" }).First.ClickAsync();
        await page.WaitForFunctionAsync("() => location.search.includes('actor=')");
        await page.WaitForTimeoutAsync(400);

        var actor = System.Web.HttpUtility.ParseQueryString(new Uri(page.Url).Query)["actor"]!;
        var expected = await Queries.CountAsync(new EventQuery { Actors = [actor] });
        Assert.True(expected > 0);
        Assert.Contains($"{expected} event", await page.Locator("[data-testid=event-count]").InnerTextAsync());
        Assert.All(await page.Locator(".md-event-actors").AllInnerTextsAsync(), t => Assert.Contains("Turkish Armed Forces", t));
        Assert.Empty(errors);
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task Playback_AtHighSpeedWithLoop_WrapsToTheStart()
    {
        var (page, errors) = await fixture.OpenAsync("/?window=year");
        await ReadyAsync(fixture, errors, page);
        await page.Locator("[data-testid=speed]").ClickAsync();
        await page.Locator(".mud-popover-open .mud-list-item", new PageLocatorOptions { HasText = "8 steps/s" }).First.ClickAsync();
        await page.Locator("[data-testid=loop]").ClickAsync();
        var last = await page.Locator("[data-testid=window-text]").InnerTextAsync();

        await page.Locator("[data-testid=play]").ClickAsync();
        // Starting at the end, play restarts from the beginning; with looping on it comes round to the end again.
        var seen = new List<string> { last };
        var leftTheEnd = false;
        var cameBack = false;
        for (var i = 0; i < 200 && !cameBack; i++)
        {
            await page.WaitForTimeoutAsync(100);
            var text = await page.Locator("[data-testid=window-text]").InnerTextAsync();
            if (text != seen[^1])
            {
                seen.Add(text);
            }
            leftTheEnd |= text != last;
            cameBack = leftTheEnd && text == last;
        }
        await page.Locator("[data-testid=play]").ClickAsync();

        Assert.True(cameBack, "playback did not loop back to the end: " + string.Join(" | ", seen));
        Assert.True(seen.Count >= 4, string.Join(" | ", seen));
        Assert.Empty(errors);
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task MapView_IsKeptInTheUrl()
    {
        var (page, errors) = await fixture.OpenAsync("/?lat=36.2&lon=37.1&zoom=9");
        await ReadyAsync(fixture, errors, page);
        await page.WaitForFunctionAsync("() => location.search.includes('date=')");
        Assert.Contains("lat=36.2", page.Url);
        Assert.Contains("zoom=9", page.Url);

        await page.Locator(".leaflet-control-zoom-in").ClickAsync();
        await page.WaitForFunctionAsync("() => location.search.includes('zoom=10')");
        Assert.Empty(errors);
        await page.Context.CloseAsync();
    }

    /// <summary>Issue 15: an arrow key on the focused map both panned the map and stepped the date; it now pans only.</summary>
    [Fact]
    public async Task ArrowKeys_OnTheMapPanIt_OnTheFocusedSliderStepTheDate()
    {
        var (page, errors) = await fixture.OpenAsync("/?date=2017-01-30&window=day&lat=35&lon=38&zoom=7");
        await ReadyAsync(fixture, errors, page);
        await page.WaitForTimeoutAsync(300);
        await page.Locator(".leaflet-container").ClickAsync(new LocatorClickOptions { Position = new Position { X = 5, Y = 300 } });

        await page.Keyboard.PressAsync("ArrowRight");
        await page.WaitForFunctionAsync("() => new URLSearchParams(location.search).get('lon') !== '38'"); // the map panned
        await page.WaitForTimeoutAsync(500);
        Assert.Equal("30 Jan 2017", (await page.Locator("[data-testid=window-text]").InnerTextAsync()).Trim());

        await page.Locator("[data-testid=time-slider] input[type=range]").FocusAsync();
        await page.Keyboard.PressAsync("ArrowRight");
        await page.WaitForFunctionAsync("() => document.querySelector('[data-testid=window-text]').textContent.includes('31 Jan 2017')");
        await page.Keyboard.PressAsync("ArrowLeft");
        await page.Keyboard.PressAsync("ArrowLeft");
        await page.WaitForFunctionAsync("() => document.querySelector('[data-testid=window-text]').textContent.includes('29 Jan 2017')");
        Assert.Empty(errors);
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task ArticleFilter_ShowsOnlyItsEvents()
    {
        var (page, errors) = await fixture.OpenAsync();
        var article = (await Queries.FindAsync(new EventQuery { To = new DateOnly(2017, 1, 30) })).First(e => e.PlaceName.Contains("Toman"));
        var articleId = (await Queries.GetAsync(article.Id))!.Sources[0].ArticleId;
        await page.GotoAsync(fixture.Server.BaseUrl + $"/?article={articleId}&window=alltodate");
        await ReadyAsync(fixture, errors, page);
        var expected = await Queries.CountAsync(new EventQuery { ArticleId = articleId });
        await page.WaitForFunctionAsync("t => document.querySelector('[data-testid=event-count]')?.textContent.includes(t)", $"{expected} event");
        Assert.Equal(1, await page.Locator("[data-testid=article-filter]").CountAsync());
        Assert.Empty(errors);
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task ExportButton_DownloadsTheViewAsAcledCsv()
    {
        var (page, errors) = await fixture.OpenAsync("/?date=2017-01-30&window=month");
        await ReadyAsync(fixture, errors, page);
        await page.WaitForFunctionAsync("() => /\\d+ event/.test(document.querySelector('[data-testid=event-count]')?.textContent ?? '')");

        await page.Locator("[data-testid=export-menu] button").First.ClickAsync();
        var download = await page.RunAndWaitForDownloadAsync(() => page.Locator("[data-testid=export-csv]").ClickAsync());
        var text = await File.ReadAllTextAsync((await download.PathAsync())!);

        Assert.EndsWith(".csv", download.SuggestedFilename);
        var lines = text.Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.StartsWith("event_id_cnty,event_date", lines[0]);
        var expected = await Queries.CountAsync(new EventQuery { From = new DateOnly(2016, 12, 31), To = new DateOnly(2017, 1, 30) });
        Assert.Equal(expected, lines.Length - 1);
        Assert.Contains(lines, l => l.Contains("Toman"));

        // The control areas at the slider's date, as GeoJSON (the menu may still be open after the first download).
        if (!await page.Locator("[data-testid=export-control]").IsVisibleAsync())
        {
            await page.Locator("[data-testid=export-menu] button").First.ClickAsync();
        }
        var control = await page.RunAndWaitForDownloadAsync(() => page.Locator("[data-testid=export-control]").ClickAsync());
        Assert.Equal("control-2017-01-30.geojson", control.SuggestedFilename);
        using var areas = System.Text.Json.JsonDocument.Parse(await File.ReadAllTextAsync((await control.PathAsync())!));
        Assert.NotEmpty(areas.RootElement.GetProperty("features").EnumerateArray());
        Assert.Empty(errors);
        await page.Context.CloseAsync();
    }
}
