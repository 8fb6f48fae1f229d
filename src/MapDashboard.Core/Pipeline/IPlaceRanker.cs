using MapDashboard.Core.Articles;
using MapDashboard.Core.Geoparsing;

namespace MapDashboard.Core.Pipeline;

/// <summary>Stage 4: which place each mention means, with the whole article as context; or explicitly unresolved.</summary>
public interface IPlaceRanker
{
    /// <summary>One decision per mention, in the order given; <paramref name="nonPlaceSpans"/> (<see cref="NonPlaceSpans"/>) name no admin unit.</summary>
    IReadOnlyList<ResolvedPlace> Rank(CleanedArticle article, IReadOnlyList<MentionCandidates> mentions, IReadOnlyList<(int Start, int End)> nonPlaceSpans);
}
