using System.CommandLine;
using MapDashboard.Core.Gazetteer;

namespace MapDashboard.Cli.Commands;

/// <summary>
/// `mapdash gazetteer fold`: the fold and skeleton keys the gazetteer build stores for each name, so that scripts that
/// compare names with the gazetteer (scripts/curated-settlements.py) use the project's own folding, not a copy of it.
/// </summary>
public static class GazetteerFoldCommand
{
    /// <summary>Creates the command.</summary>
    public static Command Create(TextWriter stdout, TextWriter stderr)
    {
        var names = new Argument<string[]>("names") { Description = "Place names to fold.", Arity = ArgumentArity.ZeroOrMore };
        var file = new Option<FileInfo?>("--file") { Description = "Also fold every line of this UTF-8 file (one name a line)." };
        var command = new Command("fold", "Print each name with its fold key and skeleton key (tab-separated), as the gazetteer build stores them.") { names, file };
        command.SetAction(parse =>
        {
            var all = new List<string>(parse.GetValue(names) ?? []);
            if (parse.GetValue(file) is { } path)
            {
                if (!path.Exists)
                {
                    stderr.WriteLine($"gazetteer fold: no such file: {path.FullName}");
                    return 1;
                }
                all.AddRange(File.ReadLines(path.FullName));
            }
            if (all.Count == 0)
            {
                stderr.WriteLine("gazetteer fold: give names as arguments or --file with one name a line.");
                return 1;
            }
            foreach (var name in all)
            {
                // A tab or line break inside a name would break the one-line-per-name output the scripts read.
                var clean = name.Replace('\t', ' ').Replace('\r', ' ');
                var (fold, skeleton) = NameFolding.FoldAndSkeleton(clean);
                stdout.WriteLine($"{clean}\t{fold}\t{skeleton}");
            }
            return 0;
        });
        return command;
    }
}
