using System.Text.RegularExpressions;

namespace MapDashboard.Core.Events;

/// <summary>
/// Session 24: "mothers rallied demanding the release of their detained sons", "families held a vigil for abducted
/// relatives", "a protest over the fate of the kidnapped workers": an arrest or abduction participle used as an adjective,
/// right after a determiner, a possessive or a preposition (grammar kind attributive-lead) and right before a noun of people
/// (object-words class person, or kin of grammar kind attributive-head), describes people held before; it reports no arrest
/// or abduction, so it is no trigger and the protest (or other event) codes the sentence. The verb ("police detained the
/// relatives of a suspect") and the passive ("were detained") are triggers as before.
/// </summary>
internal static class AttributiveParticiple
{
    private static readonly Regex Lead = EventLexicon.GrammarRegex(@"\b", "attributive-lead", @"\s+$");

    private static readonly Regex Participle = new(@"^[a-z]+(?:ed|en)$", RegexOptions.CultureInvariant);

    /// <summary>The triggers without the arrest and abduction participles that only describe people.</summary>
    public static List<SentenceTrigger> Without(List<SentenceTrigger> triggers, string sentence, EventLexicon lexicon)
    {
        if (!triggers.Any(t => t.Class is "arrest" or "abduction"))
        {
            return triggers;
        }
        var head = HeadAfter(lexicon);
        return triggers.Where(t => !(t.Class is "arrest" or "abduction" && Participle.IsMatch(t.Match.Value)
            && Lead.IsMatch(sentence.AsSpan(Math.Max(0, t.Match.Index - 12), Math.Min(12, t.Match.Index)))
            && head.IsMatch(sentence[(t.Match.Index + t.Match.Length)..]))).ToList();
    }

    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<EventLexicon, Regex> Heads = new();

    // The noun right after the participle: a person noun or a kin noun.
    private static Regex HeadAfter(EventLexicon lexicon) => Heads.GetValue(lexicon, l => new Regex(
        @"^\s+(?:" + l.CueGroup("attributive-head") + "|" + l.Object("person") + @")\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant));
}
