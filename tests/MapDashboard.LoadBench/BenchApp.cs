using MapDashboard.Tests.Shared;

namespace MapDashboard.LoadBench;

/// <summary>Starts the dashboard over a bench store (see <see cref="AppProcess"/>), with the browser's benchmark marks on.</summary>
internal static class BenchApp
{
    /// <summary>Starts the web app over <paramref name="store"/> and waits until it listens.</summary>
    public static Task<AppProcess> StartAsync(RepoPaths paths, string store, bool published = false)
    {
        if (!File.Exists(store))
        {
            throw new FileNotFoundException($"The event store {store} does not exist (see BENCHMARKS.md for how to make it).");
        }
        if (published && !File.Exists(Path.Combine(paths.PublishedWeb, "MapDashboard.Web.dll")))
        {
            throw new FileNotFoundException($"--published: {paths.PublishedWeb} holds no published web app; run ./run.sh once (it publishes there).");
        }
        return AppProcess.StartAsync(paths.Root, published ? paths.PublishedWeb : paths.WebProject,
            published ? Path.Combine(paths.PublishedWeb, "MapDashboard.Web.dll") : paths.WebDll, new Dictionary<string, string>
        {
            ["MapDashboard__EventDatabase"] = store,
            // The map and the time bar mark a slider step and its markers (md-slider-input, md-markers-*) only when asked.
            ["MapDashboard__BenchmarkMarks"] = "true",
        }, TimeSpan.FromSeconds(60));
    }
}
