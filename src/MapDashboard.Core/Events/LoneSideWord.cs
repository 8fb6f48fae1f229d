using MapDashboard.Core.Actors;
using MapDashboard.Core.Text;

namespace MapDashboard.Core.Events;

/// <summary>
/// Session 25: "The army massed tanks outside X. Troops captured the town at dawn.", "Turkish forces shelled Y for a week.
/// Troops then entered the village.": a bare word for state forces (grammar kind side-word-lone-state, "troops", "the
/// troops") opening the sentence right after a sentence that named exactly one side of state forces (ACLED inter 1, or 8 for a
/// foreign state's) stands for that side. Bare "troops" is no alias of any army (the project decided so: "QSD troops", "IS
/// troops" are not the army's), so only the sentence before can say whose troops they are; with two state sides or none
/// there, nothing is resolved. The two-sided battle before ("Clashes between X and Y. The troops ...") is
/// <see cref="SideWordAnaphora"/>'s.
/// </summary>
internal static class LoneSideWord
{
    /// <summary><paramref name="found"/> with the opening word added as a mention of the previous sentence's one state side, or unchanged.</summary>
    public static List<ActorMention> Resolve(string sentence, List<ActorMention> found, List<ActorMention> previousActors, FactionCatalogue catalogue,
        EventLexicon lexicon, Func<string, bool> opening)
    {
        // (A cheap check first, the words read from the cue's pattern: most sentences have no "troops".)
        if (previousActors.Count == 0 || GuardedRegex.For(lexicon.Cue("side-word-lone-state")) is var cue && !cue.MayMatch(sentence)
            || cue.Regex.Match(sentence) is not { Success: true } m || !opening(sentence[..m.Index])
            || found.Any(a => a.Start < m.Index + m.Length))
        {
            return found;
        }
        var states = previousActors.Select(a => catalogue.TopLevel(a.Faction)).DistinctBy(f => f.Id)
            .Where(f => AcledActorMap.LoadDefault().InterOf(f.Id) is 1 or 8).ToList();
        return states.Count != 1 ? found : [.. found.Append(new ActorMention(m.Index, m.Index + m.Length, m.Value, states[0], false)).OrderBy(a => a.Start)];
    }
}
