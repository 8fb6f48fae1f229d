using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace MapDashboard.E2E;

/// <summary>
/// Issue 17.12: the trends panel over the hand-written <see cref="DashboardCorpus"/> counts the same events as the
/// window (with the filters applied) and lists governorates. Every step waits for the state it reads.
/// </summary>
[Collection(DashboardCollection.Name)]
public partial class TrendsPanelTests(DashboardFixture fixture)
{
    private const int Timeout = 30_000;

    [GeneratedRegex(@"^([1-9][\d,]*) events? in the window$")]
    private static partial Regex WindowCount();

    private static async Task<string> OpenTrendsAsync(IPage page)
    {
        await page.WaitForSelectorAsync("path.md-admin1", new PageWaitForSelectorOptions { Timeout = Timeout });
        // The window's events are listed before its count is read (the count starts at 0 while the page loads).
        await Assertions.Expect(page.Locator(".md-event-row").First).ToBeVisibleAsync(new() { Timeout = Timeout });
        var count = page.Locator("[data-testid=event-count]");
        await Assertions.Expect(count).ToHaveTextAsync(WindowCount(), new() { Timeout = Timeout });
        var expected = WindowCount().Match(await count.InnerTextAsync()).Groups[1].Value.Replace(",", "", StringComparison.Ordinal);
        await page.Locator("[data-testid=trends-toggle]").ClickAsync();
        var panel = page.Locator("[data-testid=trends-panel]");
        await Assertions.Expect(panel).ToHaveAttributeAsync("data-loaded", "true", new() { Timeout = Timeout });
        return expected;
    }

    [Fact]
    public async Task Issue17_12_TheTrendsBars_AddUpToTheWindowsCount_AndTheGovernoratesAreListed()
    {
        var (page, errors) = await fixture.OpenAsync("/?date=2017-01-30&window=month");
        var expected = await OpenTrendsAsync(page);
        var panel = page.Locator("[data-testid=trends-panel]");

        await Assertions.Expect(panel).ToHaveAttributeAsync("data-total", expected, new() { Timeout = Timeout });
        await Assertions.Expect(panel.Locator("[data-testid=trends-chart] svg").First).ToBeVisibleAsync(new() { Timeout = Timeout });
        await Assertions.Expect(panel.Locator("[data-testid=trends-chart]")).ToContainTextAsync("Battles", new() { Timeout = Timeout });
        var rows = panel.Locator("[data-testid=trends-region-row]");
        await Assertions.Expect(rows.First).ToBeVisibleAsync(new() { Timeout = Timeout });
        Assert.True(await rows.CountAsync() > 0);
        Assert.Empty(errors);
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task Issue17_12_TheTrendsPanel_AppliesTheTypeFilter()
    {
        var (page, errors) = await fixture.OpenAsync("/?date=2017-01-30&window=month&types=Explosions%2FRemote%20violence");
        var expected = await OpenTrendsAsync(page);
        var panel = page.Locator("[data-testid=trends-panel]");

        Assert.Equal("2", expected);
        await Assertions.Expect(panel).ToHaveAttributeAsync("data-total", "2", new() { Timeout = Timeout });
        await Assertions.Expect(panel.Locator("[data-testid=trends-chart]")).Not.ToContainTextAsync("Battles", new() { Timeout = Timeout });
        Assert.Empty(errors);
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task Issue17_12_ClickingABar_MovesTheSliderToItsMonth()
    {
        // A year's window is drawn in months: December 2016 (Azaz, al-Bab) and January 2017 (four events).
        var (page, errors) = await fixture.OpenAsync("/?date=2017-01-30&window=year");
        await OpenTrendsAsync(page);
        var panel = page.Locator("[data-testid=trends-panel]");
        var firstBar = panel.Locator("path.mud-chart-bar").First;
        await Assertions.Expect(firstBar).ToBeAttachedAsync(new() { Timeout = Timeout });

        // A bar is a thick stroke along a zero-width path, which Playwright counts as hidden: the pointer still moves
        // over the bar's middle and clicks there, as a person does.
        await firstBar.ClickAsync(new LocatorClickOptions { Timeout = Timeout, Force = true });

        await Assertions.Expect(page).ToHaveURLAsync(new Regex("date=2016-12-31"), new() { Timeout = Timeout });
        Assert.Contains("window=calendarmonth", page.Url, StringComparison.Ordinal);
        await Assertions.Expect(page.Locator("[data-testid=time-slider] input[type=range]")).ToHaveAttributeAsync("aria-valuetext", "31 December 2016", new() { Timeout = Timeout });
        await Assertions.Expect(panel).ToHaveAttributeAsync("data-total", "2", new() { Timeout = Timeout });
        Assert.Empty(errors);
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task Issue17_12_TheFatalitiesLine_IsDrawnOverTheBars_AndEachGovernorateListsItsDistricts()
    {
        var (page, errors) = await fixture.OpenAsync("/?date=2017-01-30&window=year");
        await OpenTrendsAsync(page);
        var panel = page.Locator("[data-testid=trends-panel]");

        // The line is part of the bars' chart (one svg), not a second drawing.
        await Assertions.Expect(panel.Locator("[data-testid=trends-chart] svg path.mud-chart-line")).ToHaveCountAsync(1, new() { Timeout = Timeout });
        await Assertions.Expect(panel.Locator("[data-testid=trends-chart] svg path.mud-chart-bar").First).ToBeAttachedAsync(new() { Timeout = Timeout });
        await Assertions.Expect(panel.Locator("[data-testid=trends-fatalities-legend]")).ToContainTextAsync("Fatalities", new() { Timeout = Timeout });
        // Aleppo (Tadef, Qabasin) and Deir ez-Zor (Mayadin, Deir ez-Zor) of January, and the events stored without a
        // governorate: the corpus's places are not in the gazetteer, so each governorate's one district row is "(no district)".
        var governorates = panel.Locator("[data-testid=trends-region-row]");
        await Assertions.Expect(governorates).ToHaveCountAsync(3, new() { Timeout = Timeout });
        var districts = panel.Locator("[data-testid=trends-district-row]");
        await Assertions.Expect(districts).ToHaveCountAsync(3, new() { Timeout = Timeout });
        await Assertions.Expect(districts.First).ToContainTextAsync("(no district)", new() { Timeout = Timeout });
        Assert.Empty(errors);
        await page.Context.CloseAsync();
    }
}
