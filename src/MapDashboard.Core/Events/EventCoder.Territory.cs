using System.Text.RegularExpressions;
using MapDashboard.Core.Actors;
using MapDashboard.Core.Geoparsing;

namespace MapDashboard.Core.Events;

/// <summary>The territorial and referential part of the coder: losses told from the loser's side, withdrawals without fighting, definite and counted territory, anaphora ("the group", "the latter").</summary>
public sealed partial class EventCoder
{
    /// <summary>
    /// The sub-type of a change told from the loser's side, or null for any other trigger: a withdrawal without fighting,
    /// or one whose gainer is not named, is a non-violent transfer; a loss whose gainer is not named is taken by a
    /// non-state side when the government lost it, else it is only a battle (never a guessed direction).
    /// </summary>
    private string? LossSubType(SentenceTrigger trigger, string sentence, ActorMention? actor1, Func<ActorMention, string> side, bool hasBattle, bool lossWithoutGainer)
    {
        var withdrawal = trigger.Class == "withdrawal";
        if (!withdrawal && trigger.Class != "loss" && !lossWithoutGainer)
        {
            return null;
        }
        if ((withdrawal && (lossWithoutGainer || NoFight(sentence, hasBattle))) || (actor1 is null && withdrawal))
        {
            return EventType.NonViolentTransfer;
        }
        if (actor1 is null)
        {
            return EventType.ArmedClash;
        }
        if (lossWithoutGainer)
        {
            return GovernmentSides.Contains(side(actor1)) ? EventType.NonStateActorOvertakesTerritory : EventType.ArmedClash;
        }
        if (NoFight(sentence, hasBattle))
        {
            return EventType.NonViolentTransfer;
        }
        return GovernmentSides.Contains(side(actor1)) ? EventType.GovernmentRegainsTerritory : EventType.NonStateActorOvertakesTerritory;
    }

    /// <summary>
    /// Territory changed hands without fighting: the report says so ("without resistance", "under a deal"), or it tells of
    /// a withdrawal and names no battle, shelling or strike ("after the army withdrew" vs "withdrew under heavy shelling").
    /// </summary>
    private bool NoFight(string sentence, bool hasBattle) =>
        _lexicon.Cue("no-fight").IsMatch(sentence)
        || (_lexicon.Cue("withdrawal-only").IsMatch(sentence) && !hasBattle
            && !_lexicon.Triggers.Any(t => t.Class is "clash" or "shelling" or "air" or "explosive" && t.Pattern.IsMatch(sentence)));

    /// <summary>
    /// "Clashes between X and Y in Z. Y later withdrew from the town.": the report's last event is a battle at the place this
    /// sentence names or refers back to, so a withdrawal from it was fought over (ACLED: a non-violent transfer only when the
    /// report names no fighting). A battle elsewhere does not count. (A side "forced to retreat" was made to leave by force:
    /// the caller counts that as fighting too, unless the report says it left under a deal or without a fight.)
    /// </summary>
    private static bool FoughtJustBefore(CodedEvent? previous, List<ResolvedPlace> places, bool fromContext) =>
        previous is { Type: EventType.Battles, Contested: false }
        && (fromContext || (previous.Where.Place is { } before && places.Any(p => p.Place?.Id == before.Id)));

    /// <summary>"the latter", "the former": the actor named last (first) before it in the same sentence.</summary>
    private IEnumerable<ActorMention> InSentence(string sentence, List<ActorMention> found, Func<Match, bool> free)
    {
        foreach (var (kind, last) in new[] { ("anaphor-last", true), ("anaphor-first", false) })
        {
            foreach (var m in _lexicon.Cue(kind).Matches(sentence).Where(free))
            {
                var before = found.Where(a => a.End <= m.Index).ToList();
                if (before.Count >= 2)
                {
                    yield return new ActorMention(m.Index, m.Index + m.Length, m.Value, (last ? before[^1] : before[0]).Faction, false);
                }
            }
        }
    }

