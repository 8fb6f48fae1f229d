using MapDashboard.Core.Articles;
using MapDashboard.Core.Geoparsing;

namespace MapDashboard.Core.Pipeline;

/// <summary>
/// The toponym recognizer over the loaded gazetteer's lexicon (<see cref="ToponymRecognizer"/>), skipping the spans
/// of organisations and persons (<see cref="NonPlaceSpans"/>), with "the capital" phrases as mentions too
/// (<see cref="CapitalPhrase"/>). Follows the index holder, so a reloaded gazetteer is used from the next article on.
/// </summary>
public sealed class LexiconToponymRecognizer(PlaceIndexHolder indexes) : IToponymRecognizer
{
    private (PlaceIndex Index, ToponymRecognizer Recognizer)? _current;

    /// <inheritdoc />
    public IReadOnlyList<PlaceMention> Recognize(CleanedArticle article, IReadOnlyList<(int Start, int End)> nonPlaceSpans) =>
        CapitalPhrase.With(article.Text, RecognizerFor(indexes.Current).Recognize(article.Text, article.Sentences, nonPlaceSpans),
            article.Sentences, nonPlaceSpans, GeoparsingWords.Default);

    private ToponymRecognizer RecognizerFor(PlaceIndex index)
    {
        // One recognizer per loaded index; a reference read and write are atomic, so racing threads at worst build it twice.
        var current = _current;
        if (current is { } known && ReferenceEquals(known.Index, index))
        {
            return known.Recognizer;
        }
        var recognizer = new ToponymRecognizer(index.Lexicon);
        _current = (index, recognizer);
        return recognizer;
    }
}
