using System.CommandLine;
using MapDashboard.Data.Ingest;

namespace MapDashboard.Cli.Commands;

/// <summary>The `--jobs N` option of the commands that process articles: how many articles are parsed at once.</summary>
internal static class JobsOption
{
    /// <summary>The most workers accepted: far more than any machine's cores, few enough to bound memory.</summary>
    public const int Max = 256;

    public static Option<int?> Create() => new("--jobs")
    {
        Description = $"How many articles are read, geoparsed and coded at once (default: the number of cores, {OrderedParallel.DefaultJobs} here). "
            + "Output order and results are those of a one-job run.",
    };

    /// <summary>The number of workers asked for, or the default; null, after one line on stderr, when it is out of range.</summary>
    public static int? Resolve(int? given, string verb, TextWriter stderr)
    {
        if (given is { } jobs && (jobs < 1 || jobs > Max))
        {
            stderr.WriteLine($"{verb}: --jobs must be between 1 and {Max}, not {jobs}");
            return null;
        }
        return given ?? OrderedParallel.DefaultJobs;
    }
}
