using MapDashboard.Core.Articles;
using MapDashboard.Core.Geoparsing;

namespace MapDashboard.Core.Pipeline;

/// <summary>Stage 2: the spans of a cleaned article that name places (not yet tied to a gazetteer place).</summary>
public interface IToponymRecognizer
{
    /// <summary>Every place mention of the article, in text order, none inside <paramref name="nonPlaceSpans"/> (<see cref="NonPlaceSpans"/>).</summary>
    IReadOnlyList<PlaceMention> Recognize(CleanedArticle article, IReadOnlyList<(int Start, int End)> nonPlaceSpans);
}
