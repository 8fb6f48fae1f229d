using System.Text.RegularExpressions;

namespace MapDashboard.Core.Events;

/// <summary>
/// Session 24b: "An SDF base was hit by a suicide car bomb", "an army convoy was struck by a suicide bomber", "two patrols
/// were targeted by roadside bombs": the trigger is itself the agent of a passive verb standing right before it ("was hit by"
/// with at most a determiner between), so the side named before that verb is the one acted on (actor 2), never the one that
/// acted; who acted is only an agent named after the trigger ("a bomb planted by X") or no one. ACLED: the target of a
/// remote or suicide attack is actor 2. Session 26: so is the nominal "was the target of" / "were the victims of" right before it
/// (grammar kind target-noun: "an army post was the target of a suicide car bombing").
/// </summary>
internal static class AgentNounTrigger
{
    private static readonly Regex Pattern = EventLexicon.GrammarRegex(
        l => @"\b(?:" + l.CueGroup("passive-auxiliary") + @"|is|are|being)\s+(?:\w+ly\s+)?(?:\w+(?:ed|en)|" + l.CueGroup("strike-participle")
            + @")\s+by\s+(?:(?:" + l.CueGroup("determiner") + @")\s+)?$|\b(?:" + l.CueGroup("passive") + @"|became|become|becomes)\s+(?:the\s+)?" + l.CueGroup("target-noun")
            + @"\s+of\s+(?:(?:" + l.CueGroup("determiner") + @")\s+)?$",
        RegexOptions.CultureInvariant | RegexOptions.IgnoreCase);

    /// <summary>Whether the trigger starting at <paramref name="start"/> is the agent of a passive verb right before it.</summary>
    public static bool Precedes(string sentence, int start)
    {
        var head = sentence[Math.Max(0, start - 60)..start];
        // (A cheap check first: most triggers have no "by" right before them.)
        return (head.Contains(" by ", StringComparison.OrdinalIgnoreCase) || head.Contains(" of ", StringComparison.OrdinalIgnoreCase)) && Pattern.IsMatch(head);
    }
}
