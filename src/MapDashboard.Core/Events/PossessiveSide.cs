using System.Text.RegularExpressions;
using MapDashboard.Core.Actors;

namespace MapDashboard.Core.Events;

/// <summary>
/// Session 25: "The Turkish army issued a statement. Its artillery had hit YPG positions near X.", "The SDF said its mortars
/// had struck IS positions", "HTS released a video. Its fighters attacked army posts near Y.": a possessive pronoun ("its",
/// "their") before a noun of weapons or aircraft (grammar kind weapon-noun) or of forces (kind force-noun), at most one word
/// between, stands for the side that owns them: the first side named before it in the sentence (the subject that speaks or
/// acts), else the first side of the previous sentence. The mention takes the roles any side named there would, so the
/// owner of the guns is the one that fired. Civilians and protesters own no weapons here; with no side before, nothing is
/// resolved.
/// </summary>
internal static class PossessiveSide
{
    private static readonly Regex Pattern = EventLexicon.GrammarRegex(
        l => @"(?<![\w'’-])(?<pronoun>its|their)\s+(?:[\w'’-]+\s+)?(?:" + l.CueGroup("weapon-noun") + "|" + l.CueGroup("force-noun") + @")\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);

    /// <summary>The mentions the sentence's possessive pronouns before a weapon or force noun stand for.</summary>
    public static IEnumerable<ActorMention> Mentions(string sentence, List<ActorMention> found, List<ActorMention> previousActors, Func<int, int, bool> free)
    {
        // (A cheap check first: most sentences have neither pronoun.)
        if (!(sentence.Contains("its ", StringComparison.OrdinalIgnoreCase) || sentence.Contains("their ", StringComparison.OrdinalIgnoreCase)))
        {
            yield break;
        }
        foreach (Match m in Pattern.Matches(sentence))
        {
            var pronoun = m.Groups["pronoun"];
            var owner = found.FirstOrDefault(a => a.End <= pronoun.Index && Armed(a)) ?? previousActors.FirstOrDefault(Armed);
            if (owner is not null && free(pronoun.Index, pronoun.Index + pronoun.Length))
            {
                yield return new ActorMention(pronoun.Index, pronoun.Index + pronoun.Length, pronoun.Value, owner.Faction, false);
            }
        }
    }

    private static bool Armed(ActorMention a) => a.Faction.Id is not ("civilians" or "protesters");
}