    /// <summary>
    /// "between the army and opposition factions, where the factions captured X": a definite noun (cue "anaphor-noun") stands
    /// for the actor named before it in the sentence whose name holds the same noun, when all such actors are of one side;
    /// "government forces and SDF forces ... the forces" is ambiguous and stands for nobody (no guessed gainer).
    /// </summary>
    private IEnumerable<ActorMention> SameNoun(string sentence, List<ActorMention> found, Func<Match, bool> free)
    {
        var catalogue = _actors.Catalogue;
        foreach (var m in _lexicon.Cue("anaphor-noun").Matches(sentence).Where(free))
        {
            var noun = m.Value.Split(' ')[^1].ToLowerInvariant();
            var stem = noun.EndsWith("ies", StringComparison.Ordinal) ? noun[..^3] : noun.TrimEnd('s');
            var named = found.Where(a => a.End <= m.Index && a.Text.Contains(stem, StringComparison.OrdinalIgnoreCase)
                && !a.Text.Equals(m.Value, StringComparison.OrdinalIgnoreCase)).ToList();
            if (named.Count > 0 && named.Select(a => catalogue.SideOf(catalogue.TopLevel(a.Faction).Id).Id).Distinct().Count() == 1)
            {
                yield return new ActorMention(m.Index, m.Index + m.Length, m.Value, named[^1].Faction, false);
            }
        }
    }

    /// <summary>
    /// "They captured the town.", "These forces seized it on Tuesday.": a pronoun or demonstrative subject opening the
    /// sentence (before any actor it names) stands for the previous sentence's actor when that sentence named one side
    /// only; when it named both sides the reference is ambiguous and stands for nobody (no guessed gainer).
    /// </summary>
    private IEnumerable<ActorMention> OpeningSubject(string sentence, List<ActorMention> found, List<ActorMention> previousActors, Func<Match, bool> free)
    {
        var m = _lexicon.Cue("anaphor-subject").Match(sentence);
        if (!m.Success || !free(m) || found.Any(a => a.Start < m.Index) || !SentenceOpening().IsMatch(sentence[..m.Index]))
        {
            yield break;
        }
        var catalogue = _actors.Catalogue;
        var armed = previousActors.Where(a => a.Faction.Side != "civilians").ToList();
        if (armed.Count > 0 && armed.Select(a => catalogue.SideOf(catalogue.TopLevel(a.Faction).Id).Id).Distinct().Count() == 1)
        {
            yield return new ActorMention(m.Index, m.Index + m.Length, m.Value, armed[0].Faction, false);
        }
    }

    /// <summary>An actor for a faction id an earlier event carries.</summary>
    private ActorMention? ActorOf(string id) =>
        _actors.Catalogue.Get(id) is { } faction ? new ActorMention(0, 0, faction.Name, faction, false) : null;

    /// <summary>
    /// "captured the village", "took control of this town", "the town was recaptured by X": a definite territory noun as
    /// what was taken (the object, or the subject of a passive) refers back to the place named before. One elsewhere in the
    /// sentence ("seized checkpoints in the area") does not: what was taken there is unnamed ground around it. The noun must
    /// be of the place's kind: "the town" is a town named before, "the hill" or "the checkpoint" is ground near it (cue "settlement-noun").
    /// </summary>
    private bool DefiniteTaken(string sentence, Match trigger, bool passive, ResolvedPlace place)
    {
        var populated = place.Place?.FeatureCode.StartsWith("PPL", StringComparison.Ordinal) == true;
        bool Fits(string word) => _lexicon.Object("territory").IsMatch(word) && (!populated || _lexicon.Cue("settlement-noun").Match(word) is { Success: true } n && n.Length == word.Length);
        bool Territory(Match m) => m.Success && (Fits(m.Groups[1].Value) || Fits(m.Groups[2].Value));
        var end = trigger.Index + trigger.Length;
        if (Territory(DefiniteObject.Match(sentence[end..])))
        {
            return true;
        }
        return passive && Definite.Matches(sentence[Math.Max(0, trigger.Index - 50)..trigger.Index]).LastOrDefault() is { } subject && Territory(subject);
    }

