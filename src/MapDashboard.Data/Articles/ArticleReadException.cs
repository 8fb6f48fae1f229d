namespace MapDashboard.Data.Articles;

/// <summary>An article file that cannot be read as text; the message names the file and the problem.</summary>
public sealed class ArticleReadException(string source, string problem)
    : Exception($"{source}: {problem}")
{
    /// <summary>The file or upload name.</summary>
    public string ArticleSource { get; } = source;

    /// <summary>What is wrong with it.</summary>
    public string Problem { get; } = problem;
}
