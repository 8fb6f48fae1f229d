using MapDashboard.Core.Articles;

namespace MapDashboard.Core.Tests;

/// <summary>The five seed articles of the checkout the tests run in.</summary>
internal static class Seeds
{
    public static string Folder { get; } = Path.Combine(FindRoot(), "seeds");

    public static string Path1(string prefix) => Directory.GetFiles(Folder, prefix + "_*.txt").Single();

    public static ArticleInput Input(string prefix)
    {
        var path = Path1(prefix);
        var text = File.ReadAllText(path);
        return new ArticleInput(path, text, ArticleInput.DetectFormat(path, text));
    }

    public static CleanedArticle Clean(string prefix) => ArticlePreprocessor.Process(Input(prefix));

    public static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(System.IO.Path.Combine(dir.FullName, "MapDashboard.sln")))
            {
                return dir.FullName;
            }
        }
        throw new InvalidOperationException("No MapDashboard.sln above the test folder");
    }
}