    /// <summary>
    /// "Clashes between X and Y broke out in Z. X later took control.", "The army attacked Z. It then took control of it.": a later
    /// sentence's capture with no object, or a pronoun object, takes the place of the battle coded just before it, when its taker
    /// is a side of that battle (never a third side, and never without a battle there: the object is implied by the fight at Z).
    /// </summary>
    private bool TakenAfterBattle(string sentence, Match trigger, ResolvedPlace place, ActorMention? taker, CodedEvent? previous)
    {
        if (taker is null || previous is not { Type: EventType.Battles, Contested: false } || previous.Where != place
            || !(TriggerFinder.Objectless(sentence, trigger, _lexicon.ClauseTail) || TriggerFinder.PronounTaken(sentence, trigger)))
        {
            return false;
        }
        var catalogue = _actors.Catalogue;
        string? Top(string? id) => id is not null && catalogue.Get(id) is { } f ? catalogue.TopLevel(f).Id : null;
        var side = catalogue.TopLevel(taker.Faction).Id;
        return side == Top(previous.Actor1) || side == Top(previous.Actor2);
    }

    /// <summary>
    /// The place a later sentence's "the village", "the area" or bare capture refers to: where the event of the sentence that
    /// named it was coded ("Clashes in A, a town of B. The rebels took the town." is A, so the capture joins that clash), else
    /// the last one named that is a point (not a region, a province, a road or a name modified by a direction), else the
    /// last point, else the last place. The event's place counts also when the gazetteer has no point for its name and
    /// it was placed near another ("Clashes in A in the countryside of B. X took the village.": A near B, not province B),
    /// unless the reference is <paramref name="regional"/> ("took over 25 villages in the area" is around B, not village A).
    /// </summary>
    private static ResolvedPlace Antecedent(List<ResolvedPlace> previous, ResolvedPlace? eventPlace, bool regional) =>
        (eventPlace is not null && previous.Contains(eventPlace) && (eventPlace.Place is { IsArea: false } || (!regional && eventPlace is { Place: null, Anchor: not null }))
            && !eventPlace.Mention.IsRegional ? eventPlace : null)
        ?? previous.LastOrDefault(p => p.Place is { IsArea: false } && !p.Mention.IsRegional
            && (p.Mention.Cues & (MentionCue.Province | MentionCue.Road | MentionCue.RoadTo | MentionCue.RoadFrom)) == 0)
        ?? previous.LastOrDefault(p => p.Place is { IsArea: false }) ?? previous[^1];

    /// <summary>
    /// "achieved partial control of X", "partially captured X", "took control of parts of X": the side took part of the place, not
    /// the location (the codebook's test for both territory sub-types), so the capture is coded as the battle it was.
    /// </summary>
    private static bool Partial(string left, string trigger, string right) =>
        PartialBefore.IsMatch(left) || PartialWord.IsMatch(trigger) || PartialObject.IsMatch(right);

    /// <summary>"took X from the rebels": the side the place was taken from when no actor names it.</summary>
    private static string? PreviousFromText(string sentence) =>
        FromOpposition().IsMatch(sentence) ? "rebels" : null;

    /// <summary>"over 25 villages", "several positions": a counted plural of territory is a regional change, not a point capture.</summary>
    private bool RegionalObject(string rest) =>
        Counted.Match(rest) is { Success: true } m && _lexicon.Object("territory").IsMatch(m.Groups[1].Value);

