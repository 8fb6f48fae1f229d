using System.Diagnostics;
using System.Text.RegularExpressions;

namespace MapDashboard.LoadBench;

/// <summary>
/// The dashboard started from its build output as a child process on a free loopback port (as the E2E tests start it),
/// its output drained continuously (an undrained pipe stalls the app) and kept for error messages.
/// </summary>
public sealed partial class AppProcess : IAsyncDisposable
{
    private readonly Process _process;
    private readonly List<string> _log = [];
    private readonly TaskCompletionSource<string> _listening = new(TaskCreationOptions.RunContinuationsAsynchronously);

    private AppProcess(Process process) => _process = process;

    /// <summary>The base address the app listens on.</summary>
    public string BaseUrl { get; private set; } = "";

    /// <summary>The server's process id (for /proc and the diagnostics port).</summary>
    public int Id => _process.Id;

    /// <summary>Wall-clock time (Unix ms) just before the process was started.</summary>
    public double StartedAtUnixMs { get; private set; }

    /// <summary>Milliseconds from process start to the "Now listening on" line.</summary>
    public double ListeningAfterMs { get; private set; }

    /// <summary>Starts the web app over <paramref name="store"/> and waits until it listens.</summary>
    public static async Task<AppProcess> StartAsync(RepoPaths paths, string store)
    {
        if (!File.Exists(paths.WebDll))
        {
            throw new FileNotFoundException($"Build the solution first ({paths.Configuration}): {paths.WebDll} is missing.");
        }
        if (!File.Exists(store))
        {
            throw new FileNotFoundException($"The event store {store} does not exist (see BENCHMARKS.md for how to make it).");
        }
        var start = new ProcessStartInfo("dotnet")
        {
            ArgumentList = { paths.WebDll, "--urls", "http://127.0.0.1:0", "--contentRoot", paths.WebProject },
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = paths.WebProject,
        };
        // Development: the build output serves static web assets from their manifest only in Development (STACK-NOTES).
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Development";
        start.Environment["MAPDASH_ROOT"] = paths.Root;
        start.Environment["MapDashboard__EventDatabase"] = store;
        start.Environment["Logging__LogLevel__Default"] = "Warning";
        start.Environment["Logging__LogLevel__Microsoft.Hosting.Lifetime"] = "Information";
        var app = new AppProcess(new Process { StartInfo = start, EnableRaisingEvents = true });
        app._process.OutputDataReceived += (_, e) => app.OnLine(e.Data);
        app._process.ErrorDataReceived += (_, e) => app.OnLine(e.Data);
        app._process.Exited += (_, _) => app._listening.TrySetException(new InvalidOperationException($"The app exited early:\n{app.Log}"));
        var clock = Stopwatch.StartNew();
        app.StartedAtUnixMs = UnixNowMs();
        app._process.Start();
        app._process.BeginOutputReadLine();
        app._process.BeginErrorReadLine();
        app.BaseUrl = await app._listening.Task.WaitAsync(TimeSpan.FromSeconds(60));
        app.ListeningAfterMs = clock.Elapsed.TotalMilliseconds;
        return app;
    }

    /// <summary>Wall-clock now in Unix milliseconds (the browser's performance.timeOrigin + now() uses the same clock).</summary>
    public static double UnixNowMs() => (DateTime.UtcNow - DateTime.UnixEpoch).TotalMilliseconds;

    /// <summary>Everything the app printed so far.</summary>
    public string Log
    {
        get
        {
            lock (_log)
            {
                return string.Join('\n', _log.TakeLast(200));
            }
        }
    }

    private void OnLine(string? line)
    {
        if (line is null)
        {
            return;
        }
        lock (_log)
        {
            _log.Add(line);
        }
        var match = ListeningLine().Match(line);
        if (match.Success)
        {
            _listening.TrySetResult(match.Groups[1].Value);
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }
        _process.Dispose();
    }

    [GeneratedRegex(@"Now listening on: (http://127\.0\.0\.1:\d+)")]
    private static partial Regex ListeningLine();
}
