using System.Text.Json;
using Microsoft.Playwright;

namespace MapDashboard.E2E;

/// <summary>
/// Issue #20's done-when: an analyst's correction of a place's side shows on every open map, without a reload, and so
/// does its removal. Two pages (each its own browser context, as two analysts) watch the same date; the correction goes
/// through the API. Every read waits for the state it asserts.
/// </summary>
[Collection(ControlSnapshotCollection.Name)]
public class ControlCorrectionBrowserTests(ControlSnapshotFixture fixture)
{
    // The seeds' last day (the dashboard keeps its date within the events' span), after the snapshot. The tests of a
    // collection run one at a time and the correction is removed at the end, so the others never see it.
    private const string Date = "2018-01-11", From = "2017-12-01";
    private const string Isis = "Islamic State", Government = "Government and allies";

    [Fact]
    public async Task CorrectionThroughTheApi_ShowsOnEveryOpenMap_AndSoDoesItsRemoval()
    {
        var (first, firstErrors) = await fixture.OpenAsync($"/?date={Date}&window=month");
        var (second, secondErrors) = await fixture.OpenAsync($"/?date={Date}&window=month");
        await first.WaitForSelectorAsync("path.md-layer-control", new PageWaitForSelectorOptions { Timeout = 90_000 });
        await second.WaitForSelectorAsync("path.md-layer-control", new PageWaitForSelectorOptions { Timeout = 90_000 });
        var isis = await ControlLegendProbe.PlacesAsync(first, Isis);
        var government = await ControlLegendProbe.PlacesAsync(first, Government);
        await ControlLegendProbe.WaitForPlacesAsync(second, Isis, isis);
        // A mark on each page's window: a reload would lose it.
        foreach (var page in new[] { first, second })
        {
            await page.EvaluateAsync("() => { window.mdNotReloaded = true; }");
        }

        // A settlement the snapshot gives to the Islamic State, handed to the army six weeks before the date.
        var control = await first.APIRequest.GetAsync($"{fixture.Server.BaseUrl}/api/control?date={Date}");
        Assert.True(control.Ok, await control.TextAsync());
        using var document = JsonDocument.Parse(await control.TextAsync());
        var place = document.RootElement.GetProperty("places").EnumerateArray().First(p =>
            p.GetProperty("kind").GetString() == "settlement" && p.GetProperty("precision").GetInt32() == 1 && p.GetProperty("status").GetString() == "held"
            && p.GetProperty("controllers").EnumerateArray().Select(c => c.GetString()).SequenceEqual(["islamic-state"]));
        var placeId = place.GetProperty("id").GetString()!;

        var posted = await first.APIRequest.PostAsync($"{fixture.Server.BaseUrl}/api/control/places/{Uri.EscapeDataString(placeId)}/correction",
            new APIRequestContextOptions { DataObject = new { controller = "saa", status = "held", from = From, author = "browser-test" } });
        Assert.True(posted.Ok, await posted.TextAsync());
        var correctionId = JsonDocument.Parse(await posted.TextAsync()).RootElement.GetProperty("id").GetInt64();
        try
        {
            foreach (var page in new[] { first, second })
            {
                await ControlLegendProbe.WaitForPlacesAsync(page, Isis, isis - 1);
                await ControlLegendProbe.WaitForPlacesAsync(page, Government, government + 1);
            }
        }
        finally
        {
            var removed = await first.APIRequest.DeleteAsync($"{fixture.Server.BaseUrl}/api/control/corrections/{correctionId}");
            Assert.True(removed.Ok, await removed.TextAsync());
        }
        foreach (var page in new[] { first, second })
        {
            await ControlLegendProbe.WaitForPlacesAsync(page, Isis, isis);
            await ControlLegendProbe.WaitForPlacesAsync(page, Government, government);
        }
        foreach (var page in new[] { first, second })
        {
            Assert.True(await page.EvaluateAsync<bool>("() => window.mdNotReloaded === true"), "the page was reloaded");
        }
        // A circuit that drops and reconnects on a loaded machine logs Blazor's "Connection disconnected" line; the updates
        // above still had to arrive, so only other errors fail the test.
        Assert.DoesNotContain(firstErrors, e => !e.Contains("Connection disconnected", StringComparison.Ordinal));
        Assert.DoesNotContain(secondErrors, e => !e.Contains("Connection disconnected", StringComparison.Ordinal));
        await first.Context.CloseAsync();
        await second.Context.CloseAsync();
    }
}
