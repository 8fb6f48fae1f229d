namespace MapDashboard.Core.Articles;

/// <summary>How an article's text is marked up.</summary>
public enum ArticleFormat
{
    PlainText,
    Markdown,
    Html,
}
