using System.Diagnostics;
using System.Text;
using System.Text.RegularExpressions;

namespace MapDashboard.E2E;

/// <summary>
/// The real dashboard (Kestrel, not TestServer) started from its build output as a child process on a free
/// loopback port; its output is kept for the tests to inspect and stopped on dispose.
/// </summary>
public sealed partial class AppServer : IAsyncDisposable
{
    private readonly Process _process;
    private readonly StringBuilder _log = new();
    private readonly TaskCompletionSource<string> _listening = new(TaskCreationOptions.RunContinuationsAsynchronously);

    private AppServer(IReadOnlyDictionary<string, string> environment)
    {
        if (!File.Exists(RepoPaths.WebDll))
        {
            throw new FileNotFoundException($"Build the solution first: {RepoPaths.WebDll} is missing.");
        }
        var start = new ProcessStartInfo("dotnet")
        {
            ArgumentList = { RepoPaths.WebDll, "--urls", "http://127.0.0.1:0", "--contentRoot", RepoPaths.WebProject },
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = RepoPaths.WebProject,
        };
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Development";
        start.Environment["MAPDASH_ROOT"] = RepoPaths.Root;
        start.Environment["Logging__LogLevel__Default"] = "Warning";
        start.Environment["Logging__LogLevel__Microsoft.Hosting.Lifetime"] = "Information";
        foreach (var (key, value) in environment)
        {
            start.Environment[key] = value;
        }
        _process = new Process { StartInfo = start, EnableRaisingEvents = true };
        _process.OutputDataReceived += (_, e) => OnLine(e.Data);
        _process.ErrorDataReceived += (_, e) => OnLine(e.Data);
        _process.Exited += (_, _) => _listening.TrySetException(new InvalidOperationException($"The app exited early:\n{Log}"));
    }

    /// <summary>The app's process id (for diagnostics from the tests).</summary>
    public int ProcessId => _process.Id;

    /// <summary>The base address the app listens on, e.g. http://127.0.0.1:41235.</summary>
    public string BaseUrl { get; private set; } = "";

    /// <summary>Everything the app printed so far.</summary>
    public string Log
    {
        get
        {
            lock (_log)
            {
                return _log.ToString();
            }
        }
    }

    /// <summary>Starts the app and waits until it listens.</summary>
    public static async Task<AppServer> StartAsync(IReadOnlyDictionary<string, string>? environment = null)
    {
        var server = new AppServer(environment ?? new Dictionary<string, string>());
        server._process.Start();
        server._process.BeginOutputReadLine();
        server._process.BeginErrorReadLine();
        try
        {
            server.BaseUrl = await server._listening.Task.WaitAsync(TimeSpan.FromSeconds(120));
        }
        catch
        {
            await server.DisposeAsync(); // never leave a half-started app behind
            throw;
        }
        return server;
    }

    private void OnLine(string? line)
    {
        if (line is null)
        {
            return;
        }
        lock (_log)
        {
            _log.AppendLine(line);
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
