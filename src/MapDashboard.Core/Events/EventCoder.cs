using System.Text.RegularExpressions;
using MapDashboard.Core.Actors;
using MapDashboard.Core.Geoparsing;
using MapDashboard.Core.Pipeline;

namespace MapDashboard.Core.Events;

/// <summary>
/// Codes events sentence by sentence, as ACLED does (see EventTaxonomy.md): the triggers of the sentence whose object
/// fits (Lexicon/triggers.tsv), the one that codes it by ACLED's precedence, its actors in their roles, negation,
/// attempts, modality and hedging, background sentences left out, anaphora to the previous sentence's actor
/// ("the group"), the fatalities reported, one event per place it applies to ("shelled A, B and C" is three), and a
/// control change for territory taken at a named point. Events at one place and day are then merged.
/// </summary>
public sealed partial class EventCoder : IEventCoder
{
    private readonly ActorRecognizer _actors;
    private readonly EventLexicon _lexicon;
    private readonly TriggerFinder _triggers;
    private readonly FatalityCounter _fatalities;
    private readonly CapturedPlaceRules _captured;
    private readonly ClaimAttribution _claims;

    /// <summary>A coder over the given actors and the lexicon shipped with the application.</summary>
    public EventCoder(ActorRecognizer actors)
        : this(actors, EventLexicon.LoadDefault())
    {
    }

    /// <summary>A coder over the given actors and lexicon.</summary>
    public EventCoder(ActorRecognizer actors, EventLexicon lexicon)
    {
        _actors = actors;
        _lexicon = lexicon;
        _triggers = new TriggerFinder(lexicon);
        _fatalities = new FatalityCounter(lexicon);
        _captured = new CapturedPlaceRules(lexicon);
        _claims = new ClaimAttribution(lexicon);
    }

    /// <inheritdoc />
    IReadOnlyList<CodedEvent> IEventCoder.Code(GeoparseResult result) => Code(result);

