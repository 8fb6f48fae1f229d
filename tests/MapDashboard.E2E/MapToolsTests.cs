using System.Globalization;
using Microsoft.Playwright;

namespace MapDashboard.E2E;

/// <summary>
/// Issue 17, the map side of the dashboard: stacked places fan out (6), popups stay clear of the app bar, list and legend
/// (7), the density view (13) and drawing an area to filter by (14). Over the hand-written <see cref="DashboardCorpus"/>.
/// </summary>
[Collection(DashboardCollection.Name)]
public class MapToolsTests(DashboardFixture fixture)
{
    private static readonly PageWaitForFunctionOptions Long = new() { Timeout = 20_000 };

    private static async Task ReadyAsync(IPage page)
    {
        await page.WaitForSelectorAsync("path.md-admin1", new PageWaitForSelectorOptions { Timeout = 30_000, State = WaitForSelectorState.Attached });
        // The window's events are listed (the count reads 0 until the first window is loaded).
        await page.WaitForFunctionAsync("() => /[1-9]\\d* event/.test(document.querySelector('[data-testid=event-count]')?.textContent ?? '')", null, Long);
        await page.WaitForSelectorAsync(".md-marker-events, .marker-cluster", new PageWaitForSelectorOptions { State = WaitForSelectorState.Attached });
    }

    /// <summary>Whether the element a click at a point would reach is (in) a cluster of two events.</summary>
    private const string OnACluster = "p => document.elementFromPoint(p.x, p.y)?.closest('.marker-cluster')?.textContent.trim() === '2'";

    private static string Shot(string name) => Path.Combine(RepoPaths.Artifacts("screenshots"), name);

    /// <summary>Where a point shows on the screen for a map centred on (lat, lon) at a zoom (Web Mercator, 256 px tiles).</summary>
    private static async Task<(float X, float Y)> ScreenPointAsync(IPage page, double centreLat, double centreLon, int zoom, double lat, double lon)
    {
        static (double X, double Y) Project(double lat, double lon, int zoom)
        {
            var scale = 256 * Math.Pow(2, zoom);
            var sin = Math.Sin(lat * Math.PI / 180);
            return ((lon + 180) / 360 * scale, (0.5 - Math.Log((1 + sin) / (1 - sin)) / (4 * Math.PI)) * scale);
        }
        var box = (await page.Locator("[data-testid=map]").BoundingBoxAsync())!;
        var centre = Project(centreLat, centreLon, zoom);
        var point = Project(lat, lon, zoom);
        return ((float)(box.X + box.Width / 2 + point.X - centre.X), (float)(box.Y + box.Height / 2 + point.Y - centre.Y));
    }

