using System.CommandLine;
using MapDashboard.Cli.Commands;

namespace MapDashboard.Cli;

/// <summary>Builds the `mapdash` command tree; each verb group lives in its own file under Commands/.</summary>
public static class CliApp
{
    /// <summary>The root command with every verb registered.</summary>
    public static RootCommand BuildRoot(TextWriter stdout, TextWriter stderr)
    {
        var root = new RootCommand("MapDashboard: geoparse news articles, build the gazetteer, ingest events and serve the map.");
        root.Subcommands.Add(VersionCommand.Create(stdout));
        root.Subcommands.Add(BasemapCommand.Create(stdout, stderr));
        root.Subcommands.Add(GazetteerCommand.Create(stdout, stderr));
        root.Subcommands.Add(GeoparseCommand.Create(stdout, stderr));
        root.Subcommands.Add(EvalCommand.Create(stdout, stderr));
        root.Subcommands.Add(IngestCommand.Create(stdout, stderr));
        root.Subcommands.Add(FeedsCommand.Create(stdout, stderr));
        root.Subcommands.Add(SynthCommand.Create(stdout, stderr));
        root.Subcommands.Add(CorpusCommand.Create(stdout, stderr));
        root.Subcommands.Add(ExportCommand.Create(stdout, stderr));
        root.Subcommands.Add(ImportCommand.Create(stdout, stderr));
        root.Subcommands.Add(ControlCommand.Create(stdout, stderr));
        root.Subcommands.Add(MigrateCommand.Create(stdout, stderr));
        return root;
    }

    /// <summary>Parses and runs one command line, writing to the given streams.</summary>
    public static async Task<int> RunAsync(string[] args, TextWriter stdout, TextWriter stderr, CancellationToken cancellationToken = default)
    {
        var root = BuildRoot(stdout, stderr);
        var config = new InvocationConfiguration { Output = stdout, Error = stderr };
        return await root.Parse(args).InvokeAsync(config, cancellationToken);
    }
}
