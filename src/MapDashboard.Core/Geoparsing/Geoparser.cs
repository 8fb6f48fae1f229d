using System.Diagnostics;
using MapDashboard.Core.Articles;
using MapDashboard.Core.Pipeline;

namespace MapDashboard.Core.Geoparsing;

/// <summary>
/// The geoparsing pipeline: it only sequences the stages (clean -> recognize -> look up -> rank), one typed record
/// between each, and times them. Thread-safe when the stages are (the default ones are immutable), so one instance
/// serves every request.
/// </summary>
public sealed class Geoparser(IArticleCleaner cleaner, IToponymRecognizer recognizer, ICandidateSource candidates, IPlaceRanker ranker)
{
    /// <summary>Geoparses one article.</summary>
    public GeoparseResult Parse(ArticleInput input) => Parse(input, int.MaxValue);

    /// <summary>
    /// Geoparses one article, looking up and ranking only its first <paramref name="maxMentions"/> mentions in text
    /// order: a pathological article (one name repeated a hundred thousand times) costs what its first mentions cost.
    /// </summary>
    public GeoparseResult Parse(ArticleInput input, int maxMentions)
    {
        var clock = Stopwatch.StartNew();
        var article = cleaner.Clean(input);
        var clean = clock.Elapsed;

        clock.Restart();
        // Organisation and person names: found once, skipped by the recognizer and by the ranker's admin context.
        var nonPlaces = NonPlaceSpans.Find(article.Text);
        var mentions = recognizer.Recognize(article, nonPlaces);
        if (mentions.Count > maxMentions)
        {
            mentions = mentions.Take(maxMentions).ToList();
        }
        var recognize = clock.Elapsed;

        clock.Restart();
        var looked = NameQualifier.PartsOfAdmin(article.Text, mentions.Select(m => new MentionCandidates(m, candidates.Candidates(m)) { LookAlikes = candidates.LookAlikes(m) }).ToList(), candidates);
        var lookup = clock.Elapsed;

        clock.Restart();
        // "Tal X", "X Hill": a feature the gazetteer lacks, named after the one village X of the report's area, is drawn near X.
        var places = FeatureNamesake.DrawNearNamesakes(ranker.Rank(article, looked, nonPlaces), candidates, GeoparsingWords.Default, looked);
        // "Bsanqul Hill" read as the village Bsanqul alone: the feature is drawn near the village, not at it.
        places = FeatureOfVillage.TakeInFeatureWords(article.Text, places, candidates, GeoparsingWords.Default);
        var rank = clock.Elapsed;

        return new GeoparseResult(article, places, new StageTimings(clean, recognize, lookup, rank));
    }
}
