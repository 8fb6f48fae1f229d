namespace MapDashboard.Core.Articles;

/// <summary>Where a publication-date clue was found. The order is not the ranking: see <see cref="DateClueKinds"/>.</summary>
public enum DateClueKind
{
    /// <summary>A date the analyst stated (upload form, API parameter, --published, a correction).</summary>
    Stated,

    /// <summary>A feed item's pubDate / published.</summary>
    Feed,

    /// <summary>A feed item's updated date.</summary>
    FeedUpdated,

    /// <summary>A page's meta tag for its publication (article:published_time, pubdate, itemprop datePublished, DC.date.issued...).</summary>
    PageMetadata,

    /// <summary>schema.org JSON-LD datePublished (or dateCreated).</summary>
    JsonLd,

    /// <summary>A page's modification date (JSON-LD dateModified, article:modified_time, og:updated_time): an upper bound.</summary>
    PageModified,

    /// <summary>A &lt;time datetime&gt; element of the page's visible text.</summary>
    TimeElement,

    /// <summary>A header, byline or leading body line that holds a date ("Sunday, 10 July 2016", "Global Research, January 31, 2017").</summary>
    DateLine,

    /// <summary>A leading line labelled as an update ("Updated: 5 April 2017 14:02 GMT"): an upper bound.</summary>
    UpdatedLine,

    /// <summary>A wire-service dateline ("BEIRUT, April 5 (Reuters) -").</summary>
    Dateline,

    /// <summary>A date in the path of the page's URL ("/2017/04/05/").</summary>
    UrlPath,

    /// <summary>A date in the file name ("2017-04-05-syria.html").</summary>
    FileName,

    /// <summary>A page-render timestamp ("09:05 GMT +3 08 December 2019"): recorded, never used.</summary>
    RenderTimestamp,

    /// <summary>A crawl or retrieval stamp ("Retrieved 3 May 2019", "Accessed: ..."): recorded, never used.</summary>
    CrawlTimestamp,
}
