using MapDashboard.Core.Articles;

namespace MapDashboard.Core.Events;

/// <summary>
/// The time of each sentence's events, as <see cref="EventCoder"/> reads it: the sentence's own time expression
/// (<see cref="TemporalDater.ForSentence"/>, a history clause's year or month passed over: <see cref="HistoryDates"/>), or, when it has none, the last one before it that names a date ("On 5 May
/// ... The group then ..."). Worked out only for the sentences asked about (most sentences code no event) and the ones
/// before them back to the last dated one; each sentence's expression is found at most once. Asked in sentence order.
/// </summary>
internal sealed class SentenceDates(CleanedArticle article, HistoryDates history)
{
    private readonly TemporalExpression?[] _own = new TemporalExpression?[article.Sentences.Count];
    private TemporalExpression? _lastDate;
    private int _foldedUpTo;

    /// <summary>The time of sentence <paramref name="index"/>'s events (indexes asked in increasing order).</summary>
    public TemporalExpression When(int index)
    {
        var own = Own(index);
        if (own.Text.Length > 0)
        {
            if (IsDated(own))
            {
                (_lastDate, _foldedUpTo) = (own, index + 1);
            }
            return own;
        }
        // The latest dated sentence of those not yet looked at, else the one found before them.
        for (var j = index - 1; j >= _foldedUpTo; j--)
        {
            if (IsDated(Own(j)))
            {
                _lastDate = Own(j);
                break;
            }
        }
        _foldedUpTo = index + 1;
        return _lastDate ?? own;
    }

    // A period's start ("since ... March 5") or an undated expression does not carry over to the sentences after it.
    private static bool IsDated(TemporalExpression when) => when.Text.Length > 0 && !when.IsPeriodStart && when.First is not null;

    private TemporalExpression Own(int index)
    {
        var (start, end) = article.Sentences[index];
        return _own[index] ??= history.ForSentence(article.Text[start..end], article.Metadata.Published);
    }
}
