using Microsoft.Playwright;

namespace MapDashboard.E2E;

/// <summary>The dashboard over the hand-written <see cref="DashboardCorpus"/>: every count is reasoned from its rows.</summary>
[Collection(DashboardCollection.Name)]
public class DashboardTests(DashboardFixture fixture)
{
    /// <summary>The corpus's first dated event (the slider's first day).</summary>
    private static readonly DateOnly First = new(2015, 9, 13);

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

    /// <summary>Events on the map: single markers plus the counts on client-side clusters.</summary>
    private const string MarkerCountScript = "() => document.querySelectorAll('.md-marker-events').length + [...document.querySelectorAll('.marker-cluster span')].reduce((n, s) => n + parseInt(s.textContent || '0'), 0)";

    private static Task<int> MarkerCountAsync(IPage page) => page.EvaluateAsync<int>(MarkerCountScript);

    [Fact]
    public async Task Markers_MatchTheStoreForTheWindow_AndDifferByDate()
    {
        var (page, errors) = await fixture.OpenAsync();
        await ReadyAsync(fixture, errors, page);
        await SelectWindowAsync(page, "all up to the date");

        await SetDateAsync(page, First, new DateOnly(2017, 1, 30));
        var january2017 = await MarkerCountAsync(page);
        Assert.True(await page.Locator("path.md-layer-control").CountAsync() >= 1, "no control area drawn at 30 Jan 2017");
        // The opening view shows Syria: the agreement signed in Astana (16 Feb 2017) is not rendered there.
        await SetDateAsync(page, First, new DateOnly(2018, 1, 11));
        var january2018 = await MarkerCountAsync(page);

        Assert.Equal(DashboardCorpus.InViewBy30January2017, january2017);
        Assert.Equal(DashboardCorpus.InViewBy11January2018, january2018);
        Assert.Contains(await page.Locator(".md-event-row").AllInnerTextsAsync(), t => t.Contains("Kinsabba"));
        Assert.Empty(errors);
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task ClickingAnEvent_OpensItsSourceSentenceWithThePlaceHighlighted()
    {
        var (page, errors) = await fixture.OpenAsync();
        await ReadyAsync(fixture, errors, page);
        await SetDateAsync(page, First, new DateOnly(2017, 1, 30));

        await page.Locator(".md-event-row", new PageLocatorOptions { HasText = DashboardCorpus.TakenPlace }).First.ClickAsync();
        var popup = page.Locator(".leaflet-popup-content");
        await popup.WaitForAsync(new LocatorWaitForOptions { Timeout = 5_000 });

        var changed = await page.Locator("[data-testid=changed-hands]").AllInnerTextsAsync();
        Assert.Contains(changed, t => t.Contains($"{DashboardCorpus.TakenPlace} — taken by Syrian Arab Army"));
        var text = await popup.InnerTextAsync();
        Assert.Contains(DashboardCorpus.TakenSentence, text);
        Assert.Equal(DashboardCorpus.TakenPlace, await popup.Locator("mark.md-hl-place").InnerTextAsync());
        Assert.Contains("Government regains territory", text);
        Assert.Contains("Fixture Wire", text);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(RepoPaths.Artifacts("screenshots"), "dashboard-popup.png") });
        Assert.Empty(errors);
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task ScriptPayloadsInArticles_AreShownAsTextAndNeverRun()
    {
        var (page, errors) = await fixture.OpenAsync();
        await ReadyAsync(fixture, errors, page);
        await SetDateAsync(page, First, new DateOnly(2017, 3, 3));
        await SelectWindowAsync(page, "day");

        await page.Locator(".md-event-row", new PageLocatorOptions { HasText = DashboardCorpus.ClashPlace }).First.ClickAsync();
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
        await page.WaitForFunctionAsync("() => document.querySelector('[data-testid=window-text]').textContent.trim() === '24 Jan 2017 – 30 Jan 2017' && document.querySelectorAll('.md-event-row').length === 2",
            null, new PageWaitForFunctionOptions { Timeout = 15_000 });

        Assert.Equal("24 Jan 2017 – 30 Jan 2017", (await page.Locator("[data-testid=window-text]").InnerTextAsync()).Trim());
        // That week: the air strike on Mayadin and the shelling of Deir ez-Zor (24 Jan); the clashes of 28 and 29 Jan are filtered out.
        var rows = await page.Locator(".md-event-row").AllInnerTextsAsync();
        Assert.Equal(2, rows.Count);
        Assert.Contains(rows, r => r.Contains("Air/drone strike") && r.Contains("Mayadin"));
        Assert.Contains(rows, r => r.Contains("Shelling/artillery/missile attack") && r.Contains("Deir ez-Zor"));

        await SelectWindowAsync(page, "month");
        await page.WaitForFunctionAsync("() => location.search.includes('window=month')");
        Assert.Contains("date=2017-01-30", page.Url);
        Assert.Empty(errors);
        await page.Context.CloseAsync();
    }