    /// <summary>Codes the events of every sentence of a geoparsed article.</summary>
    public List<CodedEvent> Code(GeoparseResult result)
    {
        var article = result.Article;
        var events = new List<CodedEvent>();
        List<ResolvedPlace> previous = [];
        Faction? lastActor = null;
        List<ActorMention> previousActors = [];
        var dates = new SentenceDates(article, new HistoryDates(_lexicon));
        var previousSentenceEvents = 0;
        ResolvedPlace? lastEventPlace = null;
        for (var index = 0; index < article.Sentences.Count; index++)
        {
            var (start, end) = article.Sentences[index];
            var sentence = article.Text[start..end];
            var nextSentence = index + 1 < article.Sentences.Count ? article.Text[article.Sentences[index + 1].Start..article.Sentences[index + 1].End] : "";
            var places = result.Places.Where(p => p.Mention.Start >= start && p.Mention.End <= end).ToList();
            var named = HeldPlaceFall.AddHolder(sentence, HolderMentions.Add(sentence, _actors.Recognize(sentence), _actors.Catalogue, _lexicon), _actors.Catalogue, _actors.Recognize, _lexicon.Object("territory"));
            // "government forces" in 2025 are the new government's, in 2017 Assad's army: a role is read as its holder at the sentence's date,
            // before sides and roles are worked out (the two are opponents, not allies).
            if (named.Any(a => a.Faction.HeldBy is { Count: > 0 }))
            {
                named = _actors.Catalogue.WithRoleHolders(named, dates.When(index).First ?? article.Metadata.Published);
            }
            var found = WithAnaphora(sentence, named, lastActor, previousActors);
            found = SideWordAnaphora.Resolve(sentence, found, previousActors, events.Skip(previousSentenceEvents).Any(e => e.Type == EventType.Battles),
                _actors.Catalogue, _lexicon, left => SentenceOpening().IsMatch(left));
            previousActors = named;
            var triggers = places.Count > 0 || previous.Count > 0 ? TriggerOrder.Arrange(_triggers.Find(sentence, places, start, found), sentence, found, article.Metadata.Published, _lexicon) : [];
            var fromContext = false;
            // What follows the first trigger ("captured several positions", "seized hills"): the object a place from context may stand for.
            var afterTrigger = triggers.Count > 0 ? sentence[(triggers[0].Match.Index + triggers[0].Match.Length)..] : "";
            if (places.Count == 0 && previous.Count > 0 && triggers.Count > 0 && (_lexicon.Cue("back-reference").IsMatch(sentence)
                || _lexicon.Cue("continuation").Match(sentence) is { Success: true, Index: < 3 } || _lexicon.Cue("anaphor").Match(sentence) is { Success: true, Index: < 5 }
                || (triggers[0].Class is "territory" or "loss" or "withdrawal" or "advance" && (TriggerFinder.Objectless(sentence, triggers[0].Match, _lexicon.ClauseTail) || TriggerFinder.PronounTaken(sentence, triggers[0].Match)
                    || RegionalObject(afterTrigger)
                    || (triggers[0].Class is "territory" && UnnamedGroundObject(afterTrigger)
                        && !PurposeInfinitive(sentence, triggers[0].Match)
                        && events.Skip(previousSentenceEvents).Any(e => e.Type == EventType.Battles && BattleSideTakes(e, found, triggers[0].Match.Index)))))))
            {
                // "... in the area", "the group then captured the village", "SDF established control.", "seized it", "took two villages": the place is the one the previous sentence named.
                places = [Antecedent(previous, lastEventPlace, RegionalObject(afterTrigger) || UnnamedGroundObject(afterTrigger))];
                fromContext = true;
            }
            else if (places.Count > 0)
            {
                previous = places.Where(p => p.Place is not { IsCountry: true }).ToList();
            }
            lastActor = found.FirstOrDefault(a => !a.IsNew || a.Faction.Side != "unknown")?.Faction ?? lastActor;
            // Background, deaths and time are read only where they matter: a sentence that may code, or whose count may be the last event's.
            var mayCode = places.Count > 0 && triggers.Count > 0;
            var mayCount = mayCode || (events.Count > 0 && events[^1].Fatalities is null);
            var background = mayCount && BackgroundScope.Governs(sentence, _lexicon);
            var fatalities = mayCount ? _fatalities.Count(sentence) : null;
            var coded = !mayCode || background ? [] : CodeSentence(sentence, nextSentence, start, end, article, triggers, places, found, dates.When(index), fatalities, fromContext, events.LastOrDefault()).ToList();
            coded = NamedDayEvents.Split(coded, sentence, article.Metadata.Published);
            coded = BattleOutcome.Absorb(events, previousSentenceEvents, coded);
            EventLocationNextSentence.Apply(events, previousSentenceEvents, coded);
            if (coded.Count == 0 && !background && fatalities is not null && events.Count > 0 && events[^1].Fatalities is null)
            {
                // "No fatalities were reported.", "18 fatalities.": a count on its own is the previous event's.
                events[^1] = events[^1] with { Fatalities = fatalities };
            }
            lastEventPlace = fromContext || places.Count == 0 ? lastEventPlace : coded.FirstOrDefault()?.Where;
            previousSentenceEvents = events.Count;
            events.AddRange(coded);
        }
        return EventMerger.Merge(events, _lexicon);
    }

