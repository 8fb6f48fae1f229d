using MapDashboard.Core.Articles;

namespace MapDashboard.Core.Pipeline;

/// <summary>The article cleaner: boilerplate removal, header metadata and sentence splitting (<see cref="ArticlePreprocessor"/>).</summary>
public sealed class ArticleCleaner : IArticleCleaner
{
    /// <inheritdoc />
    public CleanedArticle Clean(ArticleInput input) => ArticlePreprocessor.Process(input);
}
