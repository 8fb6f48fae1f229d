using System.Text.RegularExpressions;

namespace MapDashboard.Core.Events;

/// <summary>
/// The matches of every trigger rule in one sentence, collected once per sentence without per-rule lists: a rule that
/// cannot match (no possible first position) shares one empty list, the others keep their lazy
/// <see cref="MatchCollection"/> (it is evaluated, and cached, as it is read).
/// </summary>
internal static class TriggerMatches
{
    private static readonly Match[] None = [];

    /// <summary>For each rule, in order, its matches from its first possible position (none when it is negative).</summary>
    public static IReadOnlyList<Match>[] Collect(IReadOnlyList<TriggerRule> rules, int[] firstPositions, string sentence)
    {
        var matches = new IReadOnlyList<Match>[rules.Count];
        for (var i = 0; i < matches.Length; i++)
        {
            matches[i] = firstPositions[i] >= 0 ? rules[i].Pattern.Matches(sentence, firstPositions[i]) : None;
        }
        return matches;
    }

    /// <summary>
    /// For each rule, in order, its matches, as <see cref="Regex.Matches(string)"/> finds them: a rule of whole forms
    /// (<paramref name="index"/>) is asked for its next match only from the next word where one of its forms is found whole
    /// (no match starts between), and not at all after the last; the others from their first possible position.
    /// </summary>
    public static IReadOnlyList<Match>[] Collect(IReadOnlyList<TriggerRule> rules, Text.LeadingRunIndex index, string sentence)
    {
        var hits = new List<(int Entry, int Position)>();
        var first = index.FirstPositions(sentence, hits);
        var matches = new IReadOnlyList<Match>[rules.Count];
        for (var i = 0; i < matches.Length; i++)
        {
            matches[i] = first[i] < 0 ? None
                : index.IsWhole(i) ? AtHits(rules[i].Pattern, sentence, hits, i)
                : rules[i].Pattern.Matches(sentence, first[i]);
        }
        return matches;
    }

    // The regex's successive matches, each sought from the first hit of the entry at or after the end of the one before:
    // no match starts before that hit, so the first match from there is the one a scan from the end would find.
    private static IReadOnlyList<Match> AtHits(Regex pattern, string sentence, List<(int Entry, int Position)> hits, int entry)
    {
        List<Match>? found = null;
        var next = 0;
        foreach (var (e, position) in hits)
        {
            if (e != entry || position < next)
            {
                continue;
            }
            var m = pattern.Match(sentence, position);
            if (!m.Success)
            {
                break;
            }
            (found ??= []).Add(m);
            next = m.Index + Math.Max(1, m.Length);
        }
        return found ?? (IReadOnlyList<Match>)None;
    }

    /// <summary>The matches of the battle rules ("clash", "assault"), in rule order, then match order.</summary>
    public static List<Match> Battles(IReadOnlyList<TriggerRule> rules, IReadOnlyList<Match>[] matches)
    {
        var battles = new List<Match>();
        for (var i = 0; i < matches.Length; i++)
        {
            if (rules[i].Class is "clash" or "assault")
            {
                battles.AddRange(matches[i]);
            }
        }
        return battles;
    }

    /// <summary>
    /// The triggers sorted by their class's place in <paramref name="order"/>, then by position; equal ones keep their
    /// order (a stable insertion sort: a sentence has few triggers).
    /// </summary>
    public static List<SentenceTrigger> Ordered(List<SentenceTrigger> found, string[] order)
    {
        var ordered = new List<SentenceTrigger>(found.Count);
        var ranks = new List<int>(found.Count);
        foreach (var trigger in found)
        {
            var rank = Array.IndexOf(order, trigger.Class);
            var at = ordered.Count;
            while (at > 0 && (ranks[at - 1] > rank || (ranks[at - 1] == rank && ordered[at - 1].Match.Index > trigger.Match.Index)))
            {
                at--;
            }
            ordered.Insert(at, trigger);
            ranks.Insert(at, rank);
        }
        return ordered;
    }
}