    /// <summary>
    /// "The SDF captured positions near the border.", "Rebels took control of strategic hills.": a bare plural of territory (no
    /// determiner, at most one word before it) in a sentence that names no place is unnamed ground; right after a battle it is
    /// ground around that battle's place, taken as a regional change there (like "several positions", <see cref="RegionalObject"/>).
    /// </summary>
    /// <remarks>An indefinite singular is unnamed ground too ("captured a strategic hill", "seized an oil well east of the town",
    /// "captured strategic hill 402"), unless a name follows it ("a hill of X" is not the battle's place).</remarks>
    private bool UnnamedGroundObject(string rest) =>
        (BarePlural.Match(rest) is { Success: true } m && TerritoryNoun(m.Groups[1].Value))
        || (IndefiniteSingular.Match(rest) is { Success: true } one && TerritoryNoun(one.Groups[1].Value));

    private bool TerritoryNoun(string word) => _lexicon.Object("territory").Match(word) is { Success: true } noun && noun.Length == word.Length;

    /// <summary>"Clashes between X and Y near Z. X seized hills.": a side of the battle named before the capture verb (never a third side).</summary>
    private bool BattleSideTakes(CodedEvent battle, List<ActorMention> found, int triggerStart)
    {
        var catalogue = _actors.Catalogue;
        string? Top(string? id) => id is not null && catalogue.Get(id) is { } f ? catalogue.TopLevel(f).Id : null;
        return found.Any(a => a.End <= triggerStart && catalogue.TopLevel(a.Faction).Id is var side && (side == Top(battle.Actor1) || side == Top(battle.Actor2)));
    }

    /// <summary>
    /// "launched an offensive to retake strategic areas", "made advances to control new hills": an infinitive of purpose names
    /// the aim, not ground taken; "managed to control", "were able to take" name the result (cue "result-infinitive").
    /// </summary>
    private bool PurposeInfinitive(string sentence, Match trigger)
    {
        var left = sentence[..trigger.Index] + (trigger.Value.StartsWith("to ", StringComparison.OrdinalIgnoreCase) ? "to " : "");
        if (!InfinitiveTo.IsMatch(left))
        {
            return false;
        }
        var result = _lexicon.Cue("result-infinitive").Matches(left).LastOrDefault();
        return result is null || result.Index + result.Length < left.TrimEnd().Length;
    }

    [GeneratedRegex(@"\bto\s+$", RegexOptions.IgnoreCase)]
    private static partial Regex InfinitiveToPattern();

    private static Regex InfinitiveTo => InfinitiveToPattern();

    /// <summary>"the group", "this faction": an actor mention standing for the previous sentence's actor.</summary>
    private List<ActorMention> WithAnaphora(string sentence, List<ActorMention> found, Faction? previous, List<ActorMention> previousActors)
    {
        bool Free(Match m) => !found.Any(a => a.Start < m.Index + m.Length && m.Index < a.End);
        var anaphors = previous is null ? [] : _lexicon.Cue("anaphor").Matches(sentence).Where(Free)
            .Select(m => new ActorMention(m.Index, m.Index + m.Length, m.Value, previous, false)).ToList();
        anaphors.AddRange(InSentence(sentence, found, Free));
        var taken = anaphors.ToList();
        anaphors.AddRange(SameNoun(sentence, found, m => Free(m) && !taken.Any(a => a.Start < m.Index + m.Length && m.Index < a.End)));
        anaphors.AddRange(OpeningSubject(sentence, found, previousActors, Free));
        anaphors.AddRange(LeavingPronoun.Mentions(sentence, found, previousActors, f => _actors.Catalogue.SideOf(_actors.Catalogue.TopLevel(f).Id).Id));
        anaphors.AddRange(PossessiveSide.Mentions(sentence, found, previousActors, (from, to) => !found.Concat(anaphors).Any(a => a.Start < to && from < a.End)).ToList());
        return anaphors.Count == 0 ? found : found.Concat(anaphors).OrderBy(a => a.Start).ToList();
    }

    /// <summary>What may stand before a sentence's opening subject: nothing, or a short adverbial ending with a comma ("Later,", "On Tuesday,").</summary>
    [GeneratedRegex(@"^\W*$|^[^,;]{1,40},\s*$")]
    private static partial Regex SentenceOpening();

