using System.Globalization;
using Microsoft.Playwright;

namespace MapDashboard.LoadBench;

/// <summary>
/// Slider change to map updated, in the browser, on a large store: the dashboard opens at the start of the store's span,
/// then the time slider is moved N times in even steps across the span, one step after the previous has finished.
/// The map module marks each time-slider input (md-slider-input) and measures to each marker layer's update
/// (md-slider-to-markers-events, -changes: the changes layer is the last of a step, after the control areas);
/// <see cref="PageProbes"/> adds the time to the paint after the last layer (md-bench-slider-to-paint).
/// Each control layer the page fetches (api/control/layer) is split by <see cref="ControlLayerBytes"/>: bytes per part,
/// per step, with the median and largest step at the end.
/// </summary>
public sealed class SliderBench(RepoPaths paths, string store, int steps, string window, string command, bool splitSteps = false)
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

    // The server's own split of the step (StepTimings: laps of store queries and calls to the browser, the collector's
    // pauses, allocation) and the browser's drawing of each marker layer (md-markers-draw-*).
    private const string StepSplit = """
        () => {
          const s = window.__mdStepStats;
          if (!s) return null;
          const out = Object.assign({}, s);
          for (const m of performance.getEntriesByType('measure')) {
            if (m.name.startsWith('md-markers-draw-')) out['draw-' + m.name.slice(16) + 'Ms'] = Math.round(m.duration * 10) / 10;
          }
          return out;
        }
        """;

    public async Task<BenchResult> RunAsync()
    {
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await Chromium.LaunchAsync(playwright);
        await using var app = await BenchApp.StartAsync(paths, store);
        var errors = new List<string>();
        var page = await Chromium.OpenPageAsync(browser, errors);
        var layers = new List<Task<string>>();
        page.Response += (_, response) =>
        {
            if (response.Url.Contains("/api/control/layer?", StringComparison.Ordinal) && response.Ok)
            {
                lock (layers)
                {
                    layers.Add(response.TextAsync());
                }
            }
        };
        await page.GotoAsync(app.BaseUrl + $"/?window={window}");
        var slider = page.Locator("[data-testid=time-slider] input[type=range]");
        await slider.WaitForAsync(new LocatorWaitForOptions { Timeout = 180_000 });
        await page.WaitForFunctionAsync("() => performance.getEntriesByName('md-markers-changes', 'mark').length > 0", null, new PageWaitForFunctionOptions { Timeout = 180_000 });
        var max = int.Parse(await slider.GetAttributeAsync("max") ?? "0", CultureInfo.InvariantCulture);
        if (max < steps)
        {
            throw new InvalidOperationException($"The store spans {max} days: too few for {steps} slider steps.");
        }
        var toEvents = new List<double>();
        var toChanges = new List<double>();
        var toPaint = new List<double>();
        List<double> build = [], send = [], draw = [], sizes = [];
        var split = ControlLayerBytes.Parts.ToDictionary(p => p, _ => new List<double>());
        var totals = new List<double>();
        var splits = new List<Dictionary<string, double>>();
        for (var step = 1; step <= steps; step++)
        {
            lock (layers)
            {
                layers.Clear();
            }
            var value = (int)((long)max * step / steps);
            await page.EvaluateAsync("() => { performance.clearMarks(); performance.clearMeasures(); window.__mdStepStats = null; }");
            await slider.EvaluateAsync("(el, v) => { el.value = v; el.dispatchEvent(new Event('input', { bubbles: true })); }", value.ToString(CultureInfo.InvariantCulture));
            var measured = await page.WaitForFunctionAsync(Measures, null, new PageWaitForFunctionOptions { Timeout = 60_000 });
            var durations = await measured.JsonValueAsync<double[]>();
            toEvents.Add(durations[0]);
            toChanges.Add(durations[1]);
            toPaint.Add(durations[2]);
            var control = await page.EvaluateAsync<double[]>(ControlSplit);
            var controlText = "";
            if (control[3] >= 0)
            {
                build.Add(control[0]);
                send.Add(Math.Max(0, control[2] - control[0]) + control[4]);
                draw.Add(control[3]);
                sizes.Add(control[1]);
                controlText = $" (control: built {control[0]:0} ms, {control[1] / 1024:0} KiB, sent {Math.Max(0, control[2] - control[0]) + control[4]:0} ms (fetch {control[4]:0}), drawn {control[3]:0} ms)";
            }
            Task<string>[] fetched;
            lock (layers)
            {
                fetched = [.. layers];
            }
            if (fetched.Length > 0)
            {
                var json = await fetched[^1];
                var parts = ControlLayerBytes.Split(json);
                foreach (var (part, bytes) in parts)
                {
                    split[part].Add(bytes);
                }
                totals.Add(System.Text.Encoding.UTF8.GetByteCount(json));
                controlText += $"\n    layer bytes {totals[^1]:0}: {string.Join(", ", parts.Select(p => $"{p.Key} {p.Value}"))}";
            }
            await page.EvaluateAsync("() => { window.__mdControlStats = null; }");
            if (splitSteps)
            {
                // The step's server tail (after its last layer) then ends before the next step starts, unlike a user's
                // quick moves: the split explains a step, the default run times the steps as they overlap.
                var stepSplit = await page.WaitForFunctionAsync(StepSplit, null, new PageWaitForFunctionOptions { Timeout = 60_000 });
                var serverSplit = await stepSplit.JsonValueAsync<Dictionary<string, double>>();
                splits.Add(serverSplit);
                controlText += "\n    server and drawing: " + string.Join(", ", serverSplit.Select(p => $"{p.Key} {p.Value:0.#}"));
            }
            var text = await page.Locator("[data-testid=window-text]").InnerTextAsync();
            Console.WriteLine($"step {step,2}/{steps} (day {value}, {text.Trim()}): markers {durations[0]:0.0} ms, all layers {durations[1]:0.0} ms, painted {durations[2]:0.0} ms{controlText}");
        }
        if (errors.Count > 0)
        {
            throw new InvalidOperationException($"The page reported errors: {string.Join("; ", errors)}");
        }
        if (totals.Count > 0)
        {
            var largest = totals.IndexOf(totals.Max());
            Console.WriteLine($"control layer bytes over {totals.Count} fetched steps: median {Stats.Median(totals):0}, largest {totals[largest]:0}");
            foreach (var (part, values) in split)
            {
                Console.WriteLine($"  {part,-17} median {Stats.Median(values),9:0}  at the largest step {values[largest],9:0}");
            }
        }
        if (splitSteps)
        {
            PrintSlowest(toPaint, splits);
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
        if (totals.Count > 0)
        {
            figures[$"slider.{window}.control-bytes.p50"] = new Figure(Stats.Median(totals), "bytes", command);
            figures[$"slider.{window}.control-bytes.max"] = new Figure(totals.Max(), "bytes", command);
        }
        return new BenchResult($"slider-{window}", DateTime.UtcNow, BenchResult.DescribeMachine(), figures, new Dictionary<string, double[]>
        {
            ["to-event-markers-ms"] = [.. toEvents], ["to-all-layers-ms"] = [.. toChanges], ["to-paint-ms"] = [.. toPaint],
        });
    }

    /// <summary>The median of each part of the server's split, over all steps and over the slowest three (by paint).</summary>
    private static void PrintSlowest(List<double> toPaint, List<Dictionary<string, double>> splits)
    {
        var slowest = toPaint.Select((ms, i) => (ms, i)).OrderByDescending(p => p.ms).Take(3).Select(p => p.i).ToList();
        Console.WriteLine($"slowest steps by paint: {string.Join(", ", slowest.Select(i => $"{i + 1} ({toPaint[i]:0} ms)"))}");
        foreach (var key in splits.SelectMany(s => s.Keys).Distinct())
        {
            var all = splits.Select(s => s.GetValueOrDefault(key)).ToList();
            Console.WriteLine($"  {key,-16} median {Stats.Median(all),9:0.#}  slowest three {string.Join(" / ", slowest.Select(i => splits[i].GetValueOrDefault(key).ToString("0.#", CultureInfo.InvariantCulture)))}");
        }
    }
}
