namespace MapDashboard.Core.Articles;

/// <summary>
/// A date that arrives with an article rather than in it: a feed item's pubDate or updated date
/// (<see cref="DateClueKind.Feed"/>, <see cref="DateClueKind.FeedUpdated"/>) or the date typed on the upload form
/// (<see cref="DateClueKind.Stated"/>). The value is ISO 8601 ("2017-04-06", "2017-04-06T07:45:00Z") or RFC 822
/// ("Thu, 06 Apr 2017 07:45:00 GMT").
/// </summary>
public sealed record StatedDate(DateClueKind Kind, string Value);
