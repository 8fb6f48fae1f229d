using MapDashboard.Data;

namespace MapDashboard.Cli.Commands;

/// <summary>Default file locations for the CLI, from the checkout it runs in.</summary>
internal static class CliPaths
{
    public static string GazetteerDatabase(FileInfo? given) => given?.FullName ?? RepositoryLayout.DiscoverOrThrow().GazetteerDatabase;

    public static string EventDatabase(FileInfo? given) => given?.FullName ?? RepositoryLayout.DiscoverOrThrow().EventDatabase;
}
