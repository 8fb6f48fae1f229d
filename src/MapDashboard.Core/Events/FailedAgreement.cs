using System.Text.RegularExpressions;

namespace MapDashboard.Core.Events;

/// <summary>
/// Session 26: "the talks ended without an agreement", "no truce was reached in X", "efforts to reach a ceasefire in X failed",
/// "the negotiations collapsed without a deal": an agreement word denied by a word right before it (grammar kind
/// agreement-negator, three words at most between, same clause) or followed in its own clause by a verb of failing (kind
/// agreement-failure, no word of kind failure-clause-stop between) names an agreement that was not made, so it codes nothing
/// (ACLED codes an Agreement only when one is reached). "Signed a truce after talks had collapsed" keeps the truce.
/// </summary>
internal static class FailedAgreement
{
    private static readonly Regex NegatorBefore = EventLexicon.GrammarRegex(
        l => @"\b" + l.CueGroup("agreement-negator") + @"\s+(?:[\w'’-]+\s+){0,3}$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);

    // Session 27: "rejected a Russian offer of a ceasefire", "turned down a proposal from Moscow for a truce": the agreement named
    // as what a denied proposal was of or for (grammar kind agreement-proposal, three words at most on each side) was not made.
    private static readonly Regex NegatedProposal = EventLexicon.GrammarRegex(
        l => @"\b" + l.CueGroup("agreement-negator") + @"\s+(?:[\w'’-]+\s+){0,3}?" + l.CueGroup("agreement-proposal") + @"\s+(?:[\w'’-]+\s+){0,3}?(?:of|for)\s+(?:[\w'’-]+\s+){0,2}$",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);

    private static readonly Regex FailureAfter = EventLexicon.GrammarRegex(
        l => @"\G(?:(?!\b" + l.CueGroup("failure-clause-stop") + @"\b)[^,;:.])*?\b" + l.CueGroup("agreement-failure") + @"\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);

    /// <summary>The triggers without the agreements the sentence says were not made.</summary>
    public static List<SentenceTrigger> Without(List<SentenceTrigger> triggers, string sentence)
    {
        // (A cheap check first: most sentences name no agreement.)
        if (!triggers.Any(t => t.Class == "agreement"))
        {
            return triggers;
        }
        return triggers.Where(t => t.Class != "agreement" || !Failed(sentence, t.Match)).ToList();
    }

    private static bool Failed(string sentence, Match m)
    {
        var head = sentence[Math.Max(0, m.Index - 50)..m.Index];
        var negator = NegatorBefore.Match(head) is { Success: true } word ? word : NegatedProposal.Match(head);
        if (negator.Success && !head[negator.Index..].Contains(','))
        {
            return true;
        }
        var end = m.Index + m.Length;
        return FailureAfter.Match(sentence[..Math.Min(sentence.Length, end + 60)], end).Success;
    }
}
