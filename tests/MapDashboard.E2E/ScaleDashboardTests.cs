using MapDashboard.Data;
using MapDashboard.Data.Store;
using MapDashboard.Web.Components.Dashboard;
using Microsoft.Playwright;

namespace MapDashboard.E2E;

/// <summary>The dashboard over a synthetic store far larger than the browser should draw: the server clusters.</summary>
[Collection(ScaleDashboardCollection.Name)]
public class ScaleDashboardTests(ScaleDashboardFixture fixture)
{
    private EventQueries Queries => new(new SqliteConnectionFactory(fixture.EventDatabase, readOnly: true));

    private const string DrawnCount = """
        () => [...document.querySelectorAll('.md-server-cluster-events span, .marker-cluster span')].reduce((n, s) => n + parseInt(s.textContent.replace(/,/g, '')), 0)
              + document.querySelectorAll('.md-marker-events').length
        """;

    [Fact]
    public async Task ABusyWindow_IsSentAsServerClusters_ThatAddUpToTheStoresCount()
    {
        var (page, errors) = await fixture.OpenAsync("/?date=2016-12-31&window=year");
        await page.WaitForSelectorAsync(".md-server-cluster-events", new PageWaitForSelectorOptions { Timeout = 30_000 });
        var expected = await Queries.CountAsync(new EventQuery { From = new DateOnly(2016, 1, 1), To = new DateOnly(2016, 12, 31) });

        Assert.True(expected > 2000, $"{expected} events in 2016: not enough to need server clustering");
        // The count is written once the whole first step (events, control layer, changes) is done: slow on a loaded machine.
        await page.WaitForFunctionAsync("t => document.querySelector('[data-testid=event-count]').textContent.includes(t)", $"{expected:N0} events in the window",
            new PageWaitForFunctionOptions { Timeout = 90_000 });
        // The whole of Syria is in view, so the clusters hold every event of the window; the browser holds far fewer features.
        Assert.Equal(expected, await page.EvaluateAsync<long>(DrawnCount));
        var features = await page.EvaluateAsync<int>("() => document.querySelectorAll('.md-server-cluster-events, .md-marker-events').length");
        Assert.InRange(features, 1, 1000);
        Assert.Equal(EventLayer.ListLimit, await page.Locator(".md-event-row").CountAsync());

        // Zooming in re-clusters on the server for the new view: smaller cells, only what is in view.
        var before = await page.Locator(".md-server-cluster-events").CountAsync();
        await page.Locator(".md-server-cluster-events").First.DispatchEventAsync("click");
        await page.WaitForFunctionAsync("() => /zoom=\\d+/.test(location.search)");
        // After zooming in, only the view's events are drawn (waited for: the view's clusters come from the server).
        await page.WaitForFunctionAsync("n => (" + DrawnCount + ")() < n", expected, new PageWaitForFunctionOptions { Timeout = 20_000 });
        Assert.Empty(errors);
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task SliderSteps_OnALargeStore_UpdateTheMap()
    {
        var (page, errors) = await fixture.OpenAsync("/?date=2014-06-30&window=month");
        await page.WaitForSelectorAsync(".md-marker-events, .marker-cluster", new PageWaitForSelectorOptions { Timeout = 30_000, State = WaitForSelectorState.Attached });
        var span = (await Queries.GetDateSpanAsync())!.Value;
        var slider = page.Locator("[data-testid=time-slider] input[type=range]");
        foreach (var date in new[] { new DateOnly(2014, 7, 31), new DateOnly(2015, 3, 31), new DateOnly(2019, 9, 30) })
        {
            await slider.EvaluateAsync("(el, v) => { el.value = v; el.dispatchEvent(new Event('input', { bubbles: true })); el.dispatchEvent(new Event('change', { bubbles: true })); }",
                (date.DayNumber - span.First.DayNumber).ToString());
            await page.WaitForFunctionAsync("t => document.querySelector('[data-testid=window-text]').textContent.includes(t)", date.ToString("d MMM yyyy", System.Globalization.CultureInfo.InvariantCulture));
            var expected = await Queries.CountAsync(new EventQuery { From = date.AddMonths(-1).AddDays(1), To = date });
            var shown = "";
            for (var i = 0; i < 50 && !shown.Contains($"{expected:N0} event", StringComparison.Ordinal); i++)
            {
                await page.WaitForTimeoutAsync(200);
                shown = await page.Locator("[data-testid=event-count]").InnerTextAsync();
            }
            Assert.Contains($"{expected:N0} event", shown);
            await page.WaitForFunctionAsync("n => (" + DrawnCount + ")() === n", expected, new PageWaitForFunctionOptions { Timeout = 20_000 });
            Assert.Equal(expected, await page.EvaluateAsync<long>(DrawnCount));
        }
        Assert.Empty(errors);
        await page.Context.CloseAsync();
    }

    /// <summary>Issue 17.6: at the greatest zoom a server cluster could not open; there the view's own events are sent, and fan out.</summary>
    [Fact]
    public async Task Issue17_AtTheGreatestZoom_TheViewsOwnEventsAreDrawn_NeverAServerCluster()
    {
        var year = new EventQuery { From = new DateOnly(2016, 1, 1), To = new DateOnly(2016, 12, 31), Limit = 100_000 };
        var busiest = (await Queries.FindAsync(year)).Where(e => e.Lat is not null && e.Lon is not null)
            .GroupBy(e => (Lat: e.Lat!.Value, Lon: e.Lon!.Value)).OrderByDescending(g => g.Count()).First();
        var expected = await Queries.CountAsync(year);
        var (page, errors) = await fixture.OpenAsync(string.Create(System.Globalization.CultureInfo.InvariantCulture,
            $"/?date=2016-12-31&window=year&lat={busiest.Key.Lat}&lon={busiest.Key.Lon}&zoom={EventLayer.MaxZoom}"));
        await page.WaitForFunctionAsync("t => document.querySelector('[data-testid=event-count]')?.textContent.includes(t)", $"{expected:N0} events in the window",
            new PageWaitForFunctionOptions { Timeout = 30_000 });

        Assert.True(busiest.Count() > 1, "the busiest place of 2016 has a single event");
        // The first paint may still be of the page's initial view (server clusters at a lower zoom) when the count is
        // written; what must hold is the state the map settles in at the greatest zoom: the events, no server cluster.
        await page.WaitForFunctionAsync($"() => ({DrawnCount})() >= {busiest.Count()} && document.querySelectorAll('.md-server-cluster-events').length === 0",
            null, new PageWaitForFunctionOptions { Timeout = 30_000 });
        Assert.Equal(0, await page.Locator(".md-server-cluster-events").CountAsync());
        Assert.Empty(errors);
        await page.Context.CloseAsync();
    }
}
