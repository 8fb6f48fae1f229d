using MapDashboard.Core.Pipeline;

namespace MapDashboard.Core.Tests.Pipeline;

public class ProgressLineTests
{
    [Fact]
    public void SlowJob_KeepsOneDecimalOfItsRate()
    {
        Assert.Equal("3/10, 0.8/s, 0:00:04 elapsed, about 0:00:10 left", ProgressLine.Format(3, 10, TimeSpan.FromSeconds(4)));
    }

    [Fact]
    public void FinishedJob_SaysDoneInsteadOfTheTimeLeft()
    {
        Assert.Equal("10/10, 2.5/s, 0:00:04 elapsed, done", ProgressLine.Format(10, 10, TimeSpan.FromSeconds(4)));
    }
}
