using MapDashboard.Core.Articles;

namespace MapDashboard.Core.Pipeline;

/// <summary>Stage 1: an article as read (text, markup, header lines) to clean text with its metadata and sentences.</summary>
public interface IArticleCleaner
{
    /// <summary>Cleans one article; the offsets of the result map back to the original text.</summary>
    CleanedArticle Clean(ArticleInput input);
}
