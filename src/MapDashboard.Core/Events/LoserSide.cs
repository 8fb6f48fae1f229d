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
    /// <summary>Whether the trigger tells the change from the loser's side: a loss or withdrawal verb, or a capture verb in the passive with its subject before it and no agent.</summary>
    public static bool Applies(SentenceTrigger trigger, ActorMention? actor1) =>
        trigger.Class is "loss" or "withdrawal"
        || (trigger.Class == "territory" && trigger.Passive && !trigger.HolderFollows && actor1 is not null && actor1.Start < trigger.Match.Index);

    /// <summary>
    /// The gainer and loser: <paramref name="subject"/> is the loser; the gainer comes from "to"/"by" after the verb, from the
    /// other side named in the sentence, or from the previous battle's other party (<paramref name="previous"/>, with
    /// <paramref name="resolve"/> turning its faction ids back into actors, <paramref name="id"/> an actor's id as events carry it). Null gainer when none is named.
    /// </summary>
    public static (ActorMention? Gainer, ActorMention? Loser) Resolve(string sentence, SentenceTrigger trigger, ActorMention? subject,
        List<ActorMention> found, Func<ActorMention, string> side, Func<ActorMention, string> id, CodedEvent? previous, Func<string, ActorMention?> resolve)
    {
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
            // "Clashes between X and Y in Z. Y later withdrew from the village.": the gainer is the battle's other party.
            var other = previous.Actor1 == id(subject) ? previous.Actor2 : previous.Actor2 == id(subject) ? previous.Actor1 : null;
            gainer = other is null ? null : resolve(other) is { } a && Opponent(a) ? a : null;
        }
        return (gainer, subject);
    }

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

    [GeneratedRegex(@"\b(?:to|by|at the hands of|under pressure from|in the face of)\b", RegexOptions.IgnoreCase)]
    private static partial Regex GainerCue();
}
