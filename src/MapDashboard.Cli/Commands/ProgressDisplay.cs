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
            return await work((stage, done, total) =>
            {
                if (stage != last)
                {
                    last = stage;
                    stderr.WriteLine($"  {stage}...");
                }
            });
        }
        var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(Console.Error) });
        T result = default!;
        await console.Progress()
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new RemainingTimeColumn())
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
}
