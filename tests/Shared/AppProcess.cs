using System.Diagnostics;
using System.Text.RegularExpressions;

namespace MapDashboard.Tests.Shared;

/// <summary>
/// The real dashboard (Kestrel, not TestServer) started from its build output as a child process on a port the system
/// picks (never a fixed one: ./run.sh may be serving on 5000), in Development (the build output serves static web
/// assets from their manifest only there). Its output is drained continuously (an undrained pipe stalls the app) and
/// kept for the callers to inspect; the process tree is stopped on dispose. Shared by the browser tests and the load bench.
/// </summary>
public sealed partial class AppProcess : IAsyncDisposable
{
    /// <summary>At most this many lines of output are kept (the oldest go first).</summary>
    private const int MaxLogLines = 20_000;

    private readonly Process _process;
    private readonly Queue<string> _log = new();
    private readonly TaskCompletionSource<string> _listening = new(TaskCreationOptions.RunContinuationsAsynchronously);

    private AppProcess(Process process) => _process = process;

    /// <summary>The base address the app listens on, e.g. http://127.0.0.1:41235.</summary>
    public string BaseUrl { get; private set; } = "";

    /// <summary>The app's process id (for /proc, the diagnostics port and messages).</summary>
    public int ProcessId => _process.Id;

    /// <summary>Wall-clock time (Unix ms) just before the process was started.</summary>
    public double StartedAtUnixMs { get; private set; }

    /// <summary>Milliseconds from process start to the "Now listening on" line.</summary>
    public double ListeningAfterMs { get; private set; }

    /// <summary>Everything the app printed so far (up to the last <see cref="MaxLogLines"/> lines).</summary>
    public string Log
    {
        get
        {
            lock (_log)
            {
                return string.Join('\n', _log);
            }
        }
    }

    /// <summary>
    /// Starts the web app of <paramref name="webProject"/> from <paramref name="webDll"/> with extra environment variables
    /// and waits until it listens; a half-started app is never left behind.
    /// </summary>
    public static async Task<AppProcess> StartAsync(string repositoryRoot, string webProject, string webDll,
        IReadOnlyDictionary<string, string>? environment = null, TimeSpan? timeout = null)
    {
        if (!File.Exists(webDll))
        {
            throw new FileNotFoundException($"Build the solution first: {webDll} is missing.");
        }
        var start = new ProcessStartInfo("dotnet")
        {
            ArgumentList = { webDll, "--urls", "http://127.0.0.1:0", "--contentRoot", webProject },
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = webProject,
        };
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Development";
        start.Environment["MAPDASH_ROOT"] = repositoryRoot;
        start.Environment["Logging__LogLevel__Default"] = "Warning";
        start.Environment["Logging__LogLevel__Microsoft.Hosting.Lifetime"] = "Information";
        foreach (var (key, value) in environment ?? new Dictionary<string, string>())
        {
            start.Environment[key] = value;
        }
        var app = new AppProcess(new Process { StartInfo = start, EnableRaisingEvents = true });
        app._process.OutputDataReceived += (_, e) => app.OnLine(e.Data);
        app._process.ErrorDataReceived += (_, e) => app.OnLine(e.Data);
        app._process.Exited += (_, _) => app._listening.TrySetException(new InvalidOperationException($"The app exited early:\n{app.Log}"));
        var clock = Stopwatch.StartNew();
        app.StartedAtUnixMs = UnixNowMs();
        app._process.Start();
        app._process.BeginOutputReadLine();
        app._process.BeginErrorReadLine();
        try
        {
            app.BaseUrl = await app._listening.Task.WaitAsync(timeout ?? TimeSpan.FromSeconds(120));
        }
        catch
        {
            await app.DisposeAsync();
            throw;
        }
        app.ListeningAfterMs = clock.Elapsed.TotalMilliseconds;
        return app;
    }

    /// <summary>Wall-clock now in Unix milliseconds (the browser's performance.timeOrigin + now() uses the same clock).</summary>
    public static double UnixNowMs() => (DateTime.UtcNow - DateTime.UnixEpoch).TotalMilliseconds;

    private void OnLine(string? line)
    {
        if (line is null)
        {
            return;
        }
        lock (_log)
        {
            _log.Enqueue(line);
            if (_log.Count > MaxLogLines)
            {
                _log.Dequeue();
            }
        }
        var match = ListeningLine().Match(line);
        if (match.Success)
        {
            _listening.TrySetResult(match.Groups[1].Value);
        }
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        try
        {
            if (!_process.HasExited)
            {
                _process.Kill(entireProcessTree: true);
                await _process.WaitForExitAsync();
            }
        }
        catch (InvalidOperationException)
        {
            // The process never started.
        }
        _process.Dispose();
    }

    [GeneratedRegex(@"Now listening on: (http://127\.0\.0\.1:\d+)")]
    private static partial Regex ListeningLine();
}
