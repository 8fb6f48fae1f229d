using MapDashboard.Data.Composition;

namespace MapDashboard.Data.Tests.Composition;

public class MallocArenasTests
{
    [Fact]
    public void OnLinuxWithGlibc_TheCapIsTaken_UnlessTheUserSetOne()
    {
        var taken = MallocArenas.Limit();

        var expected = OperatingSystem.IsLinux() && (File.Exists("/lib/x86_64-linux-gnu/libc.so.6") || File.Exists("/lib/aarch64-linux-gnu/libc.so.6"))
            && Environment.GetEnvironmentVariable("MALLOC_ARENA_MAX") is null;
        Assert.Equal(expected, taken);
    }
}
