using MapDashboard.Core.Actors;
using MapDashboard.Data.Control;
using Microsoft.Playwright;

namespace MapDashboard.E2E;

/// <summary>
/// Issue #20, point 1: an analyst sets a place's side from the map. An area's popup offers "correct" beside each of its
/// places; the form refuses to write without the analyst key (and so does the API), and with it the correction is kept
/// as the API keeps it and shows on every open map without a reload. Every read waits for the state it asserts.
/// </summary>
[Collection(ControlKeyedCollection.Name)]
public class ControlCorrectionFromMapTests(ControlKeyedFixture fixture)
{
    private const string Date = "2018-01-11", From = "2017-12-01";
    private const string Isis = "Islamic State", Government = "Government and allies";

    private async Task<int> CorrectionsAsync() =>
        (await fixture.Periods().ListAsync()).Count(p => p.Source == ControlPeriodStore.Correction);

    [Fact]
    public async Task CorrectionFromAnAreaPopup_NeedsTheKey_ThenShowsOnEveryOpenMap()
    {
        var (first, firstErrors) = await fixture.OpenAsync($"/?date={Date}&window=month");
        var (second, secondErrors) = await fixture.OpenAsync($"/?date={Date}&window=month");
        var isisColour = FactionCatalogue.LoadDefault().SideOf("islamic-state").Colour;
        var isisArea = first.Locator($"path.md-control-held[fill=\"{isisColour}\"]").First;
        await isisArea.WaitForAsync(new LocatorWaitForOptions { State = WaitForSelectorState.Attached, Timeout = 90_000 });
        var isis = await ControlLegendProbe.PlacesAsync(first, Isis);
        var government = await ControlLegendProbe.PlacesAsync(first, Government);
        await ControlLegendProbe.WaitForPlacesAsync(second, Isis, isis);
        await second.EvaluateAsync("() => { window.mdNotReloaded = true; }");
        var before = await CorrectionsAsync();

        // A forged write straight to the API, without the key, is refused and stores nothing.
        var forged = await first.APIRequest.PostAsync($"{fixture.Server.BaseUrl}/api/control/places/anything/correction",
            new APIRequestContextOptions { DataObject = new { controller = "saa", status = "held", from = From } });
        Assert.False(forged.Ok);

        // The ISIS area's popup lists its places, each with "correct".
        await isisArea.DispatchEventAsync("click");
        var correct = first.Locator(".md-control-popup button.md-control-correct").First;
        await correct.WaitForAsync(new LocatorWaitForOptions { State = WaitForSelectorState.Attached, Timeout = 30_000 });
        var placeId = await correct.GetAttributeAsync("data-place-id");
        await correct.DispatchEventAsync("click");
        var form = first.Locator("[data-testid=control-correction]");
        await Assertions.Expect(form).ToHaveAttributeAsync("data-place-id", placeId!, new() { Timeout = 30_000 });
        await form.Locator("[data-testid=control-correction-side]").SelectOptionAsync("saa");
        await form.Locator("[data-testid=control-correction-from]").FillAsync(From);
        await form.Locator("[data-testid=control-correction-from]").DispatchEventAsync("change");

        // Without the key, and with a wrong one, the form refuses and nothing is stored.
        await form.Locator("[data-testid=control-correction-save]").ClickAsync();
        await Assertions.Expect(form.Locator("[data-testid=control-correction-error]")).ToContainTextAsync("key", new() { Timeout = 30_000 });
        var key = form.Locator("[data-testid=control-correction-key]");
        await key.FillAsync("not-the-key");
        await key.DispatchEventAsync("change");
        await form.Locator("[data-testid=control-correction-save]").ClickAsync();
        await Assertions.Expect(form.Locator("[data-testid=control-correction-error]")).ToContainTextAsync("key", new() { Timeout = 30_000 });
        Assert.Equal(before, await CorrectionsAsync());

        await key.FillAsync(ControlKeyedFixture.AnalystKey);
        await key.DispatchEventAsync("change");
        await form.Locator("[data-testid=control-correction-save]").ClickAsync();
        await Assertions.Expect(form).ToHaveCountAsync(0, new() { Timeout = 30_000 });
        try
        {
            foreach (var page in new[] { first, second })
            {
                await ControlLegendProbe.WaitForPlacesAsync(page, Isis, isis - 1);
                await ControlLegendProbe.WaitForPlacesAsync(page, Government, government + 1);
            }
            var stored = (await fixture.Periods().OfPlaceAsync(placeId!))
                .Single(p => p.Source == ControlPeriodStore.Correction);
            Assert.Equal(("saa", "held", new DateOnly(2017, 12, 1), "analyst:map"), (stored.Controller, stored.Status, stored.ValidFrom, stored.Evidence));
            Assert.True(await second.EvaluateAsync<bool>("() => window.mdNotReloaded === true"), "the second page was reloaded");
        }
        finally
        {
            await fixture.RemoveCorrectionsAsync(first.APIRequest, placeId!);
        }
        await ControlLegendProbe.WaitForPlacesAsync(second, Isis, isis);
        await ControlKeyedFixture.CloseCheckedAsync((first, firstErrors), (second, secondErrors));
    }
}
