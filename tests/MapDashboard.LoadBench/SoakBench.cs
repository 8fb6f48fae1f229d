using System.Diagnostics;
using System.Globalization;
using System.Text;
using Microsoft.Playwright;

namespace MapDashboard.LoadBench;

/// <summary>
/// Issue 16's soak test, on demand only: N browser clients (each its own context, so its own Blazor circuit over
/// SignalR) scrub the time slider back and forth for the given minutes while W writers post articles over the API. It
/// reports the errors (page errors, steps that never finished, failed or 5xx posts), the p50/p95 of a slider step (input
/// to event markers updated, from the map module's performance measure) and of a post, and the server's GC heap and
/// resident set at the start and at the end. The store is copied first, so the writers never change the original.
/// </summary>
public sealed class SoakBench(RepoPaths paths, string store, int clients, TimeSpan duration, int writers, string command)
{
    private const string StepDone = "() => performance.getEntriesByName('md-slider-to-markers-events', 'measure').length > 0";

    /// <summary>A step still unanswered after this long counts as an error (and as this long in the censored p95).</summary>
    private static readonly TimeSpan StepTimeout = TimeSpan.FromSeconds(60);

    private static double LoadAverage() => double.Parse(File.ReadAllText("/proc/loadavg").Split(' ')[0], CultureInfo.InvariantCulture);

    public async Task<BenchResult> RunAsync()
    {
        var copy = Path.Combine(paths.BenchFolder, $"soak-{Environment.ProcessId}.db");
        File.Copy(store, copy, overwrite: false);
        try
        {
            return await RunOnAsync(copy);
        }
        finally
        {
            foreach (var file in new[] { copy, copy + "-wal", copy + "-shm" }.Where(File.Exists))
            {
                File.Delete(file);
            }
        }
    }

