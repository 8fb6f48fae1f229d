using System.Text.RegularExpressions;

namespace MapDashboard.Core.Events;

/// <summary>
/// A state of control ("X are in full control of Y", "Y is now under the control of X") is a capture only when the
/// report gives it as the outcome of fighting: a change-of-state adverb in its clause ("now", "fully"), or a battle it
/// follows ("after clashes", "following two days of fighting"). A bare state describing the situation ("Y has been under
/// the control of X since 2018", "X is in control of Y, where ...") stays no event.
/// </summary>
internal static partial class ControlState
{
    /// <summary>"in full control of", "under the control of": the trigger is a state of control (<paramref name="left"/> is the text before it).</summary>
    public static bool IsState(string left) => State.IsMatch(left) && !Standing.IsMatch(left);

    /// <summary>"under the control of X": the holder follows the state.</summary>
    public static bool HolderFollows(string left) => Under.IsMatch(left);

    /// <summary>
    /// Whether the sentence gives the state of control at <paramref name="trigger"/> as the outcome of fighting;
    /// <paramref name="battles"/> are the sentence's battle words (clash and assault triggers) as the trigger finder matched them.
    /// </summary>
    public static bool IsOutcome(string sentence, Match trigger, IReadOnlyList<Match> battles, EventLexicon lexicon)
    {
        var before = sentence[Math.Max(0, trigger.Index - 40)..trigger.Index];
        before = ClauseBreak.Split(before)[^1];
        if (lexicon.Cue("state-change").IsMatch(before) || CameUnder(before, lexicon))
        {
            return true;
        }
        // "after clashes", "following two days of fighting": a battle governed by an outcome cue, at most four words after it.
        return lexicon.Cue("outcome-of").Matches(sentence).Any(cue => battles.Any(b => b.Index >= cue.Index + cue.Length
            && Lead().IsMatch(sentence[(cue.Index + cue.Length)..b.Index])));
    }

    /// <summary>
    /// "Hezbollah and the army control the hill after clashes", "X now controls Y": the present-tense verb right after its
    /// actor (an adverb between at most), given as the outcome of fighting. Any other "control" (a noun) is no trigger.
    /// </summary>
    public static bool IsPresentVerbOutcome(string sentence, Match trigger, IReadOnlyList<Actors.ActorMention> actors, IReadOnlyList<Match> battles, EventLexicon lexicon) =>
        actors.Any(a => a.End <= trigger.Index && AfterActor().IsMatch(sentence[a.End..trigger.Index])) && IsOutcome(sentence, trigger, battles, lexicon);

    /// <summary>
    /// "Y came under rebel control", "Y is now under SDF control": the holder stands between "under" and the noun "control"
    /// (right before it); the place is named before. A standing state ("remained under SDF control") is not a change.
    /// </summary>
    public static bool HolderBetween(string sentence, Match trigger, IReadOnlyList<Actors.ActorMention> actors) =>
        actors.Any(a => a.End <= trigger.Index && sentence[a.End..trigger.Index].Trim().Length == 0
            && UnderBefore().IsMatch(sentence[Math.Max(0, a.Start - 40)..a.Start]) && !StandingUnder.IsMatch(sentence[Math.Max(0, a.Start - 40)..a.Start]));

    // "came under the control of X", "fell under rebel control", "passed under IS control": a verb of change right before
    // "under" reports the state being reached; "remained under" or "areas under" do not, as no change cue ends there.
    private static bool CameUnder(string before, EventLexicon lexicon)
    {
        var under = UnderHolder().Match(before);
        if (!under.Success)
        {
            return false;
        }
        return ChangeEnds(before[..under.Index], lexicon);
    }

    /// <summary>
    /// Whether <paramref name="left"/>, the text before "under", ends with a verb of change (cue "under-change"), an adverb
    /// or two in "-ly" between at most ("is now reportedly under", "came fully under"): the adverb does not make the change a
    /// standing state, and a standing state ("has been firmly under") has no change word to end with.
    /// </summary>
    public static bool ChangeEnds(string left, EventLexicon lexicon)
    {
        left = TrailingAdverbs().Replace(left.TrimEnd(), "");
        return lexicon.Cue("under-change").Matches(left).Any(c => c.Index + c.Length == left.Length);
    }

    /// <summary>Whether the trigger is the bare present-tense verb "control(s)".</summary>
    public static bool IsPresentVerb(Match trigger) => PresentVerb().IsMatch(trigger.Value);

    // What may stand between "under"/"in" and the trigger: "under the full control of", "in their complete control".
    private static string Qualifiers(EventLexicon l) => "(?:" + l.CueGroup("control-qualifier") + @"\s+)*$";

    [GeneratedRegex(@"^\s*(?:[\w-]+ly\s+|now\s+)?$", RegexOptions.IgnoreCase)]
    private static partial Regex AfterActor();

    [GeneratedRegex(@"^controls?$", RegexOptions.IgnoreCase)]
    private static partial Regex PresentVerb();

    private static readonly Regex State = EventLexicon.GrammarRegex(l => @"\b" + l.CueGroup("state-preposition") + @"\s+" + Qualifiers(l), RegexOptions.IgnoreCase);

    private static readonly Regex Under = EventLexicon.GrammarRegex(l => @"\bunder\s+" + Qualifiers(l), RegexOptions.IgnoreCase);

    // "remained in control of Y", "still under the control of X", "areas under the control of X", "the town, which is under the control of X": a standing state or a description, whatever it follows.
    // A stem takes one or more letters after it ("remained", "territories"); its bare form, where a word, is listed with the words.
    private static readonly Regex Standing = EventLexicon.GrammarRegex(l => @"\b(?:" + l.CueGroup("standing-in") + "|" + l.CueGroup("standing-stem") + @"\w+)\s+(?:[\w-]+\s+)?"
        + l.CueGroup("state-preposition") + @"\s+" + Qualifiers(l), RegexOptions.IgnoreCase);

    [GeneratedRegex(@"\bunder\s+(?:the\s+)?$", RegexOptions.IgnoreCase)]
    private static partial Regex UnderBefore();

    private static readonly Regex StandingUnder = EventLexicon.GrammarRegex(l => @"\b(?:" + l.CueGroup("standing-under") + "|" + l.CueGroup("standing-stem") + @"\w+)\s+(?:[\w-]+\s+)?under\s+(?:the\s+)?$",
        RegexOptions.IgnoreCase);

    // "under the " before "control of", "under Islamic State " before "control": the holder, if any, stands between.
    [GeneratedRegex(@"\bunder\s+(?:[\w'-]+\s+){0,4}$", RegexOptions.IgnoreCase)]
    private static partial Regex UnderHolder();

    [GeneratedRegex(@"(?:\s+[a-z]+ly){1,2}$", RegexOptions.IgnoreCase)]
    private static partial Regex TrailingAdverbs();

    [GeneratedRegex(@"^\s*(?:[\w'-]+\s+){0,4}$")]
    private static partial Regex Lead();

    private static readonly Regex ClauseBreak = EventLexicon.GrammarRegex(l => @"[;:]|\.\s|,\s+" + l.CueGroup("state-clause-break") + @"\b", RegexOptions.None);
}
