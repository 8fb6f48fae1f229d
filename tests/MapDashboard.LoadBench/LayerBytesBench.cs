using System.Globalization;

namespace MapDashboard.LoadBench;

/// <summary>
/// The map's control layer (api/control/layer) at N dates in even steps from <c>from</c> to <c>to</c>, fetched over
/// HTTP from the app over a store (no browser), each split by <see cref="ControlLayerBytes"/>: bytes per part per step,
/// then the median and the largest step. Sizes are deterministic for a store, unlike the slider bench's timings.
/// </summary>
public sealed class LayerBytesBench(RepoPaths paths, string store, DateOnly from, DateOnly to, int steps)
{
    public async Task RunAsync()
    {
        await using var app = await BenchApp.StartAsync(paths, store);
        using var client = new HttpClient { BaseAddress = new Uri(app.BaseUrl), Timeout = TimeSpan.FromMinutes(5) };
        var span = to.DayNumber - from.DayNumber;
        var totals = new List<double>();
        var split = ControlLayerBytes.Parts.ToDictionary(p => p, _ => new List<double>());
        for (var step = 1; step <= steps; step++)
        {
            var date = from.AddDays((int)((long)span * step / steps));
            var json = await client.GetStringAsync($"/api/control/layer?date={date:yyyy-MM-dd}");
            var parts = ControlLayerBytes.Split(json);
            foreach (var (part, bytes) in parts)
            {
                split[part].Add(bytes);
            }
            totals.Add(System.Text.Encoding.UTF8.GetByteCount(json));
            // The API's full layer at the date: its evidence lists and point labels are what a map's layer carrying them would add.
            var full = ControlLayerBytes.Split(await client.GetStringAsync($"/api/control?date={date:yyyy-MM-dd}"));
            Console.WriteLine($"step {step,2}/{steps} {date:yyyy-MM-dd}: {totals[^1]:0} bytes ({string.Join(", ", parts.Select(p => $"{p.Key} {p.Value}"))}); " +
                $"API layer: area-places {full["area-places"]}, point-labels {full["point-labels"]}");
        }
        var largest = totals.IndexOf(totals.Max());
        Console.WriteLine($"control layer bytes over {steps} steps: median {Stats.Median(totals):0}, largest {totals[largest]:0} ({from.AddDays((int)((long)span * (largest + 1) / steps)):yyyy-MM-dd})");
        foreach (var (part, values) in split)
        {
            Console.WriteLine($"  {part,-17} median {Stats.Median(values),9:0}  at the largest step {values[largest],9:0}");
        }
    }

    public static DateOnly Date(string text) => DateOnly.ParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture);
}
