using System.Text.RegularExpressions;

namespace MapDashboard.Core.Events;

/// <summary>
/// "Kafr Zita, which rebels have held since 2012, was shelled on Tuesday", "Fighters who had been forced out of X in
/// 2016 retook it on Thursday", "a car bomb hit Y, a town the army retook in July 2018, on Monday": a year or a month
/// told inside a history or background clause (opened by a relative word or "since", grammar kind
/// <c>history-clause-lead</c>, or an apposition after a comma opened by <c>history-apposition-lead</c>) is when the
/// background happened, not the event. The sentence's events take its first other dated expression, else the sentence
/// counts as undated (the article's date before it, or the week before publication). A day ("on Monday") is never
/// passed over: a relative clause's day is most often the event's own ("rebels, who attacked on Monday, ...").
/// </summary>
// Built per article from the lexicon's cached patterns: nothing is compiled here.
internal sealed class HistoryDates(EventLexicon lexicon)
{
    private readonly Regex _lead = lexicon.Cue("history-clause-lead");
    private readonly Regex _apposition = lexicon.Cue("history-apposition-lead");

    /// <summary>The time of the events of <paramref name="sentence"/>, published on <paramref name="published"/>.</summary>
    public TemporalExpression ForSentence(string sentence, DateOnly? published)
    {
        var when = TemporalDater.ForSentence(sentence, published);
        if (!IsBackground(sentence, when))
        {
            return when;
        }
        foreach (var other in TemporalDater.Find(sentence, published))
        {
            if (other.First is not null && other.Start != when.Start && !IsBackground(sentence, other))
            {
                return other;
            }
        }
        return TemporalDater.ForSentence("", published);
    }

    private bool IsBackground(string sentence, TemporalExpression when)
    {
        if (when.Precision is not (TimePrecision.Year or TimePrecision.Month) || when.Text.Length == 0)
        {
            return false;
        }
        var clauseStart = sentence.LastIndexOfAny(ClauseMarks, Math.Max(0, when.Start - 1)) + 1;
        var clause = sentence[clauseStart..when.End];
        return _lead.IsMatch(clause)
            || (clauseStart > 0 && sentence[clauseStart - 1] == ',' && _apposition.Match(clause) is { Success: true } a && clause.AsSpan(0, a.Index).IsWhiteSpace());
    }

    private static readonly char[] ClauseMarks = [',', ';', '(', '—'];
}
