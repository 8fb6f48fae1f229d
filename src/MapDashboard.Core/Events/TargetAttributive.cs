using System.Text.RegularExpressions;
using MapDashboard.Core.Actors;

namespace MapDashboard.Core.Events;

/// <summary>
/// Session 28: the one acted on, named by a side's adjective before whatever noun a violent act hits. "A roadside bomb struck
/// an army bus", "Russian jets pounded rebel hideouts", "the assault on rebel-held X", "an IED exploded under a passing army
/// truck": a side's adjective (Lexicon/holder-adjectives.tsv) standing as the first word of the object of a trigger of
/// violence (remote violence, an attack, an assault or a clash), after at most a preposition (kind
/// <c>target-lead-preposition</c>) and two determiners, numbers or plain adjectives (kind <c>target-filler</c>), or hyphened
/// to "held" / "controlled" there (kind <c>held-suffix</c>), is a mention of that side; the role rules then make it the side
/// hit (actor 2), as they already did for the site nouns of <see cref="HolderAttributives.Ground"/> ("an army convoy").
/// The reader generalises the Ground list from a fixed set of nouns (posts, convoys, depots) to the object position itself.
/// Not read: an adjective before a place of unarmed people or a person noun ("struck a government hospital", kind
/// <c>civilian-site-noun</c>, object class person: session 25's decision), an adjective that is not in the trigger's object ("jets struck near X as rebel commanders met"), nor one a
/// named actor covers ("rebel fighters").
/// </summary>
internal static class TargetAttributive
{
    private static readonly string[] Violent = ["air", "strike", "shelling", "explosive", "suicide", "grenade", "chemical", "attack", "assault", "clash"];

    private static readonly Lazy<HolderWords> Words = new(() =>
    {
        var lexicon = EventLexicon.LoadDefault();
        // The side's word, then a noun (a lower-case word: "army bus", "rebel hideouts") or "-held" / "-controlled".
        return new HolderWords(EventLexicon.Resource("holder-adjectives.tsv"), "holder-adjectives.tsv",
            adjectives => @"(?<![\w'’-])(?<word>" + adjectives + @")(?:\s+(?=[a-z])|-(?:" + lexicon.CueGroup("held-suffix") + @")\b)");
    });

    // What stands between the trigger's first word and the side's word: the trigger word (group "lead", perhaps with a
    // second word of its own form: "blew up", "went off"), a preposition, up to two fillers; read right to left from the word.
    private static readonly Lazy<Regex> LeftOfWord = new(() =>
    {
        var lexicon = EventLexicon.LoadDefault();
        return new Regex(@"(?<![\w'’-])(?<lead>[\p{L}-]+)(?:\s+(?:up|off|out))?\s+(?:(?:" + lexicon.CueGroup("target-lead-preposition") + @")\s+)?(?:(?:"
            + lexicon.CueGroup("target-filler") + @"|\d+)\s+){0,2}$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.RightToLeft | WordListRegexes.Options);
    });

    // A place of unarmed people or a person noun right after the side's word ("a government hospital", "army doctors"): no side hit.
    private static readonly Lazy<Regex> CivilianHead = new(() => EventLexicon.GrammarRegex(l => @"\G\s+(?:(?:" + l.CueGroup("civilian-site-noun") + @")\b|(?:" + l.Object("person") + "))",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant));

    /// <summary><paramref name="mentions"/> with the sides' words that stand first in the object of a violent trigger added, in text order.</summary>
    public static List<ActorMention> Add(string sentence, IReadOnlyList<ActorMention> mentions, FactionCatalogue catalogue, EventLexicon lexicon) =>
        Words.Value.Add(sentence, mentions, catalogue, m => InObject(sentence, m.Groups["word"].Index, lexicon)
            && !CivilianHead.Value.IsMatch(sentence, m.Groups["word"].Index + m.Groups["word"].Length));

    private static bool InObject(string sentence, int at, EventLexicon lexicon)
    {
        var left = sentence[Math.Max(0, at - 60)..at];
        return LeftOfWord.Value.Match(left) is { Success: true } m
            && lexicon.TriggerStartsAt(sentence, at - left.Length + m.Groups["lead"].Index, rule => Violent.Contains(rule.Class));
    }
}
