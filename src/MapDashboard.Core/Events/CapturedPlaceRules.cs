using System.Text.RegularExpressions;
using MapDashboard.Core.Actors;

namespace MapDashboard.Core.Events;

/// <summary>
/// Whether a place named in a capture sentence is the place taken. It is not when it only locates what was taken
/// ("captured a village near X"), when it is an aim or a destination ("advancing towards X"), or when it is where
/// another side than the taker is ("besieging the rebels in X").
/// </summary>
internal sealed partial class CapturedPlaceRules(EventLexicon lexicon)
{
    // "fighters in", "holed up in the town of": a side's noun, where it is, and a settlement noun, from the lexicon's grammar
    // words (grammar-words.tsv: located-side-noun, located-side-preposition, town-of-noun).
    private readonly Regex _actorLocative = new(
        @"^\s*" + lexicon.CueGroup("located-side-noun") + @"?\s*" + lexicon.CueGroup("located-side-preposition") + @"\s+(?:the\s+" + lexicon.CueGroup("town-of-noun") + @"\s+of\s+)?$",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | WordListRegexes.Options);

    /// <summary>"captured a village near X": a territory noun, then a locative before the place, between the verb and the place.</summary>
    public bool LocatesAnother(string sentence, int triggerEnd, int placeStart)
    {
        if (placeStart <= triggerEnd || placeStart > sentence.Length)
        {
            return false;
        }
        var between = sentence[triggerEnd..placeStart];
        return lexicon.Object("territory").Match(between) is { Success: true } noun
            && lexicon.Object("locative").Match(between, noun.Index) is { Success: true } where && where.Index + where.Length >= between.TrimEnd().Length - 12;
    }

    /// <summary>
    /// "clashes around X, which Y captured", "fighting raged near X, and Y took it": a place named as where a battle was
    /// (nearness belongs to that battle) is itself the place taken when the capture after it refers back to it, by a
    /// relative pronoun right after the place with a verb that has no object of its own (<paramref name="objectless"/>),
    /// or by the pronoun object "it" with no other place named between; not when the nearness locates ground
    /// ("seized positions around X, which ..."): then what was taken is that ground.
    /// </summary>
    public bool ReferredBack(string sentence, int triggerStart, int triggerEnd, int placeStart, int placeEnd, bool objectless, IEnumerable<int> placeStarts)
    {
        if (placeEnd > triggerStart || placeStart < 0)
        {
            return false;
        }
        var lastPlaceBefore = !placeStarts.Any(p => p > placeStart && p < triggerStart);
        // "clashes near X, and the SDF took the town": the object names a settlement itself, so ground named beside X
        // ("positions around X") does not stand in for it as it does for "it" (session 29).
        if (lastPlaceBefore && SettlementObject(sentence, triggerEnd))
        {
            return true;
        }
        if (LocatesAnother(sentence, Math.Max(0, placeStart - 40), placeStart))
        {
            return false;
        }
        return (objectless && RelativeAfter().IsMatch(sentence[placeEnd..triggerStart]))
            || (ItObject.IsMatch(sentence[triggerEnd..]) && lastPlaceBefore);
    }

    /// <summary>Whether the object at <paramref name="at"/> refers back to a place named before: "it", or a definite settlement noun.</summary>
    public bool ObjectRefersBack(string text, int at) => at <= text.Length && (ItObject.IsMatch(text[at..]) || SettlementObject(text, at));

    /// <summary>
    /// "took the town", "losing control of the village": a definite settlement noun (grammar kind <c>referring-place-noun</c>)
    /// as the verb's object, not followed by "of" or a locative ("the town of Y", "the village near Y" name another place).
    /// </summary>
    private bool SettlementObject(string sentence, int triggerEnd)
    {
        if (triggerEnd >= sentence.Length || _settlementObject.Match(sentence, triggerEnd) is not { Success: true } noun)
        {
            return false;
        }
        var rest = sentence[(noun.Index + noun.Length)..];
        var locative = lexicon.Object("locative").Match(rest);
        return !OfAfter().IsMatch(rest) && !(locative.Success && rest[..locative.Index].Trim().Length == 0);
    }

    /// <summary>A place named as an aim or a destination, or as where another side than the taker is: not a place taken.</summary>
    public bool NotTaken(string sentence, int triggerEnd, int placeStart, List<ActorMention> found, ActorMention? taker) =>
        AimOrDestination(sentence, triggerEnd, placeStart) || WhereAnotherSideIs(sentence, placeStart, found, taker);

    /// <summary>
    /// "entered A, aiming to encircle militants in B", "pushed the rebels into C", "advancing towards D": a place named
    /// after an aim (attempt cue) or as a destination, between the capture verb and the place, is not a place taken.
    /// </summary>
    private bool AimOrDestination(string sentence, int triggerEnd, int placeStart)
    {
        if (placeStart <= 0 || placeStart > sentence.Length)
        {
            return false;
        }
        // A destination word just before the place ("into Idlib", "towards the town of X"), wherever the trigger stands.
        var from = Math.Max(0, placeStart - 30);
        var before = sentence[from..placeStart].TrimEnd();
        // (Session 24: not the "into" of the trigger itself, "moved into X", an entry as "entered X" is.)
        if (lexicon.Cue("destination").Matches(before).Any(m => m.Index + m.Length >= before.Length - 16 && from + m.Index + m.Length != triggerEnd
            && !before[(m.Index + m.Length)..].Contains(',', StringComparison.Ordinal)))
        {
            return true;
        }
        return placeStart > triggerEnd && lexicon.Cue("attempt").IsMatch(sentence[triggerEnd..placeStart]);
    }

    /// <summary>
    /// "containing the rebels in Idlib", "shelling ISIS fighters at X", "besieging troops inside Y": a place named as
    /// where another side than the taker is, is that side's ground, not a place taken.
    /// </summary>
    private bool WhereAnotherSideIs(string sentence, int placeStart, List<ActorMention> found, ActorMention? taker) =>
        placeStart > 0 && placeStart <= sentence.Length && found.Any(a => a != taker && a.End <= placeStart && (taker is null || a.Faction.Id != taker.Faction.Id)
            && _actorLocative.IsMatch(sentence[a.End..placeStart]));

    [GeneratedRegex(@"^\s*,?\s*which\b", RegexOptions.IgnoreCase)]
    private static partial Regex RelativeAfter();

    [GeneratedRegex(@"^\s+of\b", RegexOptions.IgnoreCase)]
    private static partial Regex OfAfter();

    private readonly Regex _settlementObject = new(
        @"\G\s*(?:" + lexicon.CueGroup("stranded-preposition") + @"\s+)?" + lexicon.CueGroup("definite-noun-determiner") + @"\s+" + lexicon.CueGroup("referring-place-noun") + @"\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | WordListRegexes.Options);

    private static readonly Regex ItObject = EventLexicon.GrammarRegex(l => @"^\s*(?:" + l.CueGroup("stranded-preposition") + @"\s+)?it\b", RegexOptions.IgnoreCase);
}
