using System.Text.RegularExpressions;
using MapDashboard.Core.Actors;

namespace MapDashboard.Core.Events;

/// <summary>
/// "Clashes in the IS controlled pocket", "a strike on a car in SDF controlled territory": a side named (or its adjective,
/// Lexicon/holder-adjectives.tsv: "the rebel controlled zone") after a preposition
/// (and at most a determiner) with "controlled" and a common noun right after it is an unhyphenated attributive, the noun's
/// holder, not a capture. The verb reading needs the side to head its clause: "the SDF controlled the town", "HTS controlled
/// Kafr Halab" (a determiner or a capitalised name after the verb) stay captures, as does a side at the start of its clause.
/// </summary>
internal static partial class HolderParticiple
{
    /// <summary>Whether the trigger at <paramref name="m"/> is "controlled" used as the attributive of a holder named just before it.</summary>
    public static bool Describes(string sentence, Match m, IReadOnlyList<ActorMention> actors) =>
        m.Value.Equals("controlled", StringComparison.OrdinalIgnoreCase)
        && NounAfter.IsMatch(sentence[(m.Index + m.Length)..])
        && (actors.Any(a => a.End <= m.Index && Gap().IsMatch(sentence[a.End..m.Index]) && PrepositionBefore.IsMatch(sentence[..a.Start]))
            || (WordBefore().Match(sentence[..m.Index]) is { Success: true } w && HolderAdjectives.Default.FactionIdOf(w.Groups[1].Value) is not null
                && PrepositionBefore.IsMatch(sentence[..w.Index])));

    // The word right before the participle, for a side's adjective ("in the rebel controlled zone").
    [GeneratedRegex(@"\b([A-Za-z]+)[\s-]+$")]
    private static partial Regex WordBefore();

    // Only a space or a hyphen between the side and the participle ("IS controlled", "IS- controlled").
    [GeneratedRegex(@"^[\s-]+$")]
    private static partial Regex Gap();

    // A lower-case word that is neither the agent's "by" nor a word opening a direct object (object-determiner: "the",
    // "most", "several", "large"): the noun described.
    private static readonly Regex NounAfter = EventLexicon.GrammarRegex(
        l => @"^\s+(?!(?:by|" + l.CueGroup("object-determiner") + @")\b)[a-z]", RegexOptions.None);

    private static readonly Regex PrepositionBefore = EventLexicon.GrammarRegex(
        l => @"\b(?:" + l.CueGroup("object-preposition") + "|" + l.CueGroup("located-side-preposition") + @")\s+(?:" + l.CueGroup("determiner") + @"\s+)?$",
        RegexOptions.IgnoreCase);
}
