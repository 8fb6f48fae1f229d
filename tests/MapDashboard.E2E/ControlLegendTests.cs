using MapDashboard.Core.Actors;
using MapDashboard.Data;
using MapDashboard.Data.Control;
using MapDashboard.Data.Store;
using Microsoft.Playwright;

namespace MapDashboard.E2E;

/// <summary>The control layer in the browser: the legend's counts per side, and an area's popup.</summary>
[Collection(DashboardCollection.Name)]
public class ControlLegendTests(DashboardFixture fixture)
{
    [Fact]
    public async Task Legend_CountsAreasAndPlacesPerSideAsBuilt_AndAnAreaPopupSaysWhoAndHowOld()
    {
        var date = new DateOnly(2017, 1, 30);
        var (page, errors) = await fixture.OpenAsync($"/?date={date:yyyy-MM-dd}&window=month");
        await page.WaitForSelectorAsync("path.md-layer-control", new PageWaitForSelectorOptions { Timeout = 30_000 });
        await page.WaitForSelectorAsync("[data-testid=control-legend-row]");

        var queries = new EventQueries(new SqliteConnectionFactory(fixture.EventDatabase, readOnly: true));
        await using var countries = File.OpenRead(Path.Combine(RepositoryLayout.DiscoverOrThrow().WwwrootAssets, ControlLayerLoader.CountriesFile));
        var (_, builder) = await ControlLayerLoader.LoadAsync(queries, FactionCatalogue.LoadDefault(), ControlLayerLoader.ReadOutline(countries));
        var expected = builder.LayerAt(date).Legend.Select(e => $"{e.Category}|{e.Side}|{e.Areas}|{e.Places}").ToArray();
        var rows = await page.Locator("[data-testid=control-legend-row]")
            .EvaluateAllAsync<string[]>("els => els.map(e => [e.dataset.category, e.dataset.side, e.dataset.areas, e.dataset.places].join('|'))");

        Assert.NotEmpty(expected);
        Assert.Equal(expected, rows);
        await page.Locator("path.md-layer-control").First.DispatchEventAsync("click");
        var popup = page.Locator(".md-control-popup");
        await popup.WaitForAsync();
        var text = await popup.InnerTextAsync();
        Assert.Matches("^(Held by|Shared, led by|Contested)", text);
        Assert.Contains("last evidence", text);
        Assert.Empty(errors);
        await page.Context.CloseAsync();
    }
}
