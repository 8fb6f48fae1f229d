using System.Diagnostics;
using System.Globalization;

namespace MapDashboard.LoadBench;

/// <summary>One child process's wall time, CPU time (user + sys) and peak resident memory, from /usr/bin/time.</summary>
public sealed record Timing(double WallSeconds, double CpuSeconds, long PeakKilobytes)
{
    /// <summary>Parses the last non-empty line /usr/bin/time wrote with the format "%e %U %S %M".</summary>
    public static Timing Parse(IEnumerable<string> timeFileLines)
    {
        var line = timeFileLines.LastOrDefault(l => l.Trim().Length > 0)
                   ?? throw new InvalidDataException("/usr/bin/time wrote nothing.");
        var fields = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (fields.Length != 4)
        {
            throw new InvalidDataException($"/usr/bin/time wrote '{line}', not 'wall user sys maxrss'.");
        }
        double Number(int i) => double.Parse(fields[i], CultureInfo.InvariantCulture);
        return new Timing(Number(0), Number(1) + Number(2), (long)Number(3));
    }
}

/// <summary>
/// Runs the published CLI (artifacts/cli/mapdash.dll, ReadyToRun where it can be, as ./mapdash publishes it) under
/// /usr/bin/time and returns its timing; the child's output is read and dropped so it never blocks on a full pipe.
/// </summary>
public sealed class TimedCli(RepoPaths paths)
{
    public string Cli => Path.Combine(paths.Root, "artifacts", "cli", "mapdash.dll");

    /// <summary>Fails early, with what to do, when the CLI or /usr/bin/time is missing.</summary>
    public void EnsureReady()
    {
        if (!File.Exists(Cli))
        {
            throw new InvalidOperationException($"{Cli} is missing: run `./mapdash --help` once, which publishes the CLI.");
        }
        if (!File.Exists("/usr/bin/time"))
        {
            throw new InvalidOperationException("/usr/bin/time is missing (Debian package `time`): it measures the child processes' CPU and memory.");
        }
    }

    public async Task<Timing> RunAsync(string folder, params string[] cliArguments)
    {
        var timeFile = Path.Combine(folder, "time.txt");
        var start = new ProcessStartInfo("/usr/bin/time")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in new[] { "-f", "%e %U %S %M", "-o", timeFile, "dotnet", Cli }.Concat(cliArguments))
        {
            start.ArgumentList.Add(argument);
        }
        using var process = Process.Start(start) ?? throw new InvalidOperationException("could not start /usr/bin/time");
        var output = process.StandardOutput.BaseStream.CopyToAsync(Stream.Null);
        var errors = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        await output;
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"mapdash {cliArguments[0]} exited with {process.ExitCode}: {(await errors).Trim()}");
        }
        return Timing.Parse(File.ReadAllLines(timeFile));
    }
}
