using System.Text.RegularExpressions;
using MapDashboard.Core.Actors;

namespace MapDashboard.Core.Events;

/// <summary>
/// Territory told from the side that lost it: "X lost Y to Z", "X withdrew from Y after Z's assault", "X was driven out
/// of Y" (a passive without an agent). The subject is the loser; the gainer is the actor after "to" or "by", else the
/// other side named in the sentence, else the other party of the battle the report coded just before. A withdrawal
/// without fighting stays a non-violent transfer; a loss whose gainer is nowhere named is never given a guessed gainer.
/// </summary>
internal static partial class LoserSide
{
    /// <summary>
    /// Whether the trigger tells the change from the loser's side: a loss or withdrawal verb, or a capture verb in the passive
    /// with its subject before it and no agent; not a passive whose subject is the place, with the side it was taken from named
    /// after "of" or "from" ("X said the town was cleared of Y": Y lost it, X stays the first actor).
    /// </summary>
    public static bool Applies(string sentence, SentenceTrigger trigger, ActorMention? actor1, List<ActorMention> found) =>
        trigger.Class is "loss" or "withdrawal"
        || (trigger.Class == "territory" && trigger.Passive && !trigger.HolderFollows && actor1 is not null && actor1.Start < trigger.Match.Index
            && !TakenFromNamedAfter(sentence, trigger, actor1, found));

    // "Rebel fighters were driven out of X" keeps its reading: the side is the passive's subject, only auxiliaries and adverbs
    // between it and the verb; "the village was cleared of IS fighters" names the place as the subject and the loser after it.
    private static bool TakenFromNamedAfter(string sentence, SentenceTrigger trigger, ActorMention actor1, List<ActorMention> found)
    {
        var end = trigger.Match.Index + trigger.Match.Length;
        return !SubjectBeforeVerb().IsMatch(sentence[actor1.End..trigger.Match.Index])
            && found.Any(a => a.Start >= end && TakenFromGap().IsMatch(sentence[end..a.Start]));
    }

    [GeneratedRegex(@"^\s+(?:[a-z]+\s+){0,3}$")]
    private static partial Regex SubjectBeforeVerb();

    private static readonly Regex TakenFromGapPattern = EventLexicon.GrammarRegex(@"^\s*", "taken-from", @"\s+(?:the\s+)?(?:[\w-]+\s+)?$");

    private static Regex TakenFromGap() => TakenFromGapPattern;