    /// <summary>
    /// Opens the taken place's popup from its list row and follows the popup's article link. On a loaded machine the map
    /// can redraw the window's markers while the click lands (the popup is rebuilt and the click is lost), so a click that
    /// led nowhere is tried once more from the row; a page that did navigate is given time to render.
    /// </summary>
    private static async Task OpenArticleFromPopupAsync(IPage page)
    {
        for (var attempt = 0; ; attempt++)
        {
            await page.Locator(".md-event-row", new PageLocatorOptions { HasText = DashboardCorpus.TakenPlace }).First.ClickAsync();
            var link = page.Locator(".leaflet-popup-content a.md-popup-link").First;
            await link.WaitForAsync(new LocatorWaitForOptions { State = WaitForSelectorState.Visible, Timeout = 60_000 });
            await link.ClickAsync();
            try
            {
                await page.WaitForSelectorAsync("[data-testid=article-text]", new PageWaitForSelectorOptions { Timeout = 30_000 });
                return;
            }
            catch (TimeoutException) when (attempt == 0)
            {
                if (page.Url.Contains("/article", StringComparison.Ordinal))
                {
                    await page.WaitForSelectorAsync("[data-testid=article-text]", new PageWaitForSelectorOptions { Timeout = 90_000 });
                    return;
                }
            }
        }
    }

    [Fact]
    public async Task TheUnlocatedMentionCount_FollowsTheSlidersWindow()
    {
        // The count is kept per state of the store and summed per window: it must still come and go with the window.
        var (page, errors) = await fixture.OpenAsync();
        await ReadyAsync(fixture, errors, page);
        var count = page.Locator("[data-testid=unresolved-count]");

        await SetDateAsync(page, First, new DateOnly(2017, 1, 30));
        await Assertions.Expect(count).ToContainTextAsync("1 place mention(s)", new() { Timeout = 15_000 });
        await SetDateAsync(page, First, new DateOnly(2017, 3, 31));
        await Assertions.Expect(count).ToHaveCountAsync(0, new() { Timeout = 15_000 });
        await SetDateAsync(page, First, new DateOnly(2017, 2, 5));
        await Assertions.Expect(count).ToContainTextAsync("1 place mention(s)", new() { Timeout = 15_000 });
        Assert.Empty(errors);
    }