    private IEnumerable<CodedEvent> CodeSentence(string sentence, string nextSentence, int start, int end, Articles.CleanedArticle article, List<SentenceTrigger> triggers,
        List<ResolvedPlace> places, List<ActorMention> found, TemporalExpression when, int? fatalities, bool fromContext, CodedEvent? previousEvent)
    {
        var catalogue = _actors.Catalogue;
        var published = article.Metadata.Published;
        string Side(ActorMention a) => catalogue.SideOf(catalogue.TopLevel(a.Faction).Id).Id;
        string Id(ActorMention a) => catalogue.AsOf(a.Faction, when.First ?? published).Id;
        var trigger = triggers[0];
        var match = trigger.Match;
        // "a former rebel", "killed a man who had signed a deal with the government": the group a victim used to belong to, or one
        // a relative clause about him names, is not a party to the event; nor is one inside the event named as its cause (CausePhrase).
        found = [.. found.Where(a => !PastAffiliation.Before(sentence, a.Start, _lexicon) && !PastAffiliation.OfMembers(sentence, a.Start, _lexicon)
            && !(a.Start > match.Index + match.Length && TriggerFrames.InPersonRelative(sentence[(match.Index + match.Length)..a.Start], _lexicon)) && !CausePhrase.Holds(sentence, a, match.Index, _lexicon))];
        var leftOfTrigger = sentence[Math.Max(0, match.Index - 60)..match.Index];
        var rightOfTrigger = sentence[(match.Index + match.Length)..Math.Min(sentence.Length, match.Index + match.Length + 40)];
        rightOfTrigger = rightOfTrigger.Split(',', ';')[0];
        // "able to control X": the "to" of an infinitive trigger belongs to the cue before it ("sought to", "plans to").
        var leftCues = match.Value.StartsWith("to ", StringComparison.OrdinalIgnoreCase) ? leftOfTrigger + "to" : leftOfTrigger;
        // "on 4 May", "May 12": the month is not the modal verb.
        leftCues = MonthMay().Replace(leftCues, " ");
        rightOfTrigger = MonthMay().Replace(rightOfTrigger, " ");
        if ((_lexicon.Cue("modality").IsMatch(leftCues) && !Clause.IsMatch(leftCues)) || _lexicon.Cue("modality").IsMatch(rightOfTrigger))
        {
            yield break;
        }
        var negated = (ReportDenial.Negates(leftOfTrigger, _lexicon) && !Clause.IsMatch(leftOfTrigger))
            // ("no shelling has hit the town"; a denied capture, advance or assault is read as a battle without gains, see below and AdvanceGround.)
            || (trigger.Class is not ("advance" or "territory" or "assault") && TriggerFrames.DeniedByQuantifier(leftOfTrigger, _lexicon));
        var attempted = Attempted(leftCues, trigger.Class);
        var (actor1, actor2, associates) = ActorRoles.Assign(sentence, match.Index, match.Index + match.Length, trigger.Passive, trigger.HolderFollows, found, Side, _lexicon.Cue("anaphor-last"),
            trigger.Class is "territory" or "advance" or "loss" or "withdrawal" && !attempted ? ClauseCoordinators.Default : trigger.Class is "territory" ? _lexicon.Cue("coordinator") : null, _lexicon.PredicateLeads, _lexicon.Cue("ground-before-between"), trigger.Class is "territory" or "advance" ? _lexicon.Cue("movement-noun") : null);
        if ((trigger.Class is "territory" or "advance" && !trigger.HolderFollows || EventRefinements.TargetAfterTrigger(sentence, trigger, actor1)) && !trigger.Passive && actor1 is not null && actor1.Start >= match.Index + match.Length
            && !sentence[..match.Index].Contains("between", StringComparison.OrdinalIgnoreCase))
        {
            // "seized Syrian army checkpoints", "jets struck IS positions": an actor after an active capture or remote-violence verb is what was taken or hit.
            (actor1, actor2) = (null, actor1);
        }
        (actor1, actor2) = VictimClause.Adjust(sentence, trigger, TerritoryRoles.Adjust(sentence, trigger, actor1, actor2, found, Side, text => _actors.Recognize(text) is [{ } only] && only.Text.Length == text.Length ? only : null), found, _lexicon);
        // "Turkish observation posts were created": the owner named beside the base set it up.
        actor1 ??= trigger.Class == "base" ? found.FirstOrDefault() : null;
        var hasBattle = triggers.Any(t => t.Class is "clash" or "assault") || triggers.Any(t => t.Rule.Object == "forced") || FoughtJustBefore(previousEvent, places, fromContext) || WithdrawalEntry.Governs(sentence, triggers, trigger);
        var lossWithoutGainer = false;
        if (LoserSide.Applies(sentence, trigger, actor1, found) && !(trigger.Class == "withdrawal" && NoFight(sentence, hasBattle)))
        {
            // "X lost Y to Z", "X withdrew from Y after Z's assault", "X was driven out of Y": the subject lost the place.
            var (gainer, lost) = LoserSide.Resolve(sentence, trigger, actor1, found, Side, Id, previousEvent, ActorOf, _lexicon.Cue("causative"), _lexicon.Object("territory"));
            (actor1, actor2, lossWithoutGainer) = gainer is null ? (actor1, actor2, true) : (gainer, lost, false);
            associates = actor1 is null ? [] : found.Where(a => a != actor1 && a != actor2 && a.Faction.Id != actor1.Faction.Id && Side(a) == Side(actor1)).ToList();
        }
        var subType = LossSubType(trigger, sentence, actor1, Side, hasBattle, lossWithoutGainer) ?? EventRefinements.Refine(SubTypeFor(trigger, triggers, sentence, actor1, actor2, Side, hasBattle), trigger, triggers, sentence, actor1, Side, _lexicon);
        if (lossWithoutGainer && subType == EventType.NonStateActorOvertakesTerritory)
        {
            // "Army units were driven out of X": a non-state side took it, not the army named; the gainer stays unnamed.
            (actor1, actor2) = (null, actor1);
        }
        if (negated && subType is not (EventType.GovernmentRegainsTerritory or EventType.NonStateActorOvertakesTerritory))
        {
            yield break;
        }
        var isCapture = subType is EventType.GovernmentRegainsTerritory or EventType.NonStateActorOvertakesTerritory;
        // "the advance on X was repelled": a capture said after its verb to have failed is a battle; so is a partial one ("partial control of X").
        var failed = isCapture && (_lexicon.Cue("failure-after").IsMatch(rightOfTrigger) || Partial(leftOfTrigger, match.Value, rightOfTrigger));
        // "X said it repelled the attack; Y claimed it took the village": a capture the other side disputes is not coded as fact; nor one taken back (ReversedCapture).
        var contested = isCapture && !negated && !attempted && !failed
            && (_lexicon.Cue("counter-claim").IsMatch(sentence) || _lexicon.Cue("counter-claim").IsMatch(nextSentence) || ReversedCapture.Follows(sentence, match, actor1, found, _lexicon) || ReversedCapture.FollowsLater(sentence, nextSentence, match, actor1, _actors.Recognize, _captured.ObjectRefersBack, _lexicon));
        if (contested)
        {
            subType = EventType.ArmedClash;
            isCapture = false;
        }
        if (isCapture && (negated || attempted || failed))
        {
            // A capture tried or denied is a battle, or the remote violence the sentence reports ("aiming to take X, shelling it").
            var next = triggers.FirstOrDefault(t => t.Class is not ("territory" or "transfer" or "advance" or "loss" or "withdrawal"));
            // ("the rebels have not captured X", with no other trigger: a capture denied outright reports nothing.)
            if (next is null && EventRefinements.DeniedOutright(leftOfTrigger, attempted, failed, _lexicon)) { yield break; }
            subType = next is null ? EventType.ArmedClash : SubTypeFor(next, triggers, sentence, actor1, actor2, Side, hasBattle);
            isCapture = false;
        }
        if (actor2 is null && (subType is EventType.Attack or EventType.AbductionForcedDisappearance or EventType.SexualViolence || UnarmedVictims.Civilian(sentence, subType, _lexicon)) && catalogue.Get("civilians") is { } civilians)
        {
            actor2 = new ActorMention(0, 0, "civilians", civilians, false);
        }
        (actor1, actor2, associates) = ProtestActors.Assign(sentence, match.Index, subType, actor1, actor2, associates, catalogue);
        var type = _lexicon.Taxonomy[subType].Type;
        // A disputed capture still names the place and the claimant: it makes the place contested (a claim, not a change of hands).
        // "X entered Y after Z withdrew without a fight": a capture verb coded as a non-violent transfer still names its taker,
        // and the place changes hands as ACLED's sub-type says ("acquire control of a location without a violent act").
        var peaceful = subType == EventType.NonViolentTransfer && trigger.Class == "territory" && actor1 is not null && !lossWithoutGainer;
        var claimed = isCapture || contested || peaceful;
        var loser = claimed ? ActorRoles.Loser(sentence, match.Index + match.Length, found) ?? actor2 : null;
        var regional = claimed && RegionalObject(sentence[(match.Index + match.Length)..]);
        var (excerptStart, excerptEnd) = article.Map.ToOriginalSpan(start, end);
        var excerpt = article.Input.OriginalText[excerptStart..excerptEnd];
        var hedged = _lexicon.Cue("hedge").IsMatch(sentence);
        var targets = places.Count == 1 && places[0].Mention.Start < start ? places : EventTargets.Choose(places, match.Index + match.Length, start, subType, sentence,
            _lexicon.ContainerGap, _lexicon.OriginBefore, _lexicon.InContainerGap);
        targets = UnitBase.NearTown(targets, sentence, start, match.Index + match.Length, _lexicon);
        // "seized several villages in Idlib, including A": A is named where it happened, not a sweep of the region.
        var listed = regional ? EventTargets.Listed(places, sentence, start, _lexicon.ContainerGap) : [];
        foreach (var place in targets)
        {
            var (location, precision) = EventLocation.Of(place);
            var sweep = regional && !listed.Contains(place);
            ControlChangeCandidate? control = null;
            // "fought X in Z and managed to take control": the place before a verb that ends its clause is what was taken.
            var impliedObject = TriggerFinder.Objectless(sentence, match, _lexicon.ClauseTail) && place.Mention.Start - start < match.Index;
            // "captured a village near X" never flips X; a province or region is not taken by one sentence ("clashes around X, which Y took" does).
            // "near" opens a list of places too ("near A and B"), so a listed place after "near" still only locates the event.
            var referredBack = _captured.ReferredBack(sentence, match.Index, match.Index + match.Length, place.Mention.Start - start, place.Mention.End - start, impliedObject,
                places.Select(p => p.Mention.Start - start));
            var near = (place.Mention.Cues & (MentionCue.Near | MentionCue.RoadFrom)) != 0 && !(fromContext && TakenAfterBattle(sentence, match, place, actor1, previousEvent)) && !referredBack;
            var locator = place.Place is not null && (near || (_captured.LocatesAnother(sentence, match.Index + match.Length, place.Mention.Start - start)
                && (place.Mention.Cues & MentionCue.ListedPlace) == 0));
            var area = place.Place is { IsArea: true } || place.Mention.IsRegional;
            var notTaken = !impliedObject && !referredBack && _captured.NotTaken(sentence, match.Index + match.Length, place.Mention.Start - start, found, actor1);
            if (claimed && trigger.Class != "advance" && actor1 is not null && !locator && !area && !sweep && !notTaken && (!fromContext || DefiniteTaken(sentence, match, trigger.Passive, place) || TakenAfterBattle(sentence, match, place, actor1, previousEvent)))
            {
                var verb = match.Value.ToLowerInvariant();
                control = new ControlChangeCandidate(catalogue.TopLevel(catalogue.AsOf(actor1.Faction, when.First ?? published)).Id,
                    loser is null ? PreviousFromText(sentence) : catalogue.TopLevel(loser.Faction).Id, verb, verb.StartsWith("enter", StringComparison.Ordinal) ? 0.5 : 0.8, contested);
            }
            if (sweep || fromContext)
            {
                precision = Math.Max(precision, 2);
            }
            var confidence = 0.5 + (actor1 is not null ? 0.2 : 0) + (place.Place is not null ? 0.2 : 0) + (when.First is not null ? 0.1 : 0) - (hedged ? 0.1 : 0);
            yield return new CodedEvent(when, type, subType, actor1 is null ? null : Id(actor1), actor2 is null ? null : Id(actor2),
                associates.Select(Id).Distinct().ToList(), place, location, precision, excerptStart, excerptEnd, excerpt, _claims.Of(sentence), control,
                Math.Round(confidence, 2), fatalities, contested);
        }
    }

