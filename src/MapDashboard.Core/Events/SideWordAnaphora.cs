using System.Text.RegularExpressions;
using MapDashboard.Core.Actors;

namespace MapDashboard.Core.Events;

/// <summary>
/// "Clashes between the army and IS near X. The militants seized the town.": a definite word for a kind of side opening the
/// sentence after a sentence that named two armed sides stands for the one side it fits. "The troops", "the soldiers" fit a
/// state's forces (ACLED inter 1, or 8 for a foreign state's); "the militants", "the jihadists", "the insurgents" fit a
/// rebel group (inter 2). When no side or both fit, nothing is resolved (no guessed gainer): the word keeps whatever the
/// actor catalogue made of it.
/// </summary>
internal static class SideWordAnaphora
{
    /// <summary>
    /// <paramref name="found"/> with the opening side word resolved to the previous sentence's fitting side (a mention the
    /// catalogue made of the bare word, "soldiers" as the Syrian army, is replaced), or unchanged.
    /// </summary>
    public static List<ActorMention> Resolve(string sentence, List<ActorMention> found, List<ActorMention> previousActors, bool battleBefore,
        FactionCatalogue catalogue, EventLexicon lexicon, Func<string, bool> opening)
    {
        if (!battleBefore || previousActors.Count < 2)
        {
            // (Session 25: "The army massed tanks outside X. Troops captured the town": one state side before, LoneSideWord.)
            return LoneSideWord.Resolve(sentence, found, previousActors, catalogue, lexicon, opening);
        }
        foreach (var (kind, fits) in new (string, Func<int?, bool>)[] { ("side-word-state", i => i is 1 or 8), ("side-word-nonstate", i => i is 2) })
        {
            var m = lexicon.Cue(kind).Match(sentence);
            if (!m.Success || !opening(sentence[..m.Index]) || found.Any(a => a.End <= m.Index))
            {
                continue;
            }
            var sides = previousActors.Where(a => a.Faction.Side != "civilians").Select(a => catalogue.TopLevel(a.Faction))
                .DistinctBy(f => f.Id).ToList();
            var fitting = sides.Where(f => !f.Generic || f.Id == "rebels").Where(f => fits(AcledActorMap.LoadDefault().InterOf(f.Id))).ToList();
            if (sides.Count < 2 || fitting.Count != 1)
            {
                return found;
            }
            var end = m.Index + m.Length;
            var kept = found.Where(a => !(a.Start < end && m.Index < a.End)).ToList();
            kept.Add(new ActorMention(m.Index, end, m.Value, fitting[0], false));
            return kept.OrderBy(a => a.Start).ToList();
        }
        return LoneSideWord.Resolve(sentence, found, previousActors, catalogue, lexicon, opening);
    }
}
