namespace MapDashboard.Core.Articles;

/// <summary>An article reduced to its report: cleaned text, the map back to the original, sentences and metadata.</summary>
public sealed record CleanedArticle(
    ArticleInput Input,
    string Text,
    OffsetMap Map,
    IReadOnlyList<(int Start, int End)> Sentences,
    ArticleMetadata Metadata,
    IReadOnlyList<RemovedBlock> Removed)
{
    /// <summary>The original text of a cleaned span.</summary>
    public string OriginalOf(int start, int end)
    {
        var (s, e) = Map.ToOriginalSpan(start, end);
        return Input.OriginalText[s..e];
    }
}
