namespace MapDashboard.Core.Articles;

/// <summary>The longest title and outlet an article may carry, wherever they are given (upload, paste, correction).</summary>
public static class ArticleFieldLimits
{
    /// <summary>The most characters of a title.</summary>
    public const int MaxTitleLength = 500;

    /// <summary>The most characters of an outlet's name.</summary>
    public const int MaxOutletLength = 200;

    /// <summary>Why a given title or outlet is refused (naming the field); null when both fit.</summary>
    public static string? Refusal(string? title, string? outlet) =>
        title?.Trim().Length > MaxTitleLength ? $"title is at most {MaxTitleLength} characters"
        : outlet?.Trim().Length > MaxOutletLength ? $"outlet is at most {MaxOutletLength} characters"
        : null;

    /// <summary>A title read from an article's text, cut to the limit.</summary>
    public static string? Fit(string? title) =>
        title is { Length: > MaxTitleLength } ? title[..(MaxTitleLength - 1)].TrimEnd() + "…" : title;
}
