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
        if (ClauseEndsHere.IsMatch(rest) || ControlState.IsPresentVerb(trigger))
        {
            return ClauseEndsHere.IsMatch(rest);
        }
        var lead = StrandedOrAdverb.Match(rest);
        var after = rest[lead.Length..];
        return ClauseEndsHere.IsMatch(after) || clauseTail.Match(after) is { Success: true, Index: 0 };
    }

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
