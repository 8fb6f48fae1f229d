using System.Diagnostics;
using Microsoft.Playwright;

namespace MapDashboard.LoadBench;

/// <summary>
/// App cold start to first map paint, N times: a new server process each run (the OS file cache stays warm), a browser
/// already running. The clock starts just before the server process starts; the browser navigates as soon as the
/// server prints "Now listening"; first map paint is the first task after the animation frame following the moment the
/// basemap's land polygons are in the Leaflet container (<see cref="PageProbes"/>). Also recorded: time to listening,
/// to DOMContentLoaded, and to the first event markers on the map, and the server's CPU time (user + system) to the first
/// map paint and to the first markers: on a shared machine the wall times mostly measure the wait for a core.
/// </summary>
public sealed class ColdStartBench(RepoPaths paths, string store, int runs, string command, bool published = false)
{
    public async Task<BenchResult> RunAsync()
    {
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await Chromium.LaunchAsync(playwright);
        var listening = new List<double>();
        var domReady = new List<double>();
        var firstPaint = new List<double>();
        var firstMarkers = new List<double>();
        var cpuToPaint = new List<double>();
        var cpuToMarkers = new List<double>();
        for (var run = 0; run < runs; run++)
        {
            var errors = new List<string>();
            await using var app = await BenchApp.StartAsync(paths, store, published);
            var page = await Chromium.OpenPageAsync(browser, errors);
            await page.GotoAsync(app.BaseUrl + "/");
            var paint = await page.WaitForFunctionAsync(PageProbes.FirstMapPaint, null, new PageWaitForFunctionOptions { Timeout = 60_000 });
            cpuToPaint.Add(ServerCpuMs(app.ProcessId));
            var markers = await page.WaitForFunctionAsync(
                "() => { const m = performance.getEntriesByName('md-markers-events', 'mark')[0]; return m && performance.timeOrigin + m.startTime; }",
                null, new PageWaitForFunctionOptions { Timeout = 60_000 });
            cpuToMarkers.Add(ServerCpuMs(app.ProcessId));
            var dom = await page.EvaluateAsync<double>("() => performance.timeOrigin + performance.getEntriesByType('navigation')[0].domContentLoadedEventEnd");
            if (errors.Count > 0)
            {
                throw new InvalidOperationException($"Run {run + 1}: the page reported errors: {string.Join("; ", errors)}");
            }
            listening.Add(app.ListeningAfterMs);
            domReady.Add(dom - app.StartedAtUnixMs);
            firstPaint.Add(await paint.JsonValueAsync<double>() - app.StartedAtUnixMs);
            firstMarkers.Add(await markers.JsonValueAsync<double>() - app.StartedAtUnixMs);
            Console.WriteLine($"run {run + 1}/{runs}: listening {listening[^1]:0} ms, DOMContentLoaded {domReady[^1]:0} ms, " +
                              $"first map paint {firstPaint[^1]:0} ms, first markers {firstMarkers[^1]:0} ms; " +
                              $"server CPU to first paint {cpuToPaint[^1]:0} ms, to first markers {cpuToMarkers[^1]:0} ms");
            await page.Context.CloseAsync();
        }
        var figures = new Dictionary<string, Figure>();
        void Add(string name, List<double> values)
        {
            figures[$"{Verb}.{name}.median"] = new Figure(Stats.Median(values), "ms", command);
            figures[$"{Verb}.{name}.p95"] = new Figure(Stats.Percentile(values, 95), "ms", command);
        }
        Add("listening", listening);
        Add("first-map-paint", firstPaint);
        Add("first-markers", firstMarkers);
        Add("server-cpu-to-first-map-paint", cpuToPaint);
        Add("server-cpu-to-first-markers", cpuToMarkers);
        return new BenchResult(Verb, DateTime.UtcNow, BenchResult.DescribeMachine(), figures, new Dictionary<string, double[]>
        {
            ["listening-ms"] = [.. listening], ["dom-content-loaded-ms"] = [.. domReady], ["first-map-paint-ms"] = [.. firstPaint], ["first-markers-ms"] = [.. firstMarkers],
            ["server-cpu-to-first-map-paint-ms"] = [.. cpuToPaint], ["server-cpu-to-first-markers-ms"] = [.. cpuToMarkers],
        });
    }

    /// <summary>"coldstart" for the plain Release build, "coldstart-published" for ./run.sh's ReadyToRun publish: apart in the baseline.</summary>
    private string Verb => published ? "coldstart-published" : "coldstart";

    /// <summary>The server process's CPU time so far (user + system), in ms.</summary>
    private static double ServerCpuMs(int processId)
    {
        using var process = Process.GetProcessById(processId);
        return process.TotalProcessorTime.TotalMilliseconds;
    }
}
