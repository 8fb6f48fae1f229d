namespace MapDashboard.Core.Articles;

/// <summary>
/// The rank, weakness, stored name and wording of each kind of date clue. Explicit metadata and stated dates come
/// first, then datelines and date lines, then modification dates (an upper bound only), then URL and file-name
/// dates; render and crawl timestamps are never used.
/// </summary>
public static class DateClueKinds
{
    /// <summary>Lower is stronger; null for kinds that never date an article.</summary>
    public static int? Tier(DateClueKind kind) => kind switch
    {
        DateClueKind.Stated => 0,
        DateClueKind.PageMetadata or DateClueKind.JsonLd or DateClueKind.Feed => 1,
        DateClueKind.DateLine or DateClueKind.Dateline or DateClueKind.TimeElement => 2,
        DateClueKind.PageModified or DateClueKind.FeedUpdated or DateClueKind.UpdatedLine => 4,
        DateClueKind.UrlPath or DateClueKind.FileName => 5,
        _ => null,
    };

    /// <summary>Clues an analyst should confirm: an address or file name, or a modification date standing in for publication.</summary>
    public static bool IsWeak(DateClueKind kind) => kind is DateClueKind.UrlPath or DateClueKind.FileName
        or DateClueKind.PageModified or DateClueKind.FeedUpdated or DateClueKind.UpdatedLine;

    /// <summary>The name stored with the article and shown by the API ("dateline", "url-path").</summary>
    public static string Name(DateClueKind kind) => kind switch
    {
        DateClueKind.Stated => "stated",
        DateClueKind.Feed => "feed",
        DateClueKind.FeedUpdated => "feed-updated",
        DateClueKind.PageMetadata => "page-metadata",
        DateClueKind.JsonLd => "json-ld",
        DateClueKind.PageModified => "page-modified",
        DateClueKind.TimeElement => "time-element",
        DateClueKind.DateLine => "date-line",
        DateClueKind.UpdatedLine => "updated-line",
        DateClueKind.Dateline => "dateline",
        DateClueKind.UrlPath => "url",
        DateClueKind.FileName => "file-name",
        DateClueKind.RenderTimestamp => "render-timestamp",
        DateClueKind.CrawlTimestamp => "crawl-timestamp",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "unknown date clue kind"),
    };

    /// <summary>The kind a stored name stands for, or null.</summary>
    public static DateClueKind? Parse(string? name) =>
        Enum.GetValues<DateClueKind>().Cast<DateClueKind?>().FirstOrDefault(k => Name(k!.Value) == name);

    /// <summary>"the dateline 'BEIRUT, April 5 (Reuters)'": what the article view says a date was read from.</summary>
    public static string Describe(DateClueKind kind, string text)
    {
        var what = kind switch
        {
            DateClueKind.Stated => "the date stated when it was added",
            DateClueKind.Feed => "the feed item's date",
            DateClueKind.FeedUpdated => "the feed item's update date",
            DateClueKind.PageMetadata => "the page's metadata",
            DateClueKind.JsonLd => "the page's schema.org datePublished",
            DateClueKind.PageModified => "the page's modification date",
            DateClueKind.TimeElement => "a date element of the page",
            DateClueKind.DateLine => "the date line",
            DateClueKind.UpdatedLine => "the update line",
            DateClueKind.Dateline => "the dateline",
            DateClueKind.UrlPath => "the URL",
            DateClueKind.FileName => "the file name",
            DateClueKind.RenderTimestamp => "a page-render timestamp",
            _ => "a crawl timestamp",
        };
        var words = text.Length > 120 ? text[..117] + "..." : text;
        return words.Length == 0 ? what : $"{what} '{words}'";
    }
}
