namespace MapDashboard.Data.Store;

/// <summary>
/// Another appearance of a stored report: a copy, republication or excerpt of article <see cref="ArticleId"/> under
/// another outlet, address or date. <see cref="Published"/> is YYYY-MM-DD or null.
/// </summary>
public sealed class ArticleAppearance
{
    public long ArticleId { get; init; }

    public string Source { get; init; } = "";

    public string? Title { get; init; }

    public string? Outlet { get; init; }

    public string? Published { get; init; }

    /// <summary>copy or excerpt.</summary>
    public string Kind { get; init; } = "";

    public double Jaccard { get; init; }

    public double Containment { get; init; }
}
