using System.Text.RegularExpressions;
using MapDashboard.Core.Actors;

namespace MapDashboard.Core.Events;

/// <summary>
/// The actors of a protest as the ACLED codebook codes them (inter code 6): the first actor is the protesters
/// ("Protesters (Syria)"). A side named with the protest is what it is against ("protested against HTS": left out), the
/// force that broke it up (the second actor of an intervention: "security forces dispersed a protest"), or a group the
/// protesters belong to (an associate). Civilians named as a protest's actor are its protesters.
/// </summary>
internal static class ProtestActors
{
    /// <summary>The roles for a protest sub-type; other sub-types unchanged.</summary>
    public static (ActorMention? Actor1, ActorMention? Actor2, List<ActorMention> Associates) Assign(string sentence, int triggerIndex, string subType,
        ActorMention? actor1, ActorMention? actor2, List<ActorMention> associates, FactionCatalogue catalogue)
    {
        if (actor1 is { Faction.Id: "civilians" } && subType is EventType.PeacefulProtest or EventType.ProtestWithIntervention or EventType.ViolentDemonstration)
        {
            actor1 = null;
        }
        if (actor1 is not null && actor1.Faction.Id != "protesters" && subType is EventType.PeacefulProtest or EventType.ProtestWithIntervention)
        {
            if (subType == EventType.ProtestWithIntervention && actor2 is null && actor1.End <= triggerIndex)
            {
                actor2 = actor1;
            }
            else if (actor1.End <= triggerIndex && !AgainstBefore(sentence, actor1))
            {
                associates = [actor1, .. associates];
            }
            actor1 = null;
        }
        if (actor1 is null && subType is EventType.PeacefulProtest or EventType.ViolentDemonstration or EventType.ProtestWithIntervention or EventType.ExcessiveForce
            && catalogue.Get("protesters") is { } protesters)
        {
            actor1 = new ActorMention(0, 0, "protesters", protesters, false);
        }
        return (actor1, actor2, associates);
    }

    /// <summary>Whether the actor is what a protest opposes ("a protest against the regime", "denouncing HTS"; grammar-words kind protest-target).</summary>
    private static bool AgainstBefore(string sentence, ActorMention a) => ProtestTarget.IsMatch(sentence[Math.Max(0, a.Start - 24)..a.Start]);

    private static readonly Regex ProtestTarget = EventLexicon.GrammarRegex(@"\b", "protest-target", @"\s+(?:the\s+)?$");
}