    private string SubTypeFor(SentenceTrigger trigger, List<SentenceTrigger> all, string sentence, ActorMention? actor1, ActorMention? actor2,
        Func<ActorMention, string> side, bool hasBattle)
    {
        var civiliansTargeted = actor2 is { Faction.Id: "civilians" } || PersonAfter(sentence, trigger);
        // "shot dead a rebel commander", "detained a dozen fighters": violence against armed people is a battle.
        var armedVictims = trigger.Class is "attack" or "abduction" or "arrest"
            && ArmedVictims.Named(sentence, trigger.Match.Index, trigger.Match.Index + trigger.Match.Length, trigger.Passive, _lexicon);
        return trigger.Class switch
        {
            "attack" or "abduction" or "arrest" when armedVictims => EventType.ArmedClash,
            "territory" when NoFight(sentence, hasBattle) => EventType.NonViolentTransfer,
            "territory" or "advance" => GovernmentSides.Regains(actor1, side, sentence, trigger, _lexicon) ? EventType.GovernmentRegainsTerritory : EventType.NonStateActorOvertakesTerritory,
            "transfer" => EventType.NonViolentTransfer,
            "clash" when all.Any(t => t.Class is "protest" or "riot") && _lexicon.Cue("violent-protest").IsMatch(trigger.Match.Value) => EventType.ViolentDemonstration, // a crowd's storming
            "clash" => EventType.ArmedClash,
            "assault" => civiliansTargeted && !(actor2 is not null && side(actor2) != "civilians") ? EventType.Attack : EventType.ArmedClash,
            "air" or "strike" => EventType.AirDroneStrike,
            "shelling" => EventType.Shelling,
            "explosive" => EventType.RemoteExplosive,
            "suicide" => EventType.SuicideBomb,
            "grenade" => EventType.Grenade,
            "chemical" => EventType.ChemicalWeapon,
            "attack" => actor2 is not null && side(actor2) is not ("civilians" or "unknown") && !civiliansTargeted ? EventType.ArmedClash : EventType.Attack,
            "abduction" => EventType.AbductionForcedDisappearance,
            "arrest" => actor1 is null || GovernmentSides.Contains(side(actor1)) || _actors.Catalogue.Get(actor1.Faction.Id) is { Side: var own } && GovernmentSides.Contains(own) ? EventType.Arrests : EventType.AbductionForcedDisappearance,
            "sexual" => EventType.SexualViolence,
            "protest" or "riot" when _lexicon.Cue("excessive").IsMatch(sentence) => EventType.ExcessiveForce,
            "protest" when _lexicon.Cue("violent-protest").IsMatch(sentence) || all.Any(t => t.Class == "riot") => EventType.ViolentDemonstration,
            "protest" when _lexicon.Cue("intervention").IsMatch(sentence) => EventType.ProtestWithIntervention,
            "protest" => EventType.PeacefulProtest,
            "riot" => Mob().IsMatch(trigger.Match.Value) ? EventType.MobViolence : EventType.ViolentDemonstration,
            "looting" => EventType.Looting,
            "disrupted" => EventType.DisruptedWeaponsUse,
            "base" => EventType.BaseEstablished,
            "agreement" => EventType.Agreement,
            "group" => EventType.ChangeToGroup,
            _ => EventType.Other,
        };
    }

    private bool PersonAfter(string sentence, SentenceTrigger trigger)
    {
        var (from, to) = (trigger.Match.Index + trigger.Match.Length, Math.Min(sentence.Length, trigger.Match.Index + trigger.Match.Length + 40));
        return _lexicon.MayHoldObject("person", sentence.AsSpan(from, to - from)) && _lexicon.Object("person").Match(sentence[from..to]).Success;
    }

    private static readonly Regex Clause = EventLexicon.GrammarRegex(l => @"[.;]\s|,\s+" + l.CueGroup("cue-clause-break") + @"\s", RegexOptions.None);

    [GeneratedRegex(@"\b\d{1,2}(?:st|nd|rd|th)?\s+May\b|\bMay\s+\d{1,2}\b|\bMay\s+(?:19|20)\d\d\b|\b(?:in|of|early|late|mid-)\s*May\b")]
    private static partial Regex MonthMay();

    [GeneratedRegex(@"\bmobs?\b", RegexOptions.IgnoreCase)]
    private static partial Regex Mob();
}