    [Fact]
    public async Task ArticleView_HighlightsPlacesAndLinksBackToTheMap()
    {
        var (page, errors) = await fixture.OpenAsync();
        await ReadyAsync(fixture, errors, page);
        await SetDateAsync(page, First, new DateOnly(2017, 1, 30));
        await OpenArticleFromPopupAsync(page);

        Assert.Contains(DashboardCorpus.AdvanceTitle, await page.Locator("[data-testid=article-title]").InnerTextAsync());
        var resolved = await page.Locator("[data-testid=article-text] mark.md-place").AllInnerTextsAsync();
        var unresolved = await page.Locator("[data-testid=article-text] mark.md-place-unresolved").AllInnerTextsAsync();
        Assert.Equal([DashboardCorpus.ClashPlace, DashboardCorpus.TakenPlace], resolved);
        Assert.Equal([DashboardCorpus.Unlocated], unresolved);

        var underlined = string.Concat(await page.Locator("[data-testid=article-text] .md-event-sentence").AllInnerTextsAsync());
        // Both event sentences are underlined (their place names carry an edit mark, so only the words before them are compared).
        Assert.Contains("The Syrian army took control of", underlined);
        Assert.Contains("Heavy clashes were reported around", underlined);
        await page.Locator("[data-testid=article-text] mark.md-place a", new PageLocatorOptions { HasText = DashboardCorpus.ClashPlace }).First.ClickAsync();
        await page.WaitForSelectorAsync("[data-testid=window-text]");
        Assert.Contains("lat=" + DashboardCorpus.ClashLat.ToString(System.Globalization.CultureInfo.InvariantCulture), page.Url);
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

        var titles = await page.Locator("[data-testid=histogram] .md-bar").EvaluateAllAsync<string[]>("bars => bars.map(b => b.title)");

        Assert.Equal(DashboardCorpus.Months, titles.Length);
        Assert.Contains($"2017-01: {DashboardCorpus.January2017} event(s)", titles);
        Assert.Contains("2015-09: 1 event(s)", titles);
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task UndatedEvents_AreListedOffTheTimeAxis()
    {
        var (page, errors) = await fixture.OpenAsync();
        await ReadyAsync(fixture, errors, page);

        await page.Locator("[data-testid=undated]").ClickAsync();
        var panel = page.Locator("[data-testid=undated-panel]");
        await panel.WaitForAsync();

        Assert.Equal(DashboardCorpus.Undated, await panel.Locator(".md-change-row").CountAsync());
        Assert.Contains("Tall Rifat", await panel.InnerTextAsync());
        Assert.Empty(errors);
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task Play_AdvancesTheDate()
    {
        var (page, errors) = await fixture.OpenAsync();
        await ReadyAsync(fixture, errors, page);
        await SetDateAsync(page, First, First);
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
        var (page, errors) = await fixture.OpenAsync("/?date=2018-01-11&window=alltodate");
        await ReadyAsync(fixture, errors, page);
        // Every event of the window is on the map (as a marker or inside a cluster) before anything is clicked: a
        // click on a marker of the opening window could land while the window's markers are being replaced.
        await page.WaitForFunctionAsync(MarkerCountScript + " === " + DashboardCorpus.InViewBy11January2018, null, new PageWaitForFunctionOptions { Timeout = 20_000 });
        // Open clusters (zooming in, or spreading out points at one place) until single markers show, waiting each
        // time for the map to settle.
        for (var i = 0; i < 6 && await page.Locator(".md-marker-events[data-marker-id]").CountAsync() == 0; i++)
        {
            await page.Locator(".marker-cluster").First.DispatchEventAsync("click");
            await page.WaitForFunctionAsync("() => document.querySelector('.md-marker-events[data-marker-id]') !== null", null, new PageWaitForFunctionOptions { Timeout = 10_000 });
        }
        var id = await StableMarkerIdAsync(page);

        // The click goes to the marker as it is now drawn (a re-drawn layer replaces its elements).
        await page.Locator($".md-marker-events[data-marker-id='{id}']").DispatchEventAsync("click");
        await page.WaitForSelectorAsync($".md-event-row.md-row-selected[data-event-id='{id}']", new PageWaitForSelectorOptions { Timeout = 15_000 });
        await page.Locator(".leaflet-popup-content").WaitForAsync(new LocatorWaitForOptions { Timeout = 15_000 });
        await page.Keyboard.PressAsync("Escape");

        await page.Locator($".md-event-row[data-event-id='{id}']").HoverAsync();
        await page.WaitForSelectorAsync($".md-marker-events.md-highlight[data-marker-id='{id}']", new PageWaitForSelectorOptions { Timeout = 15_000 });
        Assert.Empty(errors);
        await page.Context.CloseAsync();
    }

    /// <summary>
    /// The id of a single marker once the map has stopped redrawing: the same markers on two looks 300 ms apart, and
    /// that marker's row in the list.
    /// </summary>
    private static async Task<string> StableMarkerIdAsync(IPage page)
    {
        const string ids = "() => [...document.querySelectorAll('.md-marker-events[data-marker-id]')].map(m => m.getAttribute('data-marker-id')).join(',')";
        var previous = "";
        for (var look = 0; look < 50; look++)
        {
            var now = await page.EvaluateAsync<string>(ids);
            if (now.Length > 0 && now == previous)
            {
                foreach (var id in now.Split(','))
                {
                    if (await page.Locator($".md-event-row[data-event-id='{id}']").CountAsync() > 0)
                    {
                        return id;
                    }
                }
            }
            previous = now;
            await page.WaitForTimeoutAsync(300);
        }
        throw new Xunit.Sdk.XunitException("the map's single markers kept changing, or none has a row in the list: " + previous);
    }

    [Fact]
    public async Task RangeMode_ShowsTheEventsBetweenTwoDates()
    {
        var (page, errors) = await fixture.OpenAsync("/?date=2017-01-30&window=month");
        await ReadyAsync(fixture, errors, page);
        await SelectWindowAsync(page, "range (from – to)");
        var from = page.Locator("[data-testid=range-start-slider] input[type=range]");
        await from.EvaluateAsync("(el, v) => { el.value = v; el.dispatchEvent(new Event('input', { bubbles: true })); el.dispatchEvent(new Event('change', { bubbles: true })); }",
            (new DateOnly(2016, 12, 1).DayNumber - First.DayNumber).ToString());
        await page.WaitForFunctionAsync("() => document.querySelector('[data-testid=window-text]').textContent.includes('1 Dec 2016 – 30 Jan 2017')");
        await page.WaitForFunctionAsync("t => document.querySelector('[data-testid=event-count]').textContent.includes(t)", $"{DashboardCorpus.December2016ToJanuary2017} event",
            new PageWaitForFunctionOptions { Timeout = 15_000 });
        await page.WaitForFunctionAsync(MarkerCountScript + " === " + DashboardCorpus.December2016ToJanuary2017, null, new PageWaitForFunctionOptions { Timeout = 15_000 });

        Assert.Contains($"{DashboardCorpus.December2016ToJanuary2017} event", await page.Locator("[data-testid=event-count]").InnerTextAsync());
        Assert.Equal(DashboardCorpus.December2016ToJanuary2017, await MarkerCountAsync(page));
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
        await page.WaitForFunctionAsync("t => document.querySelector('[data-testid=event-count]').textContent.includes(t)", $"{DashboardCorpus.TurkishArmedForces} event",
            new PageWaitForFunctionOptions { Timeout = 15_000 });

        Assert.Equal("turkish-armed-forces", System.Web.HttpUtility.ParseQueryString(new Uri(page.Url).Query)["actor"]);
        Assert.Contains($"{DashboardCorpus.TurkishArmedForces} event", await page.Locator("[data-testid=event-count]").InnerTextAsync());
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
        // The articles are stored in the corpus's order: the advance article, with its two events, is the fourth.
        var articleId = DashboardCorpus.Store.Articles.ToList().FindIndex(a => a.Title == DashboardCorpus.AdvanceTitle) + 1;
        await page.GotoAsync(fixture.Server.BaseUrl + $"/?article={articleId}&window=alltodate");
        await ReadyAsync(fixture, errors, page);
        await page.WaitForFunctionAsync("t => document.querySelector('[data-testid=event-count]')?.textContent.includes(t)", "2 events");
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
        // 31 Dec 2016 to 30 Jan 2017: Mayadin, Deir ez-Zor, Tadef and Qabasin.
        Assert.Equal(DashboardCorpus.January2017, lines.Length - 1);
        Assert.Contains(lines, l => l.Contains(DashboardCorpus.TakenPlace));

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
