namespace MapDashboard.LoadBench;

/// <summary>Paths inside the checkout: the web app's build output, the bench stores and results.</summary>
public sealed record RepoPaths(string Root, string Configuration)
{
    public string WebProject => Path.Combine(Root, "src", "MapDashboard.Web");

    public string WebDll => Path.Combine(WebProject, "bin", Configuration, "net10.0", "MapDashboard.Web.dll");

    /// <summary>artifacts/bench: the synthetic stores and the JSON results.</summary>
    /// <summary>Where `./run.sh` publishes the web app (ReadyToRun where it can be): what a user starts.</summary>
    public string PublishedWeb => Path.Combine(Root, "artifacts", "web");

    public string BenchFolder => Path.Combine(Root, "artifacts", "bench");

    public string Store(int events) => Path.Combine(BenchFolder, $"synth-{events}.db");

    public static RepoPaths Discover(string configuration)
    {
        foreach (var start in new[] { Directory.GetCurrentDirectory(), AppContext.BaseDirectory })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                if (File.Exists(Path.Combine(dir.FullName, "MapDashboard.sln")))
                {
                    return new RepoPaths(dir.FullName, configuration);
                }
            }
        }
        throw new InvalidOperationException("Run inside the MapDashboard checkout: no MapDashboard.sln above the current folder.");
    }
}
