using System.CommandLine;
using System.Reflection;

namespace MapDashboard.Cli.Commands;

/// <summary>`mapdash version`: the tool's version and runtime.</summary>
public static class VersionCommand
{
    /// <summary>Creates the command.</summary>
    public static Command Create(TextWriter stdout)
    {
        var command = new Command("version", "Print the MapDashboard version and the .NET runtime it runs on.");
        command.SetAction(_ =>
        {
            stdout.WriteLine($"mapdash {Version} (.NET {Environment.Version})");
            return 0;
        });
        return command;
    }

    /// <summary>The informational version of the CLI assembly, without build metadata.</summary>
    public static string Version
    {
        get
        {
            var info = typeof(VersionCommand).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "0.0.0";
            var plus = info.IndexOf('+');
            return plus < 0 ? info : info[..plus];
        }
    }
}
