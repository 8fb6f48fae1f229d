using System.CommandLine;

namespace MapDashboard.Cli.Commands;

/// <summary>A verb that only groups its subcommands (`mapdash control import`, `mapdash import acled`).</summary>
internal static class CommandGroup
{
    /// <summary>The group <paramref name="name"/> holding <paramref name="subcommands"/>.</summary>
    public static Command Of(string name, string description, params Command[] subcommands)
    {
        var command = new Command(name, description);
        foreach (var subcommand in subcommands)
        {
            command.Subcommands.Add(subcommand);
        }
        return command;
    }
}
