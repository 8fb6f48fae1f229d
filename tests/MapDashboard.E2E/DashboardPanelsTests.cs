using Microsoft.Playwright;

namespace MapDashboard.E2E;

/// <summary>
/// Issue 17's panels over the hand-written <see cref="DashboardCorpus"/>: dates written alike everywhere (17.9), the
/// filters applied to the places that changed hands (17.10), the article view landing on the cited sentence (17.8).
/// Every step waits for the state it reads.
/// </summary>
[Collection(DashboardCollection.Name)]
public class DashboardPanelsTests(DashboardFixture fixture)
{
    private const int Timeout = 30_000;

    private static async Task ReadyAsync(IPage page)
    {
        await page.WaitForSelectorAsync("path.md-admin1", new PageWaitForSelectorOptions { Timeout = Timeout });
        await page.WaitForSelectorAsync("[data-testid=window-text]", new PageWaitForSelectorOptions { Timeout = Timeout });
    }

    [Fact]
    public async Task Issue17_9_ASpanEvent_ShowsTheSameSpanInTheListAndThePopup_AndAChangeTheSameDayEverywhere()
    {
        var (page, errors) = await fixture.OpenAsync("/?date=2017-01-30&window=month");
        await ReadyAsync(page);

        var clash = page.Locator(".md-event-row", new PageLocatorOptions { HasText = DashboardCorpus.ClashPlace });
        await Assertions.Expect(clash.Locator(".md-event-date")).ToHaveTextAsync(DashboardCorpus.ClashSpan, new() { Timeout = Timeout });
        await clash.ClickAsync();
        var popup = page.Locator(".leaflet-popup-content", new PageLocatorOptions { HasText = "Heavy clashes" });
        await Assertions.Expect(popup).ToContainTextAsync(DashboardCorpus.ClashSpan, new() { Timeout = Timeout });

        var taken = page.Locator(".md-event-row", new PageLocatorOptions { HasText = DashboardCorpus.TakenPlace });
        await Assertions.Expect(taken.Locator(".md-event-date")).ToHaveTextAsync("29 Jan 2017", new() { Timeout = Timeout });
        await Assertions.Expect(page.Locator("[data-testid=changed-hands]")).ToContainTextAsync("on 29 Jan 2017", new() { Timeout = Timeout });
        await taken.ClickAsync();
        var takenPopup = page.Locator(".leaflet-popup-content", new PageLocatorOptions { HasText = DashboardCorpus.TakenSentence });
        await Assertions.Expect(takenPopup).ToContainTextAsync("29 Jan 2017", new() { Timeout = Timeout });
        Assert.Empty(errors);
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task Issue17_10_TheTypeFilter_HidesChangesOfHandsWhoseEventItFiltersOut_FromTheListAndTheMap()
    {
        var (page, errors) = await fixture.OpenAsync("/?date=2017-01-30&window=month");
        await ReadyAsync(page);
        // Unfiltered, Qabasin (taken 29 Jan 2017) is listed and ringed.
        await Assertions.Expect(page.Locator("[data-testid=changed-hands]")).ToHaveCountAsync(1, new() { Timeout = Timeout });
        await Assertions.Expect(page.Locator(".md-change-ring")).ToHaveCountAsync(1, new() { Timeout = Timeout });
        // The ring is a circle of the one SVG drawn beneath the markers (change-rings.js), not a marker icon of its own.
        Assert.Equal(1, await page.Locator(".leaflet-md-beneath-markers-pane > svg path.md-change-ring").CountAsync());
        Assert.Equal(1, await page.Locator(".leaflet-md-beneath-markers-pane > svg").CountAsync());
        Assert.Equal(0, await page.Locator(".leaflet-md-beneath-markers-pane .leaflet-marker-icon").CountAsync());
        await page.Context.CloseAsync();

        // Only remote violence: the air strike and the shelling stay, the capture of Qabasin (a battle) goes, with its ring.
        (page, errors) = await fixture.OpenAsync("/?date=2017-01-30&window=month&types=Explosions%2FRemote%20violence");
        await ReadyAsync(page);
        await Assertions.Expect(page.Locator(".md-event-row")).ToHaveCountAsync(2, new() { Timeout = Timeout });
        await Assertions.Expect(page.Locator("[data-testid=changed-hands]")).ToHaveCountAsync(0, new() { Timeout = Timeout });
        await Assertions.Expect(page.Locator(".md-change-ring")).ToHaveCountAsync(0, new() { Timeout = Timeout });
        Assert.Empty(errors);
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task Issue17_10_TheSideFilter_KeepsTheChangeWhoseEventHasAnActorOfThatSide()
    {
        // The Free Syrian Army fought in the capture of Qabasin: its change stays; the Russian Aerospace Forces only struck Mayadin.
        var (page, errors) = await fixture.OpenAsync("/?date=2017-01-30&window=month&actor=fsa");
        await ReadyAsync(page);
        await Assertions.Expect(page.Locator("[data-testid=changed-hands]")).ToHaveCountAsync(1, new() { Timeout = Timeout });
        await page.Context.CloseAsync();

        (page, errors) = await fixture.OpenAsync("/?date=2017-01-30&window=month&actor=russian-aerospace-forces");
        await ReadyAsync(page);
        await Assertions.Expect(page.Locator(".md-event-row")).ToHaveCountAsync(1, new() { Timeout = Timeout });
        await Assertions.Expect(page.Locator("[data-testid=changed-hands]")).ToHaveCountAsync(0, new() { Timeout = Timeout });
        Assert.Empty(errors);
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task Issue17_8_OpenTheArticle_LandsOnTheCitedSentence_ReadsMarkdownAsText_AndNamesTheSentencesEvents()
    {
        var (map, _) = await fixture.OpenAsync("/?date=2017-01-30&window=month");
        await ReadyAsync(map);
        await map.Locator(".md-event-row", new PageLocatorOptions { HasText = DashboardCorpus.TakenPlace }).First.ClickAsync();
        var link = map.Locator(".leaflet-popup-content a", new PageLocatorOptions { HasText = "Open the article" }).First;
        await link.WaitForAsync(new LocatorWaitForOptions { Timeout = Timeout });
        var href = await link.GetAttributeAsync("href");
        Assert.Matches(@"^/article/\d+\?event=\d+$", href);
        await map.Context.CloseAsync();

        // The popup's link opened in a short window, where the article's sentences lie below the fold.
        var (page, errors) = await fixture.OpenAsync(href!, width: 1000, height: 380);

        // The sentence is cut into runs around its highlighted place; its first run opens it.
        var sentence = page.Locator(".md-event-sentence", new PageLocatorOptions { HasText = "The Syrian army took control of" }).First;
        await Assertions.Expect(sentence).ToHaveClassAsync(new System.Text.RegularExpressions.Regex("md-flash"), new() { Timeout = Timeout });
        await Assertions.Expect(sentence).ToBeInViewportAsync(new() { Timeout = Timeout });
        await Assertions.Expect(sentence).ToHaveAttributeAsync("title", "Government regains territory — Qabasin, 29 Jan 2017");
        var clash = page.Locator(".md-event-sentence", new PageLocatorOptions { HasText = "Heavy clashes" });
        await Assertions.Expect(clash).ToHaveAttributeAsync("title", $"Armed clash — {DashboardCorpus.ClashPlace}, {DashboardCorpus.ClashSpan}");

        var text = await page.Locator("[data-testid=article-text]").InnerTextAsync();
        Assert.Contains(DashboardCorpus.MarkdownLeadAsText, text);
        Assert.Contains("Northern front", text);
        Assert.DoesNotContain("](#", text);
        Assert.DoesNotContain("## ", text);
        Assert.DoesNotContain("**", text);
        Assert.Equal(1, await page.Locator("[data-testid=article-text] .md-heading", new PageLocatorOptions { HasText = "Northern front" }).CountAsync());
        Assert.Equal(0, await page.Locator("[data-testid=article-text] a[href='#desk']").CountAsync());
        Assert.Empty(errors);
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task Issue17_10_14_ADrawnArea_FiltersThePlacesThatChangedHands_AndTheTrends()
    {
        // Everything up to 30 Jan 2017: al-Bab (19 Dec 2016) and Qabasin (29 Jan 2017) changed hands.
        var (page, errors) = await fixture.OpenAsync("/?date=2017-01-30&window=alltodate");
        await ReadyAsync(page);
        await Assertions.Expect(page.Locator("[data-testid=changed-hands]")).ToHaveCountAsync(2, new() { Timeout = Timeout });
        await page.Context.CloseAsync();

        // An area around Qabasin alone (al-Bab and Tadef lie west of it): one event, one change, one event in the trends.
        (page, errors) = await fixture.OpenAsync("/?date=2017-01-30&window=alltodate&area=37.6,36.3;37.8,36.3;37.8,36.45;37.6,36.45");
        await ReadyAsync(page);
        await Assertions.Expect(page.Locator(".md-event-row")).ToHaveCountAsync(1, new() { Timeout = Timeout });
        await Assertions.Expect(page.Locator("[data-testid=changed-hands]")).ToHaveCountAsync(1, new() { Timeout = Timeout });
        await Assertions.Expect(page.Locator("[data-testid=changed-hands]")).ToContainTextAsync(DashboardCorpus.TakenPlace, new() { Timeout = Timeout });
        await page.Locator("[data-testid=trends-toggle]").ClickAsync();
        await Assertions.Expect(page.Locator("[data-testid=trends-panel]")).ToHaveAttributeAsync("data-total", "1", new() { Timeout = Timeout });
        Assert.Empty(errors);
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task Issue17_4_ACalendarMonth_StepsThroughJanuaryFebruaryMarch_WithoutDrift()
    {
        var (page, errors) = await fixture.OpenAsync("/?date=2017-01-15&window=calendarmonth");
        await ReadyAsync(page);
        var text = page.Locator("[data-testid=window-text]");
        await Assertions.Expect(text).ToHaveTextAsync("January 2017", new() { Timeout = Timeout });

        await page.Locator("[data-testid=time-slider] input[type=range]").FocusAsync();
        await page.Keyboard.PressAsync("ArrowRight");
        await Assertions.Expect(text).ToHaveTextAsync("February 2017", new() { Timeout = Timeout });
        await Assertions.Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("date=2017-02-28"), new() { Timeout = Timeout });
        await page.Keyboard.PressAsync("ArrowRight");
        await Assertions.Expect(text).ToHaveTextAsync("March 2017", new() { Timeout = Timeout });
        await Assertions.Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("date=2017-03-31"), new() { Timeout = Timeout });
        Assert.Empty(errors);
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task Issue18_TheChangedHandsRings_AreKeptBetweenSteps_OnlyTheNewOneIsDrawn()
    {
        // All to date: al-Bab's ring (taken 19 Dec 2016) stays in the window when the slider moves on from 1 Jan to 2 Apr
        // 2017, where Qabasin's (29 Jan 2017) joins it. The ring already drawn keeps its SVG path; only the new one is added.
        var (page, errors) = await fixture.OpenAsync("/?date=2017-01-01&window=alltodate");
        await ReadyAsync(page);
        var map = page.Locator("[data-testid=map]");
        await Assertions.Expect(map).ToHaveAttributeAsync("data-markers-changes", "1", new() { Timeout = Timeout });
        Assert.Equal(1, await page.Locator("path.md-change-ring").CountAsync());
        await page.EvaluateAsync("() => { window.__mdRingsBefore = [...document.querySelectorAll('path.md-change-ring')]; }");

        await page.Locator("[data-testid=time-slider] input[type=range]").FocusAsync();
        await page.Keyboard.PressAsync("ArrowRight");
        await Assertions.Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("date=2017-04-02"), new() { Timeout = Timeout });
        await Assertions.Expect(map).ToHaveAttributeAsync("data-markers-changes", "2", new() { Timeout = Timeout });
        await Assertions.Expect(page.Locator("path.md-change-ring")).ToHaveCountAsync(2, new() { Timeout = Timeout });
        Assert.True(await page.EvaluateAsync<bool>("() => window.__mdRingsBefore.every(p => p.isConnected)"));
        Assert.Empty(errors);
        await page.Context.CloseAsync();
    }
}