    // An attempt ("tried to storm X") gains nothing; nor does an advance set out to be stopped ("fought to stop the army's
    // advance into X", "halted an IS advance on X") unless a clause break lies between the two.
    private bool Attempted(string leftCues, string triggerClass) =>
        _lexicon.Cue("attempt").IsMatch(leftCues) || _lexicon.Cue("attempt").IsMatch(AttemptAgent.Replace(leftCues, "$1 "))
        || (triggerClass == "advance" && _lexicon.Cue("obstruction").IsMatch(leftCues) && !Clause.IsMatch(leftCues));

    // "an attempt by the army to", "an effort by the SDF to": the agent between a noun of trying and its "to" (at most six words).
    private static readonly Regex AttemptAgent = EventLexicon.GrammarRegex(@"\b(", "attempt-noun", @")\s+by\s+(?:[\w'’-]+\s+){1,6}?(?=to\b)");

    // "the city on Tuesday", "the eastern town": the noun is the first or the second word after the determiner.
    private static readonly Regex Definite = EventLexicon.GrammarRegex(l => @"\b" + l.CueGroup("definite-noun-determiner") + @"\s+(\w+)(?:\s+(\w+))?", RegexOptions.IgnoreCase);

    // The object right after a capture verb: "the town", "of the village", "over this hill".
    private static readonly Regex DefiniteObject = EventLexicon.GrammarRegex(
        l => @"^\s*(?:" + l.CueGroup("stranded-preposition") + @"\s+)?" + l.CueGroup("definite-noun-determiner") + @"\s+(\w+)(?:\s+(\w+))?", RegexOptions.IgnoreCase);

    // "positions near", "of strategic hills": a plural right after the verb (and "of"/"over"), one modifier at most, no determiner.
    private static readonly Regex BarePlural = EventLexicon.GrammarRegex(l => @"^\s*(?:" + l.CueGroup("stranded-preposition") + @"\s+)?(?:(?!" + l.CueGroup("definite-noun-determiner") + @"\b)[a-z-]+\s+)?([a-z]+s)\b", RegexOptions.None);

    // "a strategic hill", "an oil well", "strategic hill 402": an indefinite article and at most one modifier, or one modifier alone (no determiner), then the noun.
    private static readonly Regex IndefiniteSingular = EventLexicon.GrammarRegex(l => @"^\s*(?:" + l.CueGroup("stranded-preposition") + @"\s+)?(?:(?:a|an)\s+(?:[a-z-]+\s+)?|(?!(?:"
        + l.CueGroup("definite-noun-determiner") + "|" + l.CueGroup("determiner") + @")\b)[a-z-]+\s+)([a-z]+)\b(?!\s+of\s+[A-Z])", RegexOptions.None);

    // A count word, a number in digits, or a tens or teens number word by its ending ("twenty", "fifteen").
    private static readonly Regex Counted = EventLexicon.GrammarRegex(l => @"^\s*(?:" + l.CueGroup("count-hedge") + @"\s+)?(?:\d+|" + l.CueGroup("place-count-word")
        + @"|\w+ty|\w+teen)\s+(?:[\w-]+\s+)?(\w+s)\b", RegexOptions.IgnoreCase);

    // "partially captured", "achieved partial control": the degree word right before the trigger, at most one word between.
    private static readonly Regex PartialBefore = EventLexicon.GrammarRegex(@"\b", "partial-degree", @"\s+(?:[\w-]+\s+)?$");

    private static readonly Regex PartialWord = EventLexicon.GrammarRegex(@"\b", "partial-degree", @"\b");

    // "took control of parts of X", "seized half of X": the part taken is the object.
    private static readonly Regex PartialObject = EventLexicon.GrammarRegex(@"^\s*(?:of\s+|over\s+)?", "partial-object", @"\b");

    [GeneratedRegex(@"\bfrom the (opposition|rebels)\b", RegexOptions.IgnoreCase)]
    private static partial Regex FromOpposition();
}