    [Fact]
    public async Task Issue17_StackedEventsUnderAChangedHandsRing_FanOutOnTheFirstClick()
    {
        const int zoom = 12;
        var (page, errors) = await fixture.OpenAsync(string.Create(CultureInfo.InvariantCulture,
            $"/?date=2017-03-03&window=alltodate&lat={DashboardCorpus.StackedLat}&lon={DashboardCorpus.StackedLon}&zoom={zoom}"));
        await ReadyAsync(page);
        await page.WaitForSelectorAsync("[data-testid=map][data-markers-changes]", new PageWaitForSelectorOptions { State = WaitForSelectorState.Attached });
        var (x, y) = await ScreenPointAsync(page, DashboardCorpus.StackedLat, DashboardCorpus.StackedLon, zoom, DashboardCorpus.StackedLat, DashboardCorpus.StackedLon);
        await page.WaitForFunctionAsync(OnACluster, new { x = (double)x, y = (double)y }, Long);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Shot("issue17-6-stacked-before-click.png") });

        // The two al-Bab reports lie 60 m apart, under al-Bab's amber ring: a real click on the cluster fans them out at
        // once, without zooming (no zoom could ever separate them).
        await page.Mouse.ClickAsync(x, y);
        await page.WaitForSelectorAsync("[data-testid=map][data-spiderfied='2']", new PageWaitForSelectorOptions { State = WaitForSelectorState.Attached, Timeout = 10_000 });
        await page.WaitForFunctionAsync("() => [...document.querySelectorAll('.md-marker-events')].filter(m => getComputedStyle(m).opacity === '1').length >= 2", null, Long);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Shot("issue17-6-stacked-fanned-out.png") });
        Assert.Contains($"zoom={zoom}", page.Url);

        // A fanned-out marker is an event like any other: clicked, its row is selected and its popup opens.
        var marker = page.Locator(".md-marker-events[data-marker-id]").Last;
        var id = await marker.GetAttributeAsync("data-marker-id");
        var box = (await marker.BoundingBoxAsync())!;
        await page.Mouse.ClickAsync(box.X + box.Width / 2, box.Y + box.Height / 2);
        await page.WaitForSelectorAsync($".md-event-row.md-row-selected[data-event-id='{id}']", new PageWaitForSelectorOptions { Timeout = 10_000 });
        Assert.Empty(errors);
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task Issue17_AtTheGreatestZoom_AClusterOfOnePlaceOpens()
    {
        var (page, errors) = await fixture.OpenAsync(string.Create(CultureInfo.InvariantCulture,
            $"/?date=2017-03-03&window=alltodate&lat={DashboardCorpus.ClashLat}&lon=37.53017&zoom=14"));
        await ReadyAsync(page);
        // Tadef's two reports share one point, at the centre of the view.
        var (x, y) = await ScreenPointAsync(page, DashboardCorpus.ClashLat, 37.53017, 14, DashboardCorpus.ClashLat, 37.53017);
        await page.WaitForFunctionAsync(OnACluster, new { x = (double)x, y = (double)y }, Long);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Shot("issue17-6-greatest-zoom.png") });

        await page.Mouse.ClickAsync(x, y);

        await page.WaitForSelectorAsync("[data-testid=map][data-spiderfied='2']", new PageWaitForSelectorOptions { State = WaitForSelectorState.Attached, Timeout = 10_000 });
        Assert.Empty(errors);
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task Issue17_DensityLayer_IsToggledInTheLayerControl_AndFollowsTheWindow()
    {
        var (page, errors) = await fixture.OpenAsync("/?date=2017-01-30&window=alltodate");
        await ReadyAsync(page);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Shot("issue17-13-density-off.png") });

        await page.Locator(".leaflet-control-layers").HoverAsync();
        await page.Locator(".leaflet-control-layers-overlays label", new PageLocatorOptions { HasText = "Event density" }).ClickAsync();
        await page.WaitForSelectorAsync("[data-testid=map][data-heat=on]", new PageWaitForSelectorOptions { State = WaitForSelectorState.Attached });

        // Every event of the window weighs in, and the canvas is painted.
        await page.WaitForFunctionAsync("() => { const m = document.querySelector('[data-testid=map]'); return m.dataset.heatPoints === m.dataset.markersEvents; }", null, Long);
        Assert.Equal(DashboardCorpus.InViewBy30January2017.ToString(CultureInfo.InvariantCulture), await page.Locator("[data-testid=map]").GetAttributeAsync("data-heat-points"));
        const string painted = "() => { const c = document.querySelector('canvas.leaflet-heatmap-layer'); if (!c || !c.width) return false; "
            + "const d = c.getContext('2d').getImageData(0, 0, c.width, c.height).data; for (let i = 3; i < d.length; i += 4) if (d[i] > 0) return true; return false; }";
        await page.WaitForFunctionAsync(painted, null, Long);
        await page.Mouse.MoveAsync(5, 400);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Shot("issue17-13-density-on.png") });

        // Another date: the heat follows the window's events.
        var slider = page.Locator("[data-testid=time-slider] input[type=range]");
        await slider.EvaluateAsync("el => { el.value = el.max; el.dispatchEvent(new Event('input', { bubbles: true })); el.dispatchEvent(new Event('change', { bubbles: true })); }");
        await page.WaitForFunctionAsync("() => { const m = document.querySelector('[data-testid=map]'); return m.dataset.heatPoints === m.dataset.markersEvents && m.dataset.heatPoints !== '7'; }", null, Long);

        await page.Locator(".leaflet-control-layers").HoverAsync();
        await page.Locator(".leaflet-control-layers-overlays label", new PageLocatorOptions { HasText = "Event density" }).ClickAsync();
        await page.WaitForFunctionAsync("() => !document.querySelector('canvas.leaflet-heatmap-layer') && !document.querySelector('[data-testid=map]').dataset.heat", null, Long);
        Assert.Empty(errors);
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task Issue17_DrawnRectangle_FiltersTheListAndTheExport_AndIsKeptInTheUrl()
    {
        const double lat = 36.45, lon = 37.35;
        const int zoom = 9;
        var (page, errors) = await fixture.OpenAsync(string.Create(CultureInfo.InvariantCulture, $"/?date=2017-01-30&window=alltodate&lat={lat}&lon={lon}&zoom={zoom}"));
        await ReadyAsync(page);
        Assert.Contains($"{DashboardCorpus.InViewBy30January2017} events", await page.Locator("[data-testid=event-count]").InnerTextAsync());

        // A rectangle around al-Bab, Tadef and Qabasin (Azaz, to the west, stays out).
        await page.Locator(".leaflet-pm-icon-rectangle").ClickAsync();
        var (x1, y1) = await ScreenPointAsync(page, lat, lon, zoom, 36.55, 37.40);
        var (x2, y2) = await ScreenPointAsync(page, lat, lon, zoom, 36.25, 37.80);
        await page.Mouse.ClickAsync(x1, y1);
        await page.Mouse.MoveAsync(x2, y2, new MouseMoveOptions { Steps = 5 });
        await page.Mouse.ClickAsync(x2, y2);

        await page.WaitForFunctionAsync("() => new URLSearchParams(location.search).has('area')", null, Long);
        await page.WaitForFunctionAsync("() => document.querySelector('[data-testid=event-count]').textContent.includes('3 events')", null, Long);
        var rows = await page.Locator(".md-event-row").AllInnerTextsAsync();
        Assert.Equal(3, rows.Count);
        Assert.All(rows, r => Assert.True(r.Contains("al-Bab") || r.Contains(DashboardCorpus.ClashPlace) || r.Contains(DashboardCorpus.TakenPlace), r));
        await page.WaitForSelectorAsync("path.md-area", new PageWaitForSelectorOptions { State = WaitForSelectorState.Attached });
        var area = System.Web.HttpUtility.ParseQueryString(new Uri(page.Url).Query)["area"]!;
        await page.Locator("[data-testid=export-menu] button").First.ClickAsync();
        Assert.Contains("area=" + Uri.EscapeDataString(area), await page.Locator("[data-testid=export-csv]").GetAttributeAsync("href"));
        await page.Keyboard.PressAsync("Escape");

        // The link restores the area: the same three events, the shape drawn again; clearing it brings every event back.
        await page.GotoAsync(page.Url);
        await ReadyAsync(page);
        await page.WaitForFunctionAsync("() => document.querySelector('[data-testid=event-count]').textContent.includes('3 events')", null, Long);
        await page.WaitForSelectorAsync("path.md-area", new PageWaitForSelectorOptions { State = WaitForSelectorState.Attached });
        await page.Locator("[data-testid=area-clear]").ClickAsync();
        await page.WaitForFunctionAsync("() => !new URLSearchParams(location.search).has('area')", null, Long);
        await page.WaitForFunctionAsync("t => document.querySelector('[data-testid=event-count]').textContent.includes(t)", $"{DashboardCorpus.InViewBy30January2017} events", Long);
        Assert.Equal(0, await page.Locator("path.md-area").CountAsync());
        Assert.Empty(errors);
        await page.Context.CloseAsync();
    }

    private const string Overlaps = """
        names => {
            const popup = document.querySelector('.leaflet-popup').getBoundingClientRect();
            const selectors = { 'app bar': '.mud-appbar', legend: '[data-testid=legend]', list: '.md-event-list' };
            return names.filter(name => {
                const node = document.querySelector(selectors[name]);
                if (!node || !node.offsetParent) return false;
                const r = node.getBoundingClientRect();
                return popup.left < r.right && popup.right > r.left && popup.top < r.bottom && popup.bottom > r.top;
            });
        }
        """;

    [Fact]
    public async Task Issue17_APopupOpenedFromTheList_IsClearOfTheAppBarTheListAndTheLegend()
    {
        // A window too narrow for the popup to fit between the legend and the list, too short for it to fit above the legend.
        var (page, errors) = await fixture.OpenAsync("/?date=2018-01-11&window=alltodate", 900, 620);
        await ReadyAsync(page);
        await page.Locator("[data-testid=legend] .md-legend-body").WaitForAsync();

        await page.Locator(".md-event-row", new PageLocatorOptions { HasText = "Sinjar" }).First.ClickAsync();
        await page.Locator(".leaflet-popup-content").WaitForAsync(new LocatorWaitForOptions { Timeout = 10_000 });
        await page.WaitForSelectorAsync("[data-testid=map][data-popup-clear]", new PageWaitForSelectorOptions { State = WaitForSelectorState.Attached, Timeout = 10_000 });
        // On a loaded machine the popup may still grow (or the panels settle) after the first clearing; it is cleared
        // again at its new size, so wait for the overlap to go (up to the long timeout) before asserting on it.
        try
        {
            await page.WaitForFunctionAsync($"names => ({Overlaps})(names).length === 0", new[] { "app bar", "legend", "list" }, Long);
        }
        catch (TimeoutException)
        {
            // The assertion below says which panel it overlaps.
        }
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Shot("issue17-7-popup-from-the-list.png") });

        Assert.Empty(await page.EvaluateAsync<string[]>(Overlaps, new[] { "app bar", "legend", "list" }));
        // Closed, the popup gives the legend back.
        await page.Locator(".leaflet-popup-close-button").ClickAsync();
        await page.Locator("[data-testid=legend] .md-legend-body").WaitForAsync();
        Assert.Empty(errors);
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task Issue17_OnAPhone_TheLegendStartsFolded_AndNeverCoversAnOpenPopup()
    {
        var (page, errors) = await fixture.OpenAsync("/?date=2018-01-11&window=alltodate", 390, 844);
        await ReadyAsync(page);
        var legendBody = page.Locator("[data-testid=legend] .md-legend-body");
        Assert.False(await legendBody.IsVisibleAsync(), "the legend starts folded on a phone");

        // Daraa, the southernmost event, lies just above the folded legend.
        var marker = page.Locator(".md-marker-events[data-marker-id]").First;
        var box = (await marker.BoundingBoxAsync())!;
        await page.Mouse.ClickAsync(box.X + box.Width / 2, box.Y + box.Height / 2);
        await page.Locator(".leaflet-popup-content").WaitForAsync(new LocatorWaitForOptions { Timeout = 10_000 });
        await page.WaitForSelectorAsync("[data-testid=map][data-popup-clear]", new PageWaitForSelectorOptions { State = WaitForSelectorState.Attached, Timeout = 10_000 });
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Shot("issue17-7-popup-phone.png") });

        Assert.Empty(await page.EvaluateAsync<string[]>(Overlaps, new[] { "app bar", "legend" }));
        Assert.Empty(errors);
        await page.Context.CloseAsync();
    }
}
