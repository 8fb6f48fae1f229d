using System.Text.RegularExpressions;
using MapDashboard.Data;
using Microsoft.Playwright;

namespace MapDashboard.E2E;

/// <summary>
/// The one end-to-end test of the real pipeline on the seeds. It checks only what must hold whatever the geoparser and
/// the event coder make of them: the map shows markers, and an event's popup quotes a sentence of its article.
/// </summary>
[Collection(SeedDashboardCollection.Name)]
public partial class SeedPipelineTests(SeedDashboardFixture fixture)
{
    [Fact]
    public async Task SeedsIngestedForReal_ShowMarkers_AndAPopupQuotesItsArticle()
    {
        var (page, errors) = await fixture.OpenAsync("/?window=alltodate");
        await page.WaitForSelectorAsync("path.md-admin1", new PageWaitForSelectorOptions { Timeout = 30_000 });
        await page.WaitForSelectorAsync(".md-marker-events, .marker-cluster", new PageWaitForSelectorOptions { State = WaitForSelectorState.Attached, Timeout = 30_000 });

        await page.Locator(".md-event-row").First.ClickAsync();
        var quote = page.Locator(".leaflet-popup-content blockquote.md-popup-excerpt");
        await quote.WaitForAsync(new LocatorWaitForOptions { Timeout = 10_000 });
        var excerpt = Squeeze(await quote.InnerTextAsync());

        var seeds = Directory.GetFiles(RepositoryLayout.DiscoverOrThrow().Seeds).Select(f => Squeeze(File.ReadAllText(f))).ToList();
        Assert.True(excerpt.Length > 20, $"the popup quotes \"{excerpt}\"");
        Assert.Contains(seeds, text => text.Contains(excerpt, StringComparison.Ordinal));
        Assert.Empty(errors);
        await page.Context.CloseAsync();
    }

    private static string Squeeze(string text) => Whitespace().Replace(text, " ").Trim();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
