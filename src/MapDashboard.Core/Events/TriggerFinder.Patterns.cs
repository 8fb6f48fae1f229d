using System.Runtime.CompilerServices;
using System.Text.RegularExpressions;

namespace MapDashboard.Core.Events;

/// <summary>The trigger finder's patterns of clause shape: passives, states of control, relative clauses, clause ends.</summary>
public sealed partial class TriggerFinder
{
    /// <summary>
    /// "where the army established control.", "HTS managed to take control, ...": a capture verb with nothing after it in its clause;
    /// also when what follows is only a preposition a relative clause left behind ("which the SDF took control over.") or a time
    /// or circumstance adjunct (<paramref name="clauseTail"/>: "where the rebels regained control after ...", "and took over control on Sunday").
    /// </summary>
    public static bool Objectless(string sentence, Match trigger, Regex clauseTail)
    {
        var rest = sentence[(trigger.Index + trigger.Length)..];
        // ("under SDF control after the clashes": the bare noun or present verb "control" ends its clause only at a stop.)
        var endsHere = ClauseEndsHere.IsMatch(rest);
        if (endsHere || ControlState.IsPresentVerb(trigger))
        {
            return endsHere;
        }
        var lead = StrandedOrAdverb.Match(rest);
        var after = rest[lead.Length..];
        // (Only a tail right at the start counts: the anchored form tries that one position, not the whole rest of the sentence.)
        return ClauseEndsHere.IsMatch(after) || AtStart(clauseTail).IsMatch(after);
    }

    // The start-anchored form of each clause-tail regex met (one per lexicon, kept for the process).
    private static readonly ConditionalWeakTable<Regex, Regex> StartAnchored = [];

    /// <summary>
    /// <paramref name="regex"/> anchored where the search starts (<c>\G</c>), same options: it matches a text at its start
    /// exactly when the first match of <paramref name="regex"/> in the text is there.
    /// </summary>
    internal static Regex AtStart(Regex regex) =>
        StartAnchored.GetValue(regex, r => new Regex(@"\G(?:" + r + ")", r.Options, r.MatchTimeout));

    /// <summary>"took control of it", "seized it", "lost it": the capture's object is a pronoun standing for a place named before.</summary>
    public static bool PronounTaken(string sentence, Match trigger) =>
        PronounObject.IsMatch(sentence[(trigger.Index + trigger.Length)..]) || PronounEnd.IsMatch(trigger.Value);

    private static readonly Regex ClauseEndsHere = EventLexicon.GrammarRegex(
        l => @"^\s*(?:(?:" + l.CueGroup("degree-adverb") + "|" + l.CueGroup("clause-final-adverb") + @")\s*)?(?:[.;:]|,\s|$)", RegexOptions.IgnoreCase);

    // A preposition stranded by a relative clause ("which X took control over"), then an adverb of degree.
    private static readonly Regex StrandedOrAdverb = EventLexicon.GrammarRegex(
        l => @"^\s*(?:" + l.CueGroup("stranded-preposition") + @"\b\s*)?(?:" + l.CueGroup("degree-adverb") + @"\b\s*)?", RegexOptions.IgnoreCase);

    [GeneratedRegex(@"\b(\w+)\s+(?:\w+ly\s+)?$")]
    private static partial Regex PassiveBefore();

    [GeneratedRegex(@"\b(?:(?<before>[\w'-]+)\s+)?(?:(?<that>that)|which)\s+(?:[\w'-]+\s+){1,6}$", RegexOptions.IgnoreCase)]
    private static partial Regex RelativeBefore();

    [GeneratedRegex(@"^\s+by\b", RegexOptions.IgnoreCase)]
    private static partial Regex ByAfter();

    private static readonly Regex ClauseEnd = EventLexicon.GrammarRegex(l => @"[;:]|,\s+" + l.CueGroup("trigger-clause-break") + @"\b|\.\s", RegexOptions.None);
}
