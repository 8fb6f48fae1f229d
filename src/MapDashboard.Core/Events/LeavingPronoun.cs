using System.Text.RegularExpressions;
using MapDashboard.Core.Actors;

namespace MapDashboard.Core.Events;

/// <summary>
/// Session 24: "Rebels held Dael for years. The army entered the town after they withdrew.", "Troops surrounded IS fighters
/// in X. The army entered the town once they had fled.": "they" as the subject of the other side's leaving after an entry
/// lead (grammar kinds entry-lead, leave-pronoun, leave-verb) stands for the previous sentence's side that is not a side
/// named before it in this sentence (the last such one), so the side that left is the event's second actor (the loser of
/// the entry read as a capture, WithdrawalEntry.AfterLeaving). With no such side, nothing is resolved.
/// </summary>
internal static class LeavingPronoun
{
    private static readonly Regex Pattern = EventLexicon.GrammarRegex(
        l => @"\b" + l.CueGroup("entry-lead") + @"\s+(?<pronoun>" + l.CueGroup("leave-pronoun") + @")\s+(?:had\s+|have\s+|were\s+)?" + l.CueGroup("leave-verb") + @"\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);

    /// <summary>The mention "they" stands for, or none.</summary>
    public static IEnumerable<ActorMention> Mentions(string sentence, List<ActorMention> found, List<ActorMention> previousActors, Func<Faction, string> side)
    {
        // (A cheap check first: most sentences have no "they" after a word, or no side before them.)
        if (previousActors.Count == 0 || !sentence.Contains(" they ", StringComparison.OrdinalIgnoreCase) || Pattern.Match(sentence) is not { Success: true } m)
        {
            yield break;
        }
        var pronoun = m.Groups["pronoun"];
        var sides = found.Where(a => a.Start < pronoun.Index).Select(a => side(a.Faction)).ToHashSet();
        if (sides.Count == 0 || found.Any(a => a.Start < pronoun.Index + pronoun.Length && pronoun.Index < a.End))
        {
            yield break;
        }
        if (previousActors.LastOrDefault(a => !sides.Contains(side(a.Faction))) is { } other)
        {
            yield return new ActorMention(pronoun.Index, pronoun.Index + pronoun.Length, pronoun.Value, other.Faction, false);
        }
    }
}
