using Microsoft.Playwright;

namespace MapDashboard.LoadBench;

/// <summary>
/// Server memory per connected browser: one server process; a first page is opened and closed to warm up (JIT, store
/// caches, control layer); then browser pages are opened one by one on the dashboard, each its own context and so its
/// own Blazor circuit, and held open. At 0 and at each of the given session counts the server is forced through a full
/// GC (<see cref="GcProbe"/>) and its managed heap and resident set are read; per session = (figure at K - figure at 0) / K.
/// </summary>
public sealed class MemoryBench(RepoPaths paths, string store, int[] sessionCounts, string command)
{
    public async Task<BenchResult> RunAsync()
    {
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await Chromium.LaunchAsync(playwright);
        await using var app = await BenchApp.StartAsync(paths, store);
        var errors = new List<string>();
        var warmUp = await OpenDashboardAsync(browser, app, errors);
        await warmUp.GotoAsync("about:blank"); // unloading sends Blazor's disconnect, so the server drops the circuit now
        await warmUp.Context.CloseAsync();
        await Task.Delay(TimeSpan.FromSeconds(3));
        var baseline = await GcProbe.CollectAsync(app.ProcessId);
        Console.WriteLine($"0 sessions: GC heap {baseline.GcHeapMb:0.0} MiB, RSS {baseline.RssMb:0.0} MiB (anon {baseline.RssAnonMb:0.0})");
        var figures = new Dictionary<string, Figure>
        {
            ["memory.0-sessions.gc-heap"] = new(baseline.GcHeapMb, "MiB", command),
            ["memory.0-sessions.rss"] = new(baseline.RssMb, "MiB", command),
        };
        var samples = new Dictionary<string, double[]>();
        var pages = new List<IPage>();
        foreach (var count in sessionCounts.Order())
        {
            while (pages.Count < count)
            {
                pages.Add(await OpenDashboardAsync(browser, app, errors));
            }
            await Task.Delay(TimeSpan.FromSeconds(2));
            var snapshot = await GcProbe.CollectAsync(app.ProcessId);
            var heapPerSession = (snapshot.GcHeapMb - baseline.GcHeapMb) / count;
            var rssPerSession = (snapshot.RssMb - baseline.RssMb) / count;
            Console.WriteLine($"{count} sessions: GC heap {snapshot.GcHeapMb:0.0} MiB, RSS {snapshot.RssMb:0.0} MiB (anon {snapshot.RssAnonMb:0.0}); " +
                              $"per session: GC heap {heapPerSession:0.00} MiB, RSS {rssPerSession:0.00} MiB");
            figures[$"memory.{count}-sessions.gc-heap-per-session"] = new(heapPerSession, "MiB", command);
            figures[$"memory.{count}-sessions.rss-per-session"] = new(rssPerSession, "MiB", command);
            samples[$"{count}-sessions-gc-heap-rss-rssanon-mib"] = [snapshot.GcHeapMb, snapshot.RssMb, snapshot.RssAnonMb];
        }
        if (errors.Count > 0)
        {
            throw new InvalidOperationException($"The pages reported errors: {string.Join("; ", errors)}");
        }
        samples["0-sessions-gc-heap-rss-rssanon-mib"] = [baseline.GcHeapMb, baseline.RssMb, baseline.RssAnonMb];
        return new BenchResult("memory", DateTime.UtcNow, BenchResult.DescribeMachine(), figures, samples);
    }

    /// <summary>Opens the dashboard and waits until its circuit has drawn the event markers.</summary>
    private static async Task<IPage> OpenDashboardAsync(IBrowser browser, MapDashboard.Tests.Shared.AppProcess app, List<string> errors)
    {
        var page = await Chromium.OpenPageAsync(browser, errors);
        await page.GotoAsync(app.BaseUrl + "/");
        await page.WaitForFunctionAsync("() => performance.getEntriesByName('md-markers-events', 'mark').length > 0", null,
            new PageWaitForFunctionOptions { Timeout = 60_000 });
        return page;
    }
}
