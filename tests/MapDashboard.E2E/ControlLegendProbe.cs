using Microsoft.Playwright;

namespace MapDashboard.E2E;

/// <summary>Reads the legend's control rows (held places per side) and waits for a count, for the control browser tests.</summary>
internal static class ControlLegendProbe
{
    private static readonly PageWaitForFunctionOptions Patient = new() { Timeout = 90_000, PollingInterval = 250 };

    /// <summary>How many places the side holds at the page's date, once the legend shows it.</summary>
    public static async Task<int> PlacesAsync(IPage page, string side)
    {
        var row = page.Locator($"[data-testid=control-legend-row][data-category=held][data-side=\"{side}\"]");
        await row.WaitForAsync(new LocatorWaitForOptions { Timeout = 90_000 });
        return int.Parse((await row.GetAttributeAsync("data-places"))!, System.Globalization.CultureInfo.InvariantCulture);
    }

    /// <summary>Waits until the legend says the side holds <paramref name="places"/> places.</summary>
    public static Task WaitForPlacesAsync(IPage page, string side, int places) => page.WaitForFunctionAsync(
        "([side, n]) => [...document.querySelectorAll('[data-testid=control-legend-row][data-category=held]')]" +
        ".some(r => r.dataset.side === side && r.dataset.places === String(n))", new object[] { side, places }, Patient);
}
