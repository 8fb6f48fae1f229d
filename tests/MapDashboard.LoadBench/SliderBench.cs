using System.Globalization;
using Microsoft.Playwright;

namespace MapDashboard.LoadBench;

/// <summary>
/// Slider change to map updated, in the browser, on a large store: the dashboard opens at the start of the store's span,
/// then the time slider is moved N times in even steps across the span, one step after the previous has finished.
/// The map module marks each time-slider input (md-slider-input) and measures to each marker layer's update
/// (md-slider-to-markers-events, -changes: the changes layer is the last of a step, after the control areas);
/// <see cref="PageProbes"/> adds the time to the paint after the last layer (md-bench-slider-to-paint).
/// </summary>
public sealed class SliderBench(RepoPaths paths, string store, int steps, string window, string command)
{
    private const string Measures = """
        () => {
          const get = n => { const m = performance.getEntriesByName(n, 'measure'); return m.length ? m[m.length - 1].duration : null; };
          const events = get('md-slider-to-markers-events'), changes = get('md-slider-to-markers-changes'), paint = get('md-bench-slider-to-paint');
          return paint !== null && changes !== null && events !== null ? [events, changes, paint] : null;
        }
        """;

    // The control layer's split when the step drew it (md-control-*): server build, size, build to the call's arrival,
    // the browser's fetch of the layer by URL (absent when it came through the circuit), drawing.
    private const string ControlSplit = """
        () => {
          const get = n => { const m = performance.getEntriesByName(n, 'measure'); return m.length ? m[m.length - 1].duration : -1; };
          const s = window.__mdControlStats || {};
          return [s.buildMs ?? -1, s.bytes ?? -1, get('md-control-events-to-received'), get('md-control-draw'), Math.max(0, get('md-control-fetch'))];
        }
        """;

    public async Task<BenchResult> RunAsync()
    {
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await Chromium.LaunchAsync(playwright);
        await using var app = await BenchApp.StartAsync(paths, store);
        var errors = new List<string>();
        var page = await Chromium.OpenPageAsync(browser, errors);
        await page.GotoAsync(app.BaseUrl + $"/?window={window}");
        var slider = page.Locator("[data-testid=time-slider] input[type=range]");
        await slider.WaitForAsync(new LocatorWaitForOptions { Timeout = 60_000 });
        await page.WaitForFunctionAsync("() => performance.getEntriesByName('md-markers-changes', 'mark').length > 0", null, new PageWaitForFunctionOptions { Timeout = 60_000 });
        var max = int.Parse(await slider.GetAttributeAsync("max") ?? "0", CultureInfo.InvariantCulture);
        if (max < steps)
        {
            throw new InvalidOperationException($"The store spans {max} days: too few for {steps} slider steps.");
        }
        var toEvents = new List<double>();
        var toChanges = new List<double>();
        var toPaint = new List<double>();
        List<double> build = [], send = [], draw = [], sizes = [];
        for (var step = 1; step <= steps; step++)
        {
            var value = (int)((long)max * step / steps);
            await page.EvaluateAsync("() => { performance.clearMarks(); performance.clearMeasures(); }");
            await slider.EvaluateAsync("(el, v) => { el.value = v; el.dispatchEvent(new Event('input', { bubbles: true })); }", value.ToString(CultureInfo.InvariantCulture));
            var measured = await page.WaitForFunctionAsync(Measures, null, new PageWaitForFunctionOptions { Timeout = 60_000 });
            var durations = await measured.JsonValueAsync<double[]>();
            toEvents.Add(durations[0]);
            toChanges.Add(durations[1]);
            toPaint.Add(durations[2]);
            var split = await page.EvaluateAsync<double[]>(ControlSplit);
            var controlText = "";
            if (split[3] >= 0)
            {
                build.Add(split[0]);
                send.Add(Math.Max(0, split[2] - split[0]) + split[4]);
                draw.Add(split[3]);
                sizes.Add(split[1]);
                controlText = $" (control: built {split[0]:0} ms, {split[1] / 1024:0} KiB, sent {Math.Max(0, split[2] - split[0]) + split[4]:0} ms (fetch {split[4]:0}), drawn {split[3]:0} ms)";
            }
            await page.EvaluateAsync("() => { window.__mdControlStats = null; }");
            var text = await page.Locator("[data-testid=window-text]").InnerTextAsync();
            Console.WriteLine($"step {step,2}/{steps} (day {value}, {text.Trim()}): markers {durations[0]:0.0} ms, all layers {durations[1]:0.0} ms, painted {durations[2]:0.0} ms{controlText}");
        }
        if (errors.Count > 0)
        {
            throw new InvalidOperationException($"The page reported errors: {string.Join("; ", errors)}");
        }
        var figures = new Dictionary<string, Figure>();
        void Add(string name, List<double> values)
        {
            figures[$"slider.{window}.{name}.p50"] = new Figure(Stats.Median(values), "ms", command);
            figures[$"slider.{window}.{name}.p95"] = new Figure(Stats.Percentile(values, 95), "ms", command);
        }
        Add("to-event-markers", toEvents);
        Add("to-all-layers", toChanges);
        Add("to-paint", toPaint);
        if (draw.Count > 0)
        {
            Add("control-build", build);
            Add("control-send", send);
            Add("control-draw", draw);
            figures[$"slider.{window}.control-kib.p50"] = new Figure(Stats.Median(sizes) / 1024, "KiB", command);
        }
        return new BenchResult($"slider-{window}", DateTime.UtcNow, BenchResult.DescribeMachine(), figures, new Dictionary<string, double[]>
        {
            ["to-event-markers-ms"] = [.. toEvents], ["to-all-layers-ms"] = [.. toChanges], ["to-paint-ms"] = [.. toPaint],
        });
    }
}
