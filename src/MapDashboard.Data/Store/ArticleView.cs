namespace MapDashboard.Data.Store;

/// <summary>A stored article with its place mentions and the events it reports, for the article view.</summary>
public sealed record ArticleView(
    long Id,
    string? Title,
    string? Outlet,
    string? Published,
    string Source,
    string OriginalText,
    IReadOnlyList<ArticleMention> Mentions,
    IReadOnlyList<ArticleEvent> Events,
    bool MetadataCorrected = false,
    ArticleDating? Dating = null);

/// <summary>A place mention of an article (original-text offsets).</summary>
public sealed class ArticleMention
{
    public long Id { get; set; }

    public long Start { get; set; }

    public long End { get; set; }

    public string Text { get; set; } = "";

    public bool Resolved { get; set; }

    public string? PlaceName { get; set; }

    public double? Lat { get; set; }

    public double? Lon { get; set; }

    public long? Precision { get; set; }

    public double Confidence { get; set; }

    public string Reason { get; set; } = "";

    /// <summary>The analyst correction that decided the mention, if any.</summary>
    public long? CorrectionId { get; set; }
}

/// <summary>An event an article reports, with its excerpt span.</summary>
public sealed class ArticleEvent
{
    public long Id { get; set; }

    public string SubType { get; set; } = "";

    public string? DateStart { get; set; }

    /// <summary>The last day of a span event (the start for a one-day event).</summary>
    public string? DateEnd { get; set; }

    public string PlaceName { get; set; } = "";

    public long ExcerptStart { get; set; }

    public long ExcerptEnd { get; set; }

    public long? CorrectionId { get; set; }
}
