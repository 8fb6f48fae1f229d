using System.Text.RegularExpressions;
using MapDashboard.Core.Actors;
using MapDashboard.Core.Geoparsing;

namespace MapDashboard.Core.Events;

/// <summary>
/// "drove the rebels out of X", "expelled IS militants from the town of X", "were chased out of X by the army": a verb of
/// expelling whose object is the side made to leave, then "out of" or "from" and the place. The subject took the place
/// from the object (a passive's subject lost it). The words are grammar-words.tsv's kinds expulsion-particle (out of,
/// from), expulsion-stop (words that end the object: "pushed IS away from X", "pushed the rebels back from X" are battles)
/// and expelled-side (nouns of an armed side when no actor is named: "drove the militants out").
/// </summary>
public static class Expulsion
{
    /// <summary>True when the verb at <paramref name="trigger"/> has an armed side as its object (none in the passive) and then "out of"/"from" a place.</summary>
    public static bool Fits(string sentence, Match trigger, bool passive, IReadOnlyList<ResolvedPlace> places, int sentenceStart,
        IReadOnlyList<ActorMention> actors, EventLexicon lexicon)
    {
        var end = trigger.Index + trigger.Length;
        if (ObjectThenParticle.Match(sentence, end) is not { Success: true } shape)
        {
            return false;
        }
        var side = shape.Groups["side"];
        // "drove out of the town" (a vehicle, a convoy) names nobody expelled: only the passive has its side before the verb.
        if (passive != (side.Length == 0))
        {
            return false;
        }
        if (side.Length > 0 && !ArmedSide(side, actors, lexicon))
        {
            return false;
        }
        var after = shape.Index + shape.Length;
        // The place right after the particle, or a territory noun after at most a determiner ("out of the town of X", "from their positions").
        return places.Any(p => p.Mention.Start - sentenceStart >= after && p.Mention.Start - sentenceStart <= after + 25)
            || (Territory(lexicon).Match(sentence, after) is { Success: true } ground && ground.Index - after <= 12
                && !sentence[after..ground.Index].Contains(','));
    }

    /// <summary>
    /// The object names a side that fights: an actor the sentence names (not civilians), or a noun of armed men; never
    /// people ("forced families out of their homes" is displacement, not a change of hands).
    /// </summary>
    private static bool ArmedSide(Group side, IReadOnlyList<ActorMention> actors, EventLexicon lexicon)
    {
        var start = side.Index;
        var stop = side.Index + side.Length;
        var named = actors.Where(a => a.Start < stop && a.End > start).ToList();
        var person = lexicon.Object("person").Match(side.Value);
        if (person.Success && !named.Any(a => a.Start <= start + person.Index && start + person.Index < a.End))
        {
            return false;
        }
        return named.Any(a => a.Faction.Id != "civilians" && a.Faction.Side != "civilians") || ArmedNoun.IsMatch(side.Value);
    }

    private static Regex Territory(EventLexicon lexicon) => lexicon.Object("territory");

    // The object: up to six words, none of them a word that ends it ("away", "back", "to"), then the particle.
    private static readonly Regex ObjectThenParticle = EventLexicon.GrammarRegex(
        l => @"\G\s+(?<side>(?:(?!" + l.CueGroup("expulsion-stop") + @"\b)[\w'’.-]+\s+){0,6}?)" + l.CueGroup("expulsion-particle") + @"\s+",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);

    private static readonly Regex ArmedNoun = EventLexicon.GrammarRegex(@"\b", "expelled-side", @"\b");
}
