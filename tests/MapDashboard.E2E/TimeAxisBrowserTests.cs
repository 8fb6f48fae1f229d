using Microsoft.Playwright;

namespace MapDashboard.E2E;

/// <summary>Issue 17.3 in a real browser: the labelled axis, the date as the slider's accessible value, the histogram in line with both thumbs.</summary>
[Collection(DashboardCollection.Name)]
public class TimeAxisBrowserTests(DashboardFixture fixture)
{
    [Fact]
    public async Task Issue17_RangeMode_HistogramAxisAndBothSliders_ShareOneTrack_AndTheSliderSpeaksItsDate()
    {
        var (page, errors) = await fixture.OpenAsync("/?date=2017-01-30&window=range&from=2016-12-01");
        var date = page.Locator("[data-testid=time-slider] input[type=range]");
        var start = page.Locator("[data-testid=range-start-slider] input[type=range]");
        await date.WaitForAsync();
        await start.WaitForAsync();
        // The histogram and the axis are drawn once the window's counts have arrived: wait for them to be on screen.
        await page.Locator("[data-testid=histogram]").WaitForAsync(new LocatorWaitForOptions { Timeout = 20_000 });
        await page.Locator("[data-testid=time-axis] .md-tick-year").First.WaitForAsync(new LocatorWaitForOptions { Timeout = 20_000 });

        var histogram = (await page.Locator("[data-testid=histogram]").BoundingBoxAsync())!;
        var axis = (await page.Locator("[data-testid=time-axis]").BoundingBoxAsync())!;
        var to = (await date.BoundingBoxAsync())!;
        var from = (await start.BoundingBoxAsync())!;

        Assert.InRange(Math.Abs(histogram.X - to.X), 0, 2);
        Assert.InRange(Math.Abs(histogram.X + histogram.Width - (to.X + to.Width)), 0, 2);
        Assert.InRange(Math.Abs(from.X - to.X), 0, 2);
        Assert.InRange(Math.Abs(axis.X - to.X), 0, 2);
        // The sliders speak their dates once the page has its date span (set after the first render): wait for it.
        await page.WaitForFunctionAsync("() => document.querySelector('[data-testid=time-slider] input[type=range]').getAttribute('aria-valuetext') === '30 January 2017' && document.querySelector('[data-testid=range-start-slider] input[type=range]').getAttribute('aria-valuetext') === '1 December 2016'",
            null, new PageWaitForFunctionOptions { Timeout = 20_000 });
        Assert.Equal("30 January 2017", await date.GetAttributeAsync("aria-valuetext"));
        Assert.Equal("1 December 2016", await start.GetAttributeAsync("aria-valuetext"));
        var years = await page.Locator("[data-testid=time-axis] .md-tick-year").AllInnerTextsAsync();
        Assert.Contains("2017", years.Select(y => y.Trim()));
        Assert.Empty(errors);
        await page.Context.CloseAsync();
    }
}
