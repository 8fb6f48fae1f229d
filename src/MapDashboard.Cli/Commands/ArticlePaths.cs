using MapDashboard.Data.Articles;

namespace MapDashboard.Cli.Commands;

/// <summary>Expands command-line paths (files or folders) into article files, in a stable order.</summary>
internal static class ArticlePaths
{
    public static List<string> Expand(IEnumerable<string> paths, TextWriter stderr)
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
