using MapDashboard.Data.Articles;

namespace MapDashboard.Cli.Commands;

/// <summary>Expands command-line paths (files or folders) into article files, in a stable order.</summary>
internal static class ArticlePaths
{
    /// <summary>
    /// The article files of the paths, or null after one line on stderr when a path that does not exist looks like an
    /// option ("--publised 2018-03-01"): a mistyped option must not pass silently as a missing file while the run goes on.
    /// </summary>
    public static List<string>? ExpandOrRefuse(IReadOnlyList<string> paths, string verb, TextWriter stderr)
    {
        if (paths.FirstOrDefault(p => p.StartsWith('-') && !Directory.Exists(p) && !File.Exists(p)) is { } option)
        {
            stderr.WriteLine($"{verb}: unknown option '{option}' (see ./mapdash {verb} --help)");
            return null;
        }
        return Expand(paths, stderr);
    }

    /// <summary>The article files of the paths (a missing path is reported on stderr and skipped).</summary>
    private static List<string> Expand(IEnumerable<string> paths, TextWriter stderr)
    {
        var files = new List<string>();
        foreach (var path in paths)
        {
            if (Directory.Exists(path))
            {
                files.AddRange(Directory.EnumerateFiles(path, "*", SearchOption.AllDirectories)
                    .Where(f => ArticleFileReader.Extensions.Contains(Path.GetExtension(f)))
                    .Order(StringComparer.Ordinal));
            }
            else if (File.Exists(path))
            {
                files.Add(path);
            }
            else
            {
                stderr.WriteLine($"skipped {path}: no such file or folder");
            }
        }
        return files;
    }
}
