using System.CommandLine;

namespace MapDashboard.Cli.Commands;

/// <summary>The `--gazetteer` option of the commands that read the gazetteer database (default: the checkout's).</summary>
internal static class GazetteerOption
{
    /// <summary>The option, saying what the command uses the gazetteer for.</summary>
    public static Option<FileInfo?> Create(string purpose = "The gazetteer database") => new("--gazetteer")
    {
        Description = $"{purpose} (default: the checkout's).",
    };
}
