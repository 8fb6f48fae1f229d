using System.Text.RegularExpressions;
using MapDashboard.Core.Actors;

namespace MapDashboard.Core.Events;

/// <summary>
/// Session 24: "a car bomb was detonated outside a YPG checkpoint", "mortar rounds were fired at an army post", "a device was
/// planted near a Hezbollah position": in the passive, remote violence names who fired or planted it only after "by" or
/// "from" ("was detonated by IS", "rockets were fired from rebel positions"); a side after the verb with neither before it is
/// where the attack struck, the target (actor 2), never its author, so the event then has no first actor.
/// </summary>
internal static partial class PassiveTarget
{
    private static readonly string[] Remote = ["air", "strike", "shelling", "explosive", "suicide", "grenade", "chemical"];

    /// <summary>The roles with a side after a passive remote-violence verb, not introduced as its agent, moved to actor 2.</summary>
    public static (ActorMention? Actor1, ActorMention? Actor2) Adjust(string sentence, SentenceTrigger trigger, (ActorMention? Actor1, ActorMention? Actor2) roles)
    {
        var (actor1, actor2) = roles;
        var end = trigger.Match.Index + trigger.Match.Length;
        return trigger.Passive && Remote.Contains(trigger.Class) && actor1 is not null && actor1.Start >= end && !AgentOrSource().IsMatch(sentence[end..actor1.Start])
            ? (null, actor2 ?? actor1)
            : roles;
    }

    [GeneratedRegex(@"\b(?:by|from|at the hands of)\b", RegexOptions.IgnoreCase)]
    private static partial Regex AgentOrSource();
}
