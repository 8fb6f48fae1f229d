namespace MapDashboard.Core.Articles;

/// <summary>An article as read: where it came from, its decoded text, and its markup.</summary>
public sealed record ArticleInput(string Source, string OriginalText, ArticleFormat Format)
{
    /// <summary>Dates that arrive with the article: a feed item's dates, the upload form's date. Clues like any other.</summary>
    public IReadOnlyList<StatedDate> StatedDates { get; init; } = [];

    /// <summary>Markdown links, emphasis or headings: text saved from a page by a Markdown-producing tool.</summary>
    private static bool LooksLikeMarkdown(string text) =>
        text.Contains("](", StringComparison.Ordinal) || text.Contains("**", StringComparison.Ordinal)
        || text.Contains("\n# ", StringComparison.Ordinal) || text.Contains("\n## ", StringComparison.Ordinal) || text.StartsWith("# ", StringComparison.Ordinal);

    /// <summary>Guesses the format from the file name, then from the content.</summary>
    public static ArticleFormat DetectFormat(string source, string text)
    {
        var extension = Path.GetExtension(source).ToLowerInvariant();
        if (extension is ".html" or ".htm" or ".xhtml")
        {
            return ArticleFormat.Html;
        }
        if (extension is ".md" or ".markdown")
        {
            return ArticleFormat.Markdown;
        }
        var head = text.AsSpan(0, Math.Min(text.Length, 2048)).TrimStart();
        if (head.StartsWith("<!DOCTYPE html", StringComparison.OrdinalIgnoreCase) || head.StartsWith("<html", StringComparison.OrdinalIgnoreCase))
        {
            return ArticleFormat.Html;
        }
        return LooksLikeMarkdown(text) ? ArticleFormat.Markdown : ArticleFormat.PlainText;
    }
}
