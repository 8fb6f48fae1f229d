using System.Diagnostics.Tracing;
using System.Globalization;
using Microsoft.Diagnostics.NETCore.Client;
using Microsoft.Diagnostics.Tracing;
using Microsoft.Diagnostics.Tracing.Parsers;
using Microsoft.Diagnostics.Tracing.Parsers.Clr;

namespace MapDashboard.LoadBench;

/// <summary>A process's memory after a full blocking GC: managed heap (from the GC's own event) and resident set (from /proc).</summary>
public sealed record MemorySnapshot(double GcHeapMb, double RssMb, double RssAnonMb);

/// <summary>
/// Forces a full blocking GC in another .NET process the way dotnet-gcdump does, through its diagnostics port (an
/// EventPipe session with the GCHeapCollect keyword), with no endpoint added to the app; reads the heap size the GC
/// reports when it ends (GCHeapStats), then the process's VmRSS and RssAnon.
/// </summary>
public static class GcProbe
{
    public static async Task<MemorySnapshot> CollectAsync(int processId)
    {
        var client = new DiagnosticsClient(processId);
        var keywords = (long)(ClrTraceEventParser.Keywords.GC | ClrTraceEventParser.Keywords.GCHeapCollect);
        using var session = client.StartEventPipeSession([new EventPipeProvider("Microsoft-Windows-DotNETRuntime", EventLevel.Informational, keywords)], requestRundown: false);
        using var source = new EventPipeEventSource(session.EventStream);
        var heap = new TaskCompletionSource<double>(TaskCreationOptions.RunContinuationsAsynchronously);
        var fullGc = false;
        source.Clr.GCStart += e => fullGc |= e.Depth == 2 && e.Type == GCType.NonConcurrentGC;
        source.Clr.GCHeapStats += e =>
        {
            if (fullGc)
            {
                heap.TrySetResult(e.TotalHeapSize / 1048576.0);
            }
        };
        var processing = Task.Run(source.Process);
        var gcHeapMb = await heap.Task.WaitAsync(TimeSpan.FromSeconds(30));
        await session.StopAsync(CancellationToken.None);
        await processing;
        var (rss, anon) = ReadRss(processId);
        return new MemorySnapshot(gcHeapMb, rss, anon);
    }

    /// <summary>VmRSS and RssAnon of a process, in MiB.</summary>
    public static (double Rss, double Anon) ReadRss(int processId)
    {
        double Field(string[] lines, string name) =>
            long.Parse(lines.First(l => l.StartsWith(name, StringComparison.Ordinal)).Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], CultureInfo.InvariantCulture) / 1024.0;
        var status = File.ReadAllLines($"/proc/{processId}/status");
        return (Field(status, "VmRSS:"), Field(status, "RssAnon:"));
    }
}