    private async Task<BenchResult> RunOnAsync(string soakStore)
    {
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await Chromium.LaunchAsync(playwright);
        await using var app = await BenchApp.StartAsync(paths, soakStore);
        var errors = new List<string>();
        var pages = new List<IPage>();
        for (var i = 0; i < clients; i++)
        {
            var page = await Chromium.OpenPageAsync(browser, errors);
            await page.GotoAsync(app.BaseUrl + "/?window=month");
            await page.Locator("[data-testid=time-slider] input[type=range]").WaitForAsync(new LocatorWaitForOptions { Timeout = 120_000 });
            pages.Add(page);
            Console.WriteLine($"client {i + 1}/{clients} connected");
        }
        using var http = new HttpClient { BaseAddress = new Uri(app.BaseUrl), Timeout = TimeSpan.FromMinutes(5) };
        // The first post loads the gazetteer's index: done before the clock starts.
        (await http.PostAsync("/api/articles?name=soak-warm-up.txt", new StringContent("Shelling near Saraqib on Monday.", Encoding.UTF8, "text/plain"))).Dispose();
        var start = await GcProbe.CollectAsync(app.ProcessId);
        Console.WriteLine($"start: GC heap {start.GcHeapMb:0.0} MiB, RSS {start.RssMb:0.0} MiB");
        using var stop = new CancellationTokenSource(duration);
        var steps = new List<double>();
        var posts = new List<double>();
        var unansweredSteps = 0;
        var unmarkedSteps = 0;
        var loadAtStart = LoadAverage();
        var failedPosts = 0;
        var scrubbers = pages.Select((page, i) => Task.Run(async () =>
        {
            var slider = page.Locator("[data-testid=time-slider] input[type=range]");
            var max = int.Parse(await slider.GetAttributeAsync("max") ?? "1", CultureInfo.InvariantCulture);
            var random = new Random(i);
            while (!stop.IsCancellationRequested)
            {
                await page.EvaluateAsync("() => { performance.clearMarks(); performance.clearMeasures(); }");
                await slider.EvaluateAsync("(el, v) => { el.value = v; el.dispatchEvent(new Event('input', { bubbles: true })); }",
                    random.Next(max + 1).ToString(CultureInfo.InvariantCulture));
                try
                {
                    // Polled on a timer: requestAnimationFrame, Playwright's default, is throttled in pages not in front.
                    await page.WaitForFunctionAsync(StepDone, null, new PageWaitForFunctionOptions { Timeout = (float)StepTimeout.TotalMilliseconds, PollingInterval = 100 });
                    var ms = await page.EvaluateAsync<double>("() => performance.getEntriesByName('md-slider-to-markers-events', 'measure')[0].duration");
                    lock (steps)
                    {
                        steps.Add(ms);
                    }
                }
                catch (TimeoutException)
                {
                    // Why: the input never marked (the slider missed the event), or the map never answered the step.
                    var marked = await page.EvaluateAsync<bool>("() => performance.getEntriesByName('md-slider-input', 'mark').length > 0");
                    if (marked)
                    {
                        Interlocked.Increment(ref unansweredSteps);
                    }
                    else
                    {
                        Interlocked.Increment(ref unmarkedSteps);
                    }
                }
            }
        })).ToList();
        var posters = Enumerable.Range(0, writers).Select(w => Task.Run(async () =>
        {
            for (var n = 0; !stop.IsCancellationRequested; n++)
            {
                var text = $"Soak report {w}-{n}\n\nGovernment forces shelled Saraqib on Monday and clashed with rebels near Aleppo, report {w}-{n} said.\n";
                var clock = Stopwatch.StartNew();
                try
                {
                    using var response = await http.PostAsync($"/api/articles?name=soak-{w}-{n}.txt&published=2020-03-04", new StringContent(text, Encoding.UTF8, "text/plain"));
                    if ((int)response.StatusCode >= 400)
                    {
                        Interlocked.Increment(ref failedPosts);
                    }
                }
                catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException)
                {
                    Interlocked.Increment(ref failedPosts);
                }
                lock (posts)
                {
                    posts.Add(clock.Elapsed.TotalMilliseconds);
                }
                await Task.Delay(500);
            }
        })).ToList();
        await Task.WhenAll(scrubbers.Concat(posters));
        var end = await GcProbe.CollectAsync(app.ProcessId);
        Console.WriteLine($"end: GC heap {end.GcHeapMb:0.0} MiB, RSS {end.RssMb:0.0} MiB; {steps.Count} steps ({unansweredSteps} unanswered in {StepTimeout.TotalSeconds:0} s, {unmarkedSteps} without an input mark), {posts.Count} posts ({failedPosts} failed), {errors.Count} page errors");
        var failedSteps = unansweredSteps + unmarkedSteps;
        var censored = steps.Concat(Enumerable.Repeat(StepTimeout.TotalMilliseconds, failedSteps)).ToList();
        var figures = new Dictionary<string, Figure>
        {
            ["soak.clients"] = new(clients, "count", command),
            ["soak.load.start"] = new(loadAtStart, "load", command),
            ["soak.load.end"] = new(LoadAverage(), "load", command),
            ["soak.steps"] = new(steps.Count, "count", command),
            ["soak.steps.unanswered"] = new(unansweredSteps, "count", command),
            ["soak.steps.unmarked"] = new(unmarkedSteps, "count", command),
            ["soak.step.p50"] = new(steps.Count > 0 ? Stats.Median(steps) : double.NaN, "ms", command),
            ["soak.step.p95"] = new(steps.Count > 0 ? Stats.Percentile(steps, 95) : double.NaN, "ms", command),
            // Unanswered steps counted as the timeout: a lower bound of the real p95 when there are any.
            ["soak.step.p95-censored"] = new(censored.Count > 0 ? Stats.Percentile(censored, 95) : double.NaN, "ms", command),
            ["soak.posts"] = new(posts.Count, "count", command),
            ["soak.post.p95"] = new(posts.Count > 0 ? Stats.Percentile(posts, 95) : double.NaN, "ms", command),
            ["soak.errors"] = new(failedSteps + failedPosts + errors.Count, "count", command),
            ["soak.gc-heap.start"] = new(start.GcHeapMb, "MiB", command),
            ["soak.gc-heap.end"] = new(end.GcHeapMb, "MiB", command),
            ["soak.rss.start"] = new(start.RssMb, "MiB", command),
            ["soak.rss.end"] = new(end.RssMb, "MiB", command),
        };
        foreach (var error in errors.Take(20))
        {
            Console.WriteLine($"page error: {error}");
        }
        return new BenchResult("soak", DateTime.UtcNow, BenchResult.DescribeMachine(), figures, new Dictionary<string, double[]>
        {
            ["step-ms"] = [.. steps], ["post-ms"] = [.. posts],
        });
    }
}
