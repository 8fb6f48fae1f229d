using MapDashboard.LoadBench;
using Xunit;

namespace MapDashboard.LoadBench.Tests;

public sealed class TimingTests
{
    [Fact]
    public void Parse_ReadsTheLastLine_WallCpuAsUserPlusSys_PeakKilobytes()
    {
        var timing = Timing.Parse(["Command exited with non-zero status 0", "408.12 649.50 86.25 720896", ""]);

        Assert.Equal(408.12, timing.WallSeconds, 3);
        Assert.Equal(735.75, timing.CpuSeconds, 3);
        Assert.Equal(720896, timing.PeakKilobytes);
    }

    [Theory]
    [InlineData("")]
    [InlineData("12.5 3.1 0.2")]
    [InlineData("Command terminated by signal 9")]
    public void Parse_RejectsAnythingElse(string text) =>
        Assert.Throws<InvalidDataException>(() => Timing.Parse(text.Split('\n')));
}