    /// <summary>
    /// "army posts", "a YPG position": a side's name before a noun of territory, the noun inside the mention or right after it,
    /// names whose the ground is (an attributive), not who acts.
    /// </summary>
    private static bool HolderOfNoun(string sentence, ActorMention actor, Regex objectNoun)
    {
        for (var noun = objectNoun.Match(sentence, actor.Start); noun.Success && noun.Index <= actor.End + 1; noun = noun.NextMatch())
        {
            if ((noun.Index > actor.Start && noun.Index + noun.Length == actor.End)
                || (noun.Index == actor.End + 1 && char.IsWhiteSpace(sentence[actor.End])))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>
    /// The gainer and loser: <paramref name="subject"/> is the loser; the gainer comes from "to"/"by" after the verb, from the
    /// other side named in the sentence, or from the previous battle's other party (<paramref name="previous"/>, with
    /// <paramref name="resolve"/> turning its faction ids back into actors, <paramref name="id"/> an actor's id as events carry it). Null gainer when none is named.
    /// "X forced Y to withdraw from Z" (<paramref name="causative"/>: the cue before the side made to leave): Y lost Z and X gained it;
    /// a side right before a noun of <paramref name="objectNoun"/> ("army posts") is the object's holder, never the one that forced it.
    /// </summary>
    public static (ActorMention? Gainer, ActorMention? Loser) Resolve(string sentence, SentenceTrigger trigger, ActorMention? subject,
        List<ActorMention> found, Func<ActorMention, string> side, Func<ActorMention, string> id, CodedEvent? previous, Func<string, ActorMention?> resolve,
        Regex causative, Regex objectNoun)
    {
        if (Forced(sentence, trigger, found, side, causative) is { } forced)
        {
            return forced;
        }
        if (trigger.Rule.Object == "forced" && trigger.ForcedCue is { } cue)
        {
            // "X stormed the posts, forcing the troops to retreat": the side between the cue and "to" left, the side before the cue gained.
            var made = found.FirstOrDefault(a => a.Start >= cue.Index + cue.Length && a.End <= trigger.Match.Index);
            // ("Rebels stormed army posts, forcing the troops to retreat": a side naming whose posts they were holds the object, it forced no one.)
            var by = found.LastOrDefault(a => a.End <= cue.Index && (made is null || side(a) != side(made)) && side(a) is not ("civilians" or "unknown")
                && !HolderOfNoun(sentence, a, objectNoun));
            return (by, made);
        }
        if (subject is null)
        {
            return (null, null);
        }
        var end = trigger.Match.Index + trigger.Match.Length;
        bool Opponent(ActorMention a) => a != subject && a.Faction.Id != subject.Faction.Id && side(a) != side(subject) && side(a) is not ("civilians" or "unknown");
        var gainer = AfterCue(sentence, end, found, Opponent)
            ?? found.FirstOrDefault(a => a.Start >= end && Opponent(a))
            ?? found.LastOrDefault(a => a.Start < trigger.Match.Index && Opponent(a));
        if (gainer is null && previous is { Type: EventType.Battles })
        {
            // "Clashes between X and Y in Z. Y later withdrew from the village.": the gainer is the battle's other party;
            // "X shelled Z as clashes raged near it. Y withdrew from the village.": a battle with one named party, an opponent
            // of the side that left, was fought against it (the check below keeps an ally or a third side out).
            var other = previous.Actor1 == id(subject) ? previous.Actor2 : previous.Actor2 == id(subject) ? previous.Actor1
                : previous.Actor2 is null ? previous.Actor1 : null;
            gainer = other is null ? null : resolve(other) is { } a && Opponent(a) ? a : null;
        }
        return (gainer, subject);
    }

    /// <summary>"X forced Y to withdraw from Z": Y right before "to" and the trigger, a causative cue right before Y, X before the cue on another side.</summary>
    private static (ActorMention Gainer, ActorMention Loser)? Forced(string sentence, SentenceTrigger trigger, List<ActorMention> found, Func<ActorMention, string> side, Regex causative)
    {
        var start = trigger.Match.Index;
        var loser = found.LastOrDefault(a => a.End <= start && ToBefore().IsMatch(sentence[a.End..start]));
        if (loser is null || CueEnd().Match(sentence[..loser.Start]) is not { Success: true } lead || causative.Match(lead.Groups[1].Value) is not { Success: true } cue
            || cue.Length != lead.Groups[1].Length)
        {
            return null;
        }
        var cueStart = lead.Groups[1].Index;
        var gainer = found.LastOrDefault(a => a.End <= cueStart && side(a) != side(loser) && side(a) is not ("civilians" or "unknown"));
        return gainer is null ? null : (gainer, loser);
    }

    /// <summary>"forcing the troops to retreat": the causative cue before the side made to leave and its "to", or null when the infinitive follows none.</summary>
    public static Match? ForcedCue(string sentence, int triggerStart, Regex causative) =>
        causative.Matches(sentence[..triggerStart], Math.Max(0, triggerStart - 80))
            .LastOrDefault(c => ForcedSide().IsMatch(sentence[(c.Index + c.Length)..triggerStart]));

    private static ActorMention? AfterCue(string sentence, int end, List<ActorMention> found, Func<ActorMention, bool> opponent)
    {
        foreach (Match m in GainerCue().Matches(sentence, end))
        {
            if (found.FirstOrDefault(a => a.Start >= m.Index + m.Length && a.Start - (m.Index + m.Length) <= 25 && opponent(a)) is { } actor)
            {
                return actor;
            }
        }
        return null;
    }

    // "... Y to withdraw from": only "to" (and the start of the trigger) between the forced side and its withdrawal.
    // "forcing the rebels to", "compelled Islamic State fighters to": one to five words, the side made to leave, then "to".
    [GeneratedRegex(@"^\s+(?:[\w'’-]+\s+){1,5}to\s+$", RegexOptions.IgnoreCase)]
    private static partial Regex ForcedSide();

    [GeneratedRegex(@"^\s+to\s+$", RegexOptions.IgnoreCase)]
    private static partial Regex ToBefore();

    // The word right before the forced side (after an optional article): the causative verb.
    [GeneratedRegex(@"\b(\w+)\s+(?:the\s+|its\s+|their\s+)?$", RegexOptions.IgnoreCase)]
    private static partial Regex CueEnd();

    private static readonly Regex GainerCuePattern = EventLexicon.GrammarRegex(@"\b", "gainer-cue", @"\b");

    private static Regex GainerCue() => GainerCuePattern;
}
