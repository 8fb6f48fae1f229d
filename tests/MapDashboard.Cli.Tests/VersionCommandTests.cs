using MapDashboard.Cli;

namespace MapDashboard.Cli.Tests;

public class VersionCommandTests
{
    [Fact]
    public async Task Version_PrintsSemanticVersion()
    {
        var stdout = new StringWriter();
        var code = await CliApp.RunAsync(["version"], stdout, new StringWriter());
        Assert.Equal(0, code);
        Assert.Matches(@"^mapdash \d+\.\d+\.\d+ \(\.NET \d+\.", stdout.ToString());
    }

    [Fact]
    public async Task Help_ListsVerbs()
    {
        var stdout = new StringWriter();
        var code = await CliApp.RunAsync(["--help"], stdout, new StringWriter());
        Assert.Equal(0, code);
        Assert.Contains("version", stdout.ToString());
    }

    [Fact]
    public async Task UnknownVerb_FailsWithMessage()
    {
        var stderr = new StringWriter();
        var code = await CliApp.RunAsync(["no-such-verb"], new StringWriter(), stderr);
        Assert.NotEqual(0, code);
        Assert.Contains("no-such-verb", stderr.ToString());
    }
}
