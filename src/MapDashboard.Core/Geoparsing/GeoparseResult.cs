using MapDashboard.Core.Articles;

namespace MapDashboard.Core.Geoparsing;

/// <summary>An article geoparsed: its cleaned text and metadata, every place mention decided, and the stage times.</summary>
public sealed record GeoparseResult(CleanedArticle Article, IReadOnlyList<ResolvedPlace> Places, StageTimings Timings);

/// <summary>How long each pipeline stage took for one article.</summary>
public sealed record StageTimings(TimeSpan Clean, TimeSpan Recognize, TimeSpan Lookup, TimeSpan Rank)
{
    /// <summary>The whole pipeline.</summary>
    public TimeSpan Total => Clean + Recognize + Lookup + Rank;
}
