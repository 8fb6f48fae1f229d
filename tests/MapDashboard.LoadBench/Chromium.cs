using Microsoft.Playwright;

namespace MapDashboard.LoadBench;

/// <summary>Debian's headless chromium through Playwright, with the flags that keep it offline and quiet.</summary>
public static class Chromium
{
    private static readonly string[] Flags =
        ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"];

    public static Task<IBrowser> LaunchAsync(IPlaywright playwright) => playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
    {
        ExecutablePath = "/usr/bin/chromium",
        Headless = true,
        Args = Flags,
    });

    /// <summary>A page in its own context (its own Blazor circuit) at 1280x800 that fails loudly on script errors.</summary>
    public static async Task<IPage> OpenPageAsync(IBrowser browser, List<string> errors)
    {
        var context = await browser.NewContextAsync(new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = 1280, Height = 800 } });
        await context.AddInitScriptAsync(PageProbes.Script);
        var page = await context.NewPageAsync();
        page.PageError += (_, error) => errors.Add("page error: " + error);
        return page;
    }
}
