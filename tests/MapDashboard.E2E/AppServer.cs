using MapDashboard.Tests.Shared;

namespace MapDashboard.E2E;

/// <summary>Starts the dashboard of this checkout's build (see <see cref="AppProcess"/>) for the browser tests.</summary>
internal static class AppServer
{
    /// <summary>Starts the app with extra environment variables and waits until it listens.</summary>
    public static Task<AppProcess> StartAsync(IReadOnlyDictionary<string, string>? environment = null) =>
        AppProcess.StartAsync(RepoPaths.Root, RepoPaths.WebProject, RepoPaths.WebDll, environment);
}
