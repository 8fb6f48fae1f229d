using System.Text.RegularExpressions;

namespace MapDashboard.Core.Events;

/// <summary>
/// Where a trigger is told as something other than the day's news: an agreement that frames another event ("shops
/// reopened after the truce", "fighters left under the deal") or that a relative clause tells of a person ("a teacher who
/// had signed the reconciliation was shot"), and a noun trigger a quantifier denies ("no shelling has hit the town").
/// The words are cues.tsv's kinds agreement-frame, person-relative and denying-quantifier.
/// </summary>
public static partial class TriggerFrames
{
    /// <summary>True when the agreement trigger at <paramref name="index"/> frames another event or is told of a person.</summary>
    public static bool AgreementInBackground(string sentence, int index, EventLexicon lexicon)
    {
        var before = sentence[Math.Max(0, index - 80)..index];
        // "after the truce", "under a Russian-brokered deal": the frame word and at most three words before the trigger.
        return lexicon.Cue("agreement-frame").Matches(before).Any(c => FewWords().IsMatch(before[(c.Index + c.Length)..]))
            || InPersonRelative(before, lexicon);
    }

    /// <summary>
    /// True when <paramref name="before"/> (the text up to a trigger) ends inside a relative clause about a person: "who",
    /// "whom" or "whose" with no clause break after it.
    /// </summary>
    public static bool InPersonRelative(string before, EventLexicon lexicon) =>
        lexicon.Cue("person-relative").Matches(before) is { Count: > 0 } found && !HasClauseBreak(before[(found[^1].Index + found[^1].Length)..]);

    /// <summary>True when the text just before a trigger is a denying quantifier, with at most one word between ("no heavy shelling").</summary>
    public static bool DeniedByQuantifier(string before, EventLexicon lexicon) => CueRightBefore(before, lexicon.Cue("denying-quantifier"));

    /// <summary>True when a match of <paramref name="cue"/> ends <paramref name="before"/>, with at most one word after it.</summary>
    internal static bool CueRightBefore(string before, Regex cue) => cue.Matches(before).Any(c => AtMostOneWord().IsMatch(before[(c.Index + c.Length)..]));

    /// <summary>True when <paramref name="text"/> holds a clause break (a comma, semicolon, colon, bracket or full stop).</summary>
    internal static bool HasClauseBreak(string text) => ClauseBreak().IsMatch(text);

    [GeneratedRegex(@"^\s+(?:[\w'’-]+\s+){0,3}$")]
    private static partial Regex FewWords();

    [GeneratedRegex(@"^\s*(?:[\w'’-]+\s+)?$")]
    private static partial Regex AtMostOneWord();

    [GeneratedRegex(@"[,;:()]|\.\s")]
    private static partial Regex ClauseBreak();
}
