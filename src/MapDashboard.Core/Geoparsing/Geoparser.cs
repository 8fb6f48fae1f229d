using System.Diagnostics;
using MapDashboard.Core.Articles;
using MapDashboard.Core.Gazetteer;

namespace MapDashboard.Core.Geoparsing;

/// <summary>
/// The geoparsing pipeline: Clean -> Recognize -> Lookup -> Rank, one typed record between stages, each stage timed.
/// Thread-safe: the index and stages are immutable, so one instance serves every request.
/// </summary>
public sealed class Geoparser(PlaceIndex index, RankerOptions? options = null)
{
    private readonly ToponymRecognizer _recognizer = new(index.Lexicon);
    private readonly PlaceRanker _ranker = new(options ?? new RankerOptions());

    /// <summary>Geoparses one article.</summary>
    public GeoparseResult Parse(ArticleInput input) => Parse(input, int.MaxValue);

    /// <summary>
    /// Geoparses one article, looking up and ranking only its first <paramref name="maxMentions"/> mentions in text
    /// order: a pathological article (one name repeated a hundred thousand times) costs what its first mentions cost.
    /// </summary>
    public GeoparseResult Parse(ArticleInput input, int maxMentions)
    {
        var clock = Stopwatch.StartNew();
        var article = ArticlePreprocessor.Process(input);
        var clean = clock.Elapsed;

        clock.Restart();
        var excluded = NonPlaceSpans.Find(article.Text);
        var mentions = _recognizer.Recognize(article.Text, article.Sentences, excluded);
        if (mentions.Count > maxMentions)
        {
            mentions = mentions.Take(maxMentions).ToList();
        }
        var recognize = clock.Elapsed;

        clock.Restart();
        var candidates = new IReadOnlyList<GeoCandidate>[mentions.Count];
        for (var i = 0; i < mentions.Count; i++)
        {
            candidates[i] = mentions[i].InGazetteer ? index.Candidates(mentions[i].Text) : [];
        }
        var lookup = clock.Elapsed;

        clock.Restart();
        var places = _ranker.Rank(mentions, candidates, (start, end) =>
        {
            var (s, e) = article.Map.ToOriginalSpan(start, end);
            return (s, e, input.OriginalText[s..e]);
        });
        var rank = clock.Elapsed;

        return new GeoparseResult(article, places, new StageTimings(clean, recognize, lookup, rank));
    }
}
