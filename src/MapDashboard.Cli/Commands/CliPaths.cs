using MapDashboard.Data;

namespace MapDashboard.Cli.Commands;

/// <summary>Default file locations for the CLI, from the checkout it runs in.</summary>
internal static class CliPaths
{
    public static string GazetteerDatabase(FileInfo? given) => given?.FullName ?? RepositoryLayout.DiscoverOrThrow().GazetteerDatabase;

    /// <summary>The event store's location: a PostgreSQL URL or connection string as given, a file path made absolute, or the checkout's default file.</summary>
    public static string EventStore(string? given) => given switch
    {
        null or "" => RepositoryLayout.DiscoverOrThrow().EventDatabase,
        _ when StoreLocation.IsPostgres(given) => given,
        _ => Path.GetFullPath(given),
    };
}
