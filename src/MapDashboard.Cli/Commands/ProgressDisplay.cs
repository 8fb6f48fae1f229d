using Spectre.Console;

namespace MapDashboard.Cli.Commands;

/// <summary>
/// Progress bars for long jobs on a terminal; plain periodic lines when output is redirected (CI logs, pipes), so logs
/// stay readable.
/// </summary>
internal static class ProgressDisplay
{
    /// <summary>Runs <paramref name="work"/> with a reporter of (stage, done, total).</summary>
    public static async Task<T> RunAsync<T>(TextWriter stderr, Func<Action<string, long, long>, Task<T>> work)
    {
        if (Console.IsErrorRedirected || !ReferenceEquals(stderr, Console.Error))
        {
            var last = "";
            var clock = System.Diagnostics.Stopwatch.StartNew();
            var lastLine = TimeSpan.Zero;
            return await work((stage, done, total) =>
            {
                if (stage != last)
                {
                    last = stage;
                    clock.Restart();
                    lastLine = TimeSpan.Zero;
                    stderr.WriteLine($"  {stage}...");
                }
                else if (total >= LongJob && done < total && clock.Elapsed - lastLine >= LineEvery)
                {
                    lastLine = clock.Elapsed;
                    stderr.WriteLine($"  {stage}: {RateLine(done, total, clock.Elapsed)}");
                }
            });
        }
        var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(Console.Error) });
        T result = default!;
        await console.Progress()
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new RateColumn(), new ElapsedTimeColumn(), new RemainingTimeColumn())
            .StartAsync(async context =>
            {
                var tasks = new Dictionary<string, ProgressTask>();
                result = await work((stage, done, total) =>
                {
                    if (!tasks.TryGetValue(stage, out var task))
                    {
                        task = context.AddTask(stage, maxValue: Math.Max(1, total));
                        tasks[stage] = task;
                    }
                    task.MaxValue = Math.Max(task.MaxValue, Math.Max(1, total));
                    task.Value = Math.Min(done, task.MaxValue);
                });
                foreach (var task in tasks.Values)
                {
                    task.Value = task.MaxValue;
                }
            });
        return result;
    }

    /// <summary>Jobs of at least this many items get periodic lines in a log.</summary>
    private const long LongJob = 200;

    private static readonly TimeSpan LineEvery = TimeSpan.FromSeconds(15);

    /// <summary>"1200/10000, 310/s, 0:03:52 elapsed, about 0:00:28 left".</summary>
    internal static string RateLine(long done, long total, TimeSpan elapsed) => Core.Pipeline.ProgressLine.Format(done, total, elapsed);

    /// <summary>Items per second of a task, for the terminal's progress bar.</summary>
    private sealed class RateColumn : ProgressColumn
    {
        public override Spectre.Console.Rendering.IRenderable Render(Spectre.Console.Rendering.RenderOptions options, ProgressTask task, TimeSpan deltaTime) =>
            new Text(task.Speed is { } speed ? FormattableString.Invariant($"{speed:F0}/s") : "-/s");
    }
}
