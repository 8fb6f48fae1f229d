using MapDashboard.Data.Control;
using Microsoft.Playwright;

namespace MapDashboard.E2E;

/// <summary>
/// Issue #20, point 1: an analyst sets a place's side from the list beside the map, not only from its popup. A
/// changed-hands row offers "correct"; the form (the same as the map's) needs the analyst key, and with it the correction
/// is kept as the API keeps it (author "analyst:list") and shows on every open map without a reload. Every read waits
/// for the state it asserts.
/// </summary>
[Collection(ControlKeyedCollection.Name)]
public class ControlCorrectionFromListTests(ControlKeyedFixture fixture)
{
    private const string Date = "2017-01-30";
    private const string Isis = "Islamic State", Government = "Government and allies";

    [Fact]
    public async Task CorrectionFromAChangedHandsRow_NeedsTheKey_ThenShowsOnEveryOpenMap()
    {
        var (first, firstErrors) = await fixture.OpenAsync($"/?date={Date}&window=month");
        var (second, secondErrors) = await fixture.OpenAsync($"/?date={Date}&window=month");
        // Seed 000's captures near al-Bab: the list has their rows, the legend counts them as the government's.
        var government = await ControlLegendProbe.PlacesAsync(first, Government);
        await ControlLegendProbe.WaitForPlacesAsync(second, Government, government);
        await second.EvaluateAsync("() => { window.mdNotReloaded = true; }");
        var before = (await fixture.Periods().ListAsync()).Count(p => p.Source == ControlPeriodStore.Correction);

        var correct = first.Locator("[data-testid=changed-hands] [data-testid=changed-hands-correct]").First;
        await correct.WaitForAsync(new LocatorWaitForOptions { Timeout = 60_000 });
        var placeId = await correct.GetAttributeAsync("data-place-id");
        Assert.False(string.IsNullOrEmpty(placeId));
        await correct.ClickAsync();
        var form = first.Locator("[data-testid=control-correction]");
        await Assertions.Expect(form).ToHaveAttributeAsync("data-place-id", placeId!, new() { Timeout = 30_000 });
        // The form starts at the slider's date.
        await Assertions.Expect(form.Locator("[data-testid=control-correction-from]")).ToHaveValueAsync(Date, new() { Timeout = 30_000 });
        await form.Locator("[data-testid=control-correction-side]").SelectOptionAsync("islamic-state");

        // Without the key the form refuses, and nothing is stored.
        await form.Locator("[data-testid=control-correction-save]").ClickAsync();
        await Assertions.Expect(form.Locator("[data-testid=control-correction-error]")).ToContainTextAsync("key", new() { Timeout = 30_000 });
        Assert.Equal(before, (await fixture.Periods().ListAsync()).Count(p => p.Source == ControlPeriodStore.Correction));

        var key = form.Locator("[data-testid=control-correction-key]");
        await key.FillAsync(ControlKeyedFixture.AnalystKey);
        await key.DispatchEventAsync("change");
        await form.Locator("[data-testid=control-correction-save]").ClickAsync();
        await Assertions.Expect(form).ToHaveCountAsync(0, new() { Timeout = 30_000 });
        try
        {
            foreach (var page in new[] { first, second })
            {
                await ControlLegendProbe.WaitForPlacesAsync(page, Government, government - 1);
                await ControlLegendProbe.WaitForPlacesAsync(page, Isis, 1);
            }
            var stored = (await fixture.Periods().OfPlaceAsync(placeId!)).Single(p => p.Source == ControlPeriodStore.Correction);
            Assert.Equal(("islamic-state", "held", new DateOnly(2017, 1, 30), "analyst:list"), (stored.Controller, stored.Status, stored.ValidFrom, stored.Evidence));
            Assert.True(await second.EvaluateAsync<bool>("() => window.mdNotReloaded === true"), "the second page was reloaded");
        }
        finally
        {
            await fixture.RemoveCorrectionsAsync(first.APIRequest, placeId!);
        }
        await ControlLegendProbe.WaitForPlacesAsync(second, Government, government);
        await ControlKeyedFixture.CloseCheckedAsync((first, firstErrors), (second, secondErrors));
    }
}
