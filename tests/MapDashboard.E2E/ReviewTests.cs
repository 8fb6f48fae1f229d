using Dapper;
using MapDashboard.Data;
using Microsoft.Playwright;

namespace MapDashboard.E2E;

/// <summary>
/// Reviewing and correcting in the browser, over the hand-written corpus. A correction processes its articles again
/// with the real pipeline, so these tests check what the correction itself does (the mention it names, the event it
/// deletes), not what the coder makes of the article; they run on their own store and undo what they correct.
/// </summary>
[Collection(WritingDashboardCollection.Name)]
public class ReviewTests(WritingDashboardFixture fixture)
{
    private async Task<T> QueryAsync<T>(string sql, object? parameters = null)
    {
        await using var connection = await new SqliteConnectionFactory(fixture.EventDatabase, readOnly: true).OpenAsync();
        return await connection.ExecuteScalarAsync<T>(sql, parameters) ?? throw new InvalidOperationException($"no value for {sql}");
    }

    private static async Task UndoNewestAsync(IPage page)
    {
        await page.Locator(".mud-tab", new PageLocatorOptions { HasText = "Corrections" }).ClickAsync();
        var row = page.Locator("[data-testid=correction-row][data-active=true]").First;
        var id = await row.GetAttributeAsync("data-id");
        await row.Locator("[data-testid=correction-undo]").ClickAsync();
        await page.WaitForSelectorAsync($"[data-testid=correction-row][data-id='{id}'][data-active=false]", new PageWaitForSelectorOptions { Timeout = 30_000 });
    }

    [Fact]
    public async Task UnresolvedMention_CorrectedFromTheQueue_ShowsCorrected_AndUndoes()
    {
        var (page, errors) = await fixture.OpenAsync("/review");
        await page.WaitForSelectorAsync(".md-review[data-ready=true] [data-testid=review-item]", new PageWaitForSelectorOptions { Timeout = 30_000 });

        // Most consequential first.
        var counts = (await page.Locator("[data-testid=review-item] .md-review-count").AllInnerTextsAsync()).Select(long.Parse).ToList();
        Assert.Equal(counts.OrderDescending(), counts);

        await page.Locator("[data-testid=review-item][data-kind=Mention]", new PageLocatorOptions { HasText = DashboardCorpus.Unlocated }).First.ClickAsync();
        await page.WaitForSelectorAsync(".md-review[data-ready=true] [data-testid=mention-review]");
        Assert.Contains(DashboardCorpus.Unlocated, await page.Locator("[data-testid=mention-sentence]").InnerTextAsync());
        Assert.Contains("Unresolved", await page.Locator("[data-testid=mention-status]").InnerTextAsync());

        // A click on the small map drops a point: its coordinates fill the new-place form.
        await page.WaitForSelectorAsync("[data-testid=mention-review] .leaflet-container path.md-admin1", new PageWaitForSelectorOptions { Timeout = 30_000 });
        await page.Locator("[data-testid=mention-review] .leaflet-container").ClickAsync(new LocatorClickOptions { Position = new Position { X = 150, Y = 150 } });
        await page.WaitForFunctionAsync("() => /^-?\\d+\\.\\d{5}$/.test(document.querySelector('[data-testid=new-place-lat] input').value)");

        // Search the gazetteer for the place and use it, in this article only.
        await page.Locator("[data-testid=mention-search] input").FillAsync("Qabasin");
        await page.Locator(".mud-popover-open .mud-list-item", new PageLocatorOptions { HasText = "Qabb" }).First.ClickAsync();
        await page.WaitForSelectorAsync("[data-testid=candidate].md-selected");
        var placeId = await page.Locator("[data-testid=candidate].md-selected").GetAttributeAsync("data-place-id");
        await page.Locator("[data-testid=mention-apply] button").ClickAsync();
        // The article is processed again, and the first write of a server loads the geoparser's place index first.
        await page.WaitForFunctionAsync("() => document.querySelector('[data-testid=mention-status]')?.textContent.includes('corrected')",
            null, new PageWaitForFunctionOptions { Timeout = 120_000 });

        var mention = new { text = DashboardCorpus.Unlocated, placeId };
        Assert.Equal(1, await QueryAsync<long>("SELECT COUNT(*) FROM place_mentions WHERE text = @text AND place_id = @placeId AND correction_id IS NOT NULL", mention));
        var articleId = await QueryAsync<long>("SELECT article_id FROM place_mentions WHERE text = @text", mention);
        var (article, articleErrors) = await fixture.OpenAsync($"/article/{articleId}");
        await article.WaitForSelectorAsync("mark.md-corrected", new PageWaitForSelectorOptions { Timeout = 30_000 });
        Assert.Contains(DashboardCorpus.Unlocated, await article.Locator("mark.md-corrected").First.InnerTextAsync());

        // The correction is in the log with its author, and undoing it leaves no mention corrected.
        await UndoNewestAsync(page);
        Assert.Equal(0, await QueryAsync<long>("SELECT COUNT(*) FROM place_mentions WHERE text = @text AND place_id = @placeId", mention));
        Assert.Equal(0, await QueryAsync<long>("SELECT COUNT(*) FROM place_mentions WHERE correction_id IS NOT NULL"));
        Assert.Empty(errors);
        Assert.Empty(articleErrors);
        await page.Context.CloseAsync();
        await article.Context.CloseAsync();
    }

    [Fact]
    public async Task Event_DeletedFromItsPopupLink_LeavesTheMap_AndComesBackOnUndo()
    {
        // The corpus's air strike on Mayadin (24 Jan 2017).
        var eventId = await QueryAsync<long>("SELECT id FROM events WHERE deleted = 0 AND place_name = 'Mayadin' AND sub_type = 'Air/drone strike'");
        var key = await QueryAsync<string>("SELECT event_key FROM events WHERE id = @eventId", new { eventId });
        const string date = "2017-01-24";

        var (page, errors) = await fixture.OpenAsync($"/review?event={eventId}");
        await page.WaitForSelectorAsync(".md-review[data-ready=true] [data-testid=event-review]", new PageWaitForSelectorOptions { Timeout = 30_000 });
        Assert.Contains("Air/drone strike", await page.Locator("[data-testid=event-review] h6").InnerTextAsync());
        await page.Locator("[data-testid=event-delete] button").ClickAsync();
        await page.WaitForFunctionAsync("() => document.body.textContent.includes('Event deleted')", null, new PageWaitForFunctionOptions { Timeout = 30_000 });
        await page.WaitForSelectorAsync(".md-review[data-ready=true]");
        Assert.Equal(0, await QueryAsync<long>("SELECT COUNT(*) FROM events WHERE event_key = @key AND deleted = 0", new { key }));

        var (map, mapErrors) = await fixture.OpenAsync($"/?date={date}&window=day");
        await map.WaitForFunctionAsync("() => /\\d+ event/.test(document.querySelector('[data-testid=event-count]')?.textContent ?? '')",
            null, new PageWaitForFunctionOptions { Timeout = 30_000 });
        Assert.Equal(0, await map.Locator($".md-event-row[data-event-id='{eventId}']").CountAsync());

        await UndoNewestAsync(page);
        Assert.Equal(0, await QueryAsync<long>("SELECT COUNT(*) FROM events WHERE event_key = @key AND deleted = 1", new { key }));
        Assert.Empty(errors);
        Assert.Empty(mapErrors);
        await page.Context.CloseAsync();
        await map.Context.CloseAsync();
    }
}
