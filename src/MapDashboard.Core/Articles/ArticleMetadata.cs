namespace MapDashboard.Core.Articles;

/// <summary>How precisely a date is known.</summary>
public enum DatePrecision
{
    Day,
    Month,
    Year,
}

/// <summary>Whether an article's date can be used to date its events.</summary>
public enum DateTrust
{
    /// <summary>A dateline or byline date of the report.</summary>
    Trusted,

    /// <summary>A date-like stamp was found but is not the report's date (a page-render or crawl timestamp).</summary>
    Untrusted,

    /// <summary>No date at all: the article is undated until a user sets one.</summary>
    None,
}

/// <summary>What the article says about itself: title, who wrote and published it, and when.</summary>
/// <param name="Republisher">A site that republished the report (Global Research republishing South Front).</param>
/// <param name="Published">The report's date, or null when undated (never today's date).</param>
/// <param name="DateEvidence">The text the date (or the distrust of one) came from.</param>
/// <param name="Dating">The publication-date resolver's answer: the clue, how sure the year is, whether the clue is weak, every clue.</param>
public sealed record ArticleMetadata(
    string? Title,
    string? Outlet,
    string? Author,
    string? Republisher,
    DateOnly? Published,
    DatePrecision? PublishedPrecision,
    string? DateEvidence,
    DateTrust DateTrust,
    IReadOnlyList<string> Notes,
    PublicationDate? Dating = null);
