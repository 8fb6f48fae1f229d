namespace MapDashboard.E2E;

/// <summary>Paths inside the checkout the tests run from.</summary>
internal static class RepoPaths
{
    public static string Root { get; } = FindRoot();

    /// <summary>The build configuration the tests were built with (the app is started from the same one).</summary>
    public static string Configuration { get; } = AppContext.BaseDirectory.Contains("/bin/Release/", StringComparison.Ordinal) ? "Release" : "Debug";

    public static string WebProject => Path.Combine(Root, "src", "MapDashboard.Web");

    public static string WebDll => Path.Combine(WebProject, "bin", Configuration, "net10.0", "MapDashboard.Web.dll");

    public static string Artifacts(string kind)
    {
        var folder = Path.Combine(Root, "test-artifacts", kind);
        Directory.CreateDirectory(folder);
        return folder;
    }

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "MapDashboard.sln")))
            {
                return dir.FullName;
            }
        }
        throw new InvalidOperationException($"No MapDashboard.sln above {AppContext.BaseDirectory}");
    }
}
