using MapDashboard.Web.Components.Dashboard;

namespace MapDashboard.Web.Tests.Dashboard;

/// <summary>The slider benchmark's server split of a redraw: laps by name (a repeated name adds up), counts, the collector's share.</summary>
public class StepTimingsTests
{
    [Fact]
    public void Laps_AddUpByName_InTheirFirstOrder_WithTheirAllocation_AndTheTotalCoversThemAll()
    {
        var timings = new StepTimings();
        Thread.Sleep(20);
        timings.Lap("query");
        var kept = new byte[256 * 1024];
        timings.Lap("send");
        Thread.Sleep(20);
        timings.Lap("query");
        timings.Count("markers", 42);

        var report = timings.Report();

        Assert.Equal(["queryMs", "sendMs"], report.Keys.Where(k => k.EndsWith("Ms", StringComparison.Ordinal) && k != "totalMs" && k != "gcPauseMs"));
        Assert.True(report["queryMs"] >= 40, $"two laps of at least 20 ms each, got {report["queryMs"]}");
        Assert.True(report["totalMs"] >= report["queryMs"] + report["sendMs"]);
        Assert.True(report["sendKb"] >= 256, $"the 256 KiB array was allocated in the send lap, got {report["sendKb"]}");
        Assert.True(report["allocatedKb"] >= report["sendKb"]);
        Assert.Equal(42, report["markers"]);
        Assert.Contains("gen0", report.Keys);
        GC.KeepAlive(kept);
    }
}
