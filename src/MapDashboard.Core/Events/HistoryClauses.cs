using System.Globalization;
using System.Text.RegularExpressions;

namespace MapDashboard.Core.Events;

/// <summary>
/// Session 23: clauses that tell history rather than the day's news, beyond a relative clause dated by an earlier year
/// (EventRefinements.WithoutPastRelatives): a relative clause between commas dated by a time word of an earlier year
/// (cue kind past-time: "the SDF, which took Raqqa last year, arrested ...", "the rebels, who lost X two years ago,
/// shelled ..."), and a clause opened by "since" that names an earlier year or such a time word ("Since the army retook
/// X in 2017, the city ...", "X has been under SDF control since IS was expelled in 2017"): "since" gives the start of a
/// state that lasts until the report, so what happened in it is not the report's event. Session 29b: a clause opened by a
/// time distance and "after" (grammar kind <c>history-distance-after</c>: "X was shelled on Monday, two years after rebels drove the
/// army out", "A year after it lost X, the group attacked Y") tells what happened that long before the report's event.
/// </summary>
internal static partial class HistoryClauses
{
    /// <summary>The spans (index, length) of the sentence's history clauses.</summary>
    public static IEnumerable<(int Index, int Length)> Spans(string sentence, DateOnly? published, EventLexicon lexicon)
    {
        var pastTime = lexicon.Cue("past-time");
        foreach (Match m in Relative().Matches(sentence))
        {
            if (pastTime.IsMatch(m.Value))
            {
                yield return (m.Index, m.Length);
            }
        }
        foreach (Match m in SinceClause().Matches(sentence))
        {
            if (pastTime.IsMatch(m.Value) || Year().Matches(m.Value).Any(y => int.Parse(y.Value, CultureInfo.InvariantCulture) < (published?.Year ?? int.MaxValue)))
            {
                yield return (m.Index, m.Length);
            }
        }
        for (var m = lexicon.Cue("history-distance-after").Match(sentence); m.Success; m = m.NextMatch())
        {
            var end = sentence.IndexOfAny(ClauseMarks, m.Index);
            yield return (m.Index, (end < 0 ? sentence.Length : end) - m.Index);
        }
    }

    private static readonly char[] ClauseMarks = [',', ';'];

    [GeneratedRegex(@",\s*(?:which|who|whose|that|where)\b[^,;]*,", RegexOptions.IgnoreCase)]
    private static partial Regex Relative();

    [GeneratedRegex(@"\bsince\b[^,;]*", RegexOptions.IgnoreCase)]
    private static partial Regex SinceClause();

    [GeneratedRegex(@"\b(?:19|20)\d\d\b")]
    private static partial Regex Year();
}
