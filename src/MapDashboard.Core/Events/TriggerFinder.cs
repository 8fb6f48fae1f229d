using System.Text.RegularExpressions;
using MapDashboard.Core.Geoparsing;
using MapDashboard.Core.Text;

namespace MapDashboard.Core.Events;

/// <summary>
/// Finds the triggers of a sentence whose object fits ("seized the village" is territory, "seized weapons" is not;
/// "established two observation posts" is a base, "established contacts" nothing), leaves out states ("under the
/// control of", "areas controlled by"), and picks the one that codes the sentence by ACLED's precedence: territory
/// over battles over remote violence over one-sided violence over demonstrations over strategic developments.
/// </summary>
public sealed partial class TriggerFinder(EventLexicon lexicon)
{
    /// <summary>Class precedence, first wins; "assault" words lose to remote violence ("attacked with mortars" is shelling).</summary>
    private static readonly string[] Order =
        ["territory", "loss", "transfer", "withdrawal", "advance", "clash", "chemical", "suicide", "air", "strike", "shelling", "explosive", "grenade", "riot", "sexual", "attack", "abduction", "arrest", "assault", "protest", "looting", "disrupted", "base", "agreement", "group", "other"];

    // Which rules can match a sentence at all, from its words, before any of their regexes runs (most rules find nothing in most sentences).
    private readonly LeadingRunIndex _prefilter = lexicon.TriggerStarts;

    // The object patterns' grammar words come from the lexicon (grammar-words.tsv); their shape (anchors, digits) is here.
    private readonly Regex _determiners = Pattern(@"\G\s+(?:(?:\d+|" + lexicon.CueGroup("object-determiner") + @")\s+)*");
    private readonly Regex _attributive = Pattern(@"\G(?!" + lexicon.CueGroup("attributive-stop") + @"\b)[\w'’-]+\s+");
    private readonly Regex _toward = Pattern(@"^\s+" + lexicon.CueGroup("way-toward") + @"\b");
    private readonly Regex _barePosition = Pattern("^" + lexicon.CueGroup("bare-position") + "$");
    private readonly Regex _simultaneous = Pattern(@"\b" + lexicon.CueGroup("simultaneous") + @"\b");
    private readonly Regex _earlierBefore = Pattern(@"\b" + lexicon.CueGroup("earlier-lead") + @"\s+$");
    private readonly Regex _circumstance = lexicon.LeadBefore("circumstance-lead", "circumstance-modifier");
    private readonly Regex _stateBefore = lexicon.LeadBefore("state-lead", "state-determiner");
    private readonly Regex _stakeBefore = lexicon.LeadBefore("stake-lead", "state-determiner");
    private readonly Regex _prepositional = Pattern(@"(?<!\b" + lexicon.CueGroup("people-quantity") + @"\s+)\b" + lexicon.CueGroup("people-preposition") + @"\b");
    // After the side of "is now under X": the clause ends or an adjunct follows ("under IS after clashes"), not a noun ("under IS attack", "under SDF control").
    private readonly Regex _holderEnd = Pattern(@"^\s*(?:[,.;:!?)]|$)|^\s+" + lexicon.CueGroup("holder-end") + @"\b");
    private readonly Regex _clauseStop = Pattern(@"[,;:]|\.\s|\b" + lexicon.CueGroup("clause-conjunction") + @"\s+(?:[\w-]+\s+){0,3}" + lexicon.CueGroup("remote-verb") + @"\b");

    /// <summary>Every fitting trigger of the sentence, best first.</summary>
    public List<SentenceTrigger> Find(string sentence, IReadOnlyList<ResolvedPlace> places, int sentenceStart, IReadOnlyList<Actors.ActorMention> actors)
    {
        var found = new List<SentenceTrigger>();
        var passiveCue = lexicon.Cue("passive");
        // Every rule's matches, found once: the triggers come from them, and so do the battles a state of control may be the outcome of.
        // No match of a rule starts before its first possible position (the look-behind still sees the text before it).
        var matches = TriggerMatches.Collect(lexicon.Triggers, _prefilter, sentence);
        var battles = TriggerMatches.Battles(lexicon.Triggers, matches);
        for (var ruleIndex = 0; ruleIndex < lexicon.Triggers.Count; ruleIndex++)
        {
            var rule = lexicon.Triggers[ruleIndex];
            foreach (var m in matches[ruleIndex])
            {
                var left = sentence[Math.Max(0, m.Index - 24)..m.Index];
                // "IS captured": an auxiliary that is an actor's name ("IS", the Islamic State) does not make a passive; "are advancing" is active.
                var leftStart = Math.Max(0, m.Index - 24);
                var passive = PassiveBefore().Match(left) is { Success: true } p && passiveCue.IsMatch(p.Groups[1].Value)
                    && !actors.Any(a => a.Start <= leftStart + p.Groups[1].Index && leftStart + p.Groups[1].Index < a.End)
                    && !AdvanceGround.Progressive(m.Value);
                var right = sentence[(m.Index + m.Length)..Math.Min(sentence.Length, m.Index + m.Length + 60)];
                // Words inside an actor's name ("Free Syrian Army", "Russian warplanes", "rioters") are not triggers.
                var insideActor = actors.Any(a => a.Start <= m.Index && m.Index + m.Length <= a.End);
                // "forcing the troops to retreat": the causative cue is found once, for the fit here and for the sides (LoserSide).
                var forcedCue = !insideActor && rule.Class == "withdrawal" && rule.Object == "forced" ? LoserSide.ForcedCue(sentence, m.Index, lexicon.Cue("causative")) : null;
                if (!insideActor && Fits(rule, m, sentence, left, right, passive, places, sentenceStart, actors, battles, forcedCue))
                {
                    found.Add(new SentenceTrigger(rule, m, passive) { StateHolderFollows = rule.Class == "territory" && ControlState.HolderFollows(left), ForcedCue = forcedCue });
                }
            }
        }
        // "operations room" is one trigger, not "operations" inside it: a match inside a longer one of another rule is dropped.
        found.RemoveAll(t => found.Any(o => o != t && o.Match.Length > t.Match.Length && o.Match.Index <= t.Match.Index
            && t.Match.Index + t.Match.Length <= o.Match.Index + o.Match.Length));
        // "captured the town": a verb that took a place is not also a capture of people.
        found.RemoveAll(t => t.Class == "abduction" && t.Rule.Object == "person" && found.Any(o => o.Class == "territory" && o.Match.Index == t.Match.Index));
        var ordered = TriggerMatches.Ordered(found, Order);
        // "after the fighting", "amid clashes": a battle named as circumstance does not code a sentence that reports something else,
        // but shelling or strikes "amid clashes" at the place are the battle's (ACLED's precedence: the clash codes the event).
        if (ordered.Any(t => t.Class is not ("clash" or "assault")))
        {
            var remoteOnly = ordered.All(t => t.Class is "clash" or "assault" || Remote.Contains(t.Class));
            ordered = ordered.Where(t => t.Class is not ("clash" or "assault") || _circumstance.Match(sentence[..t.Match.Index]) is not { Success: true } c
                || (remoteOnly && t.Class == "clash" && _simultaneous.IsMatch(c.Value))).ToList();
        }
        // "attacked X backed by airstrikes", "under cover of shelling": remote violence in support of a ground battle is its circumstance.
        // ("a military operation ... amid shelling": an operation names no fighting by itself.)
        if (ordered.Any(t => t.Class == "clash" || (t.Class == "assault" && !Operation().IsMatch(t.Match.Value))))
        {
            ordered = ordered.Where(t => !Remote.Contains(t.Class) || !SupportBefore(sentence, t.Match.Index)).ToList();
        }
        // "protesting the killing of", "in revenge for the shelling of": an event named as the cause of the one reported is not reported itself.
        ordered.RemoveAll(t => lexicon.CauseBefore.IsMatch(sentence.AsSpan(0, t.Match.Index)));
        // "after the truce", "a teacher who had signed the reconciliation": an agreement told as a frame or of a person is not made that day.
        ordered.RemoveAll(t => t.Class == "agreement" && TriggerFrames.AgreementInBackground(sentence, t.Match.Index, lexicon));
        // "recaptured X but then lost the town to Y": a loss of the same place told after a capture, as what happened next, is the outcome.
        if (ordered.Count > 1 && ordered[0].Class == "territory" && ordered.FirstOrDefault(t => t.Class == "loss" && t.Match.Index > ordered[0].Match.Index) is { } loss
            && lexicon.Cue("reversal").Match(sentence[(ordered[0].Match.Index + ordered[0].Match.Length)..loss.Match.Index]) is { Success: true } next
            // ("recaptured then lost the village of X to Y": the two verbs share the object named after the loss.)
            && (LeadingAnd.Replace(sentence[(ordered[0].Match.Index + ordered[0].Match.Length)..loss.Match.Index].Trim(), "").Length == next.Length
                || !places.Any(p => p.Mention.Start - sentenceStart >= loss.Match.Index && p.Mention.Start - sentenceStart < loss.Match.Index + loss.Match.Length + 40)))
        {
            TriggerOrder.PutFirst(ordered, loss);
        }
        // "defused a landmine", "shot down a drone", "a bombing ... was foiled": the weapon is the object of the disruption.
        DisruptedAttack.PutFirst(ordered, sentence);
        // "police dispersed the protest", "arrested protesters": a protest with intervention, not an arrest.
        if (ordered.FirstOrDefault(t => t.Class == "protest") is { } protest && ordered[0].Class is "arrest" or "assault" or "attack" or "abduction"
            && (lexicon.Cue("intervention").IsMatch(sentence) || lexicon.Cue("excessive").IsMatch(sentence)))
        {
            TriggerOrder.PutFirst(ordered, protest);
        }
        return ordered;
    }

    [GeneratedRegex(@"^\s*(?:the\s+)?$", RegexOptions.IgnoreCase)]
    private static partial Regex HolderGap();

    private static readonly string[] Remote = ["chemical", "suicide", "air", "strike", "shelling", "explosive", "grenade"];

    /// <summary>"backed by heavy artillery", "accompanied by regime shelling and airstrikes": a support cue shortly before, in the same clause.</summary>
    private bool SupportBefore(string sentence, int index)
    {
        var before = sentence[Math.Max(0, index - 45)..index];
        before = SentenceStop().Split(before)[^1];
        return lexicon.Cue("support").Matches(before).Any(s => !_clauseStop.IsMatch(before[(s.Index + s.Length)..]));
    }

    /// <summary>The first noun of people after a verb: casualties or support lost ("lost 12 soldiers") or people taken ("captured three shepherds").</summary>
    private Match PeopleObject(string clause)
    {
        var lost = lexicon.Object("casualty").Match(clause);
        var person = lexicon.Object("person").Match(clause);
        return !person.Success || (lost.Success && lost.Index <= person.Index) ? lost : person;
    }

    /// <summary>"took the town", "overtook two villages": the direct object, after determiners and numbers, is a place or a territory noun.</summary>
    private bool DirectTerritory(string sentence, Match m, IReadOnlyList<ResolvedPlace> places, int sentenceStart)
    {
        var end = m.Index + m.Length;
        var lead = _determiners.Match(sentence, end);
        var at = lead.Index + lead.Length;
        if (places.Any(p => p.Mention.Start - sentenceStart >= end && p.Mention.Start - sentenceStart <= at + 1))
        {
            return true;
        }
        // "overtook two army checkpoints": up to two words describing the noun, none of them a preposition.
        for (var (from, words) = (at, 0); words <= 2; words++)
        {
            var noun = lexicon.Object("territory").Match(sentence, from);
            // "took positions", "took ground": a bare noun of position is a deployment or an advance, not a place taken.
            // ("took the road to Idlib": a way taken towards somewhere is travel.)
            if (noun.Success && noun.Index == from && (lead.Value.Trim().Length > 0 || words > 0 || !_barePosition.IsMatch(noun.Value))
                && !_toward.IsMatch(sentence[(noun.Index + noun.Length)..]))
            {
                return true;
            }
            var word = _attributive.Match(sentence, from);
            if (!word.Success)
            {
                return false;
            }
            from = word.Index + word.Length;
        }
        return false;
    }

    private bool Fits(TriggerRule rule, Match m, string sentence, string left, string right, bool passive, IReadOnlyList<ResolvedPlace> places, int sentenceStart,
        IReadOnlyList<Actors.ActorMention> actors, IReadOnlyList<Match> battles, Match? forcedCue)
    {
        var clause = ClauseEnd.Match(right) is { Success: true } end ? right[..end.Index] : right;
        bool PlaceAfter() => places.Any(p => p.Mention.Start - sentenceStart >= m.Index + m.Length && p.Mention.Start - sentenceStart <= m.Index + m.Length + 60);
        bool PlaceBefore() => places.Any(p => p.Mention.Start - sentenceStart < m.Index);
        switch (rule.Class)
        {
            case "territory" or "transfer" when rule.Object == "direct" && !(passive && (rule.Class == "transfer" ? PlaceBefore() : PassiveTaking.PlaceSubject(sentence, m, places, sentenceStart))) && !DirectTerritory(sentence, m, places, sentenceStart):
                return false;
            // "the town is now under the SDF": the holder named right after "under", no noun "control" after it (that is the control triggers').
            case "territory" when rule.Object == "holder":
                return actors.Any(a => a.Start >= m.Index + m.Length && HolderGap().IsMatch(sentence[(m.Index + m.Length)..a.Start])
                    && _holderEnd.IsMatch(sentence[a.End..])) && PlaceBefore();
            // "drove the rebels out of X": the object is the side made to leave, the place follows "out of" or "from".
            case "territory" when rule.Object == "expel":
                return Expulsion.Fits(sentence, m, passive, places, sentenceStart, actors, lexicon);
            // "regained control after having lost it to Y the day before": a loss told as what came before is not this report's change.
            case "loss" when _earlierBefore.IsMatch(left):
                return false;
            // "the IS-held village of X fell": a fall is a loss only with its holder named before it (HeldPlaceFall).
            case "loss" when rule.Object == "held":
                return HeldPlaceFall.Fits(sentence, m, lexicon.Object("territory"));
            case "advance" when !AdvanceGround.Names(passive, m, sentence, places, sentenceStart, lexicon):
                return false;
            // "forcing the troops to retreat": a bare infinitive of leaving is a withdrawal only after a causative verb and the side it made leave.
            case "withdrawal" when rule.Object == "forced":
                return forcedCue is not null;
            case "territory" or "transfer" or "advance" or "loss" or "withdrawal":
                // "areas that IS controlled", "in the IS controlled pocket": a relative clause or an attributive describes who holds the place, not a change.
                // ("Reports said that X controlled the area": a "that" after a verb or noun of saying opens reported speech, not a relative clause;
                // "clashes, during which X controlled Y": a "which" after a preposition of time opens the next event, not a description of Y.)
                var stative = m.Value.Equals("controlled", StringComparison.OrdinalIgnoreCase) && RelativeBefore().Match(sentence[Math.Max(0, m.Index - 60)..m.Index]) is { Success: true } relative
                    && !(relative.Groups["that"].Success && lexicon.Cue("speech").IsMatch(relative.Groups["before"].Value))
                    && !(!relative.Groups["that"].Success && lexicon.Cue("event-relative-preposition").IsMatch(relative.Groups["before"].Value)) || HolderParticiple.Describes(sentence, m, actors);
                if (ControlState.IsPresentVerb(m) && !ControlState.IsPresentVerbOutcome(sentence, m, actors, battles, lexicon))
                {
                    return false;
                }
                if (ControlState.IsPresentVerb(m) && ControlState.HolderBetween(sentence, m, actors))
                {
                    return PlaceBefore();
                }
                // "X are in full control of Y after clashes", "Y is now under the control of X": a state of control is a capture only as the outcome of fighting.
                // ("the clashes resulted in the control of X over Y": the control a verb of result names is the change it brought.)
                var state = _stateBefore.IsMatch(left) && !lexicon.ResultBefore.IsMatch(left);
                var outcome = state && rule.Class == "territory" && ControlState.IsState(left) && ControlState.IsOutcome(sentence, m, battles, lexicon);
                // ("fought for the control of X", "a battle for control of X": the stake of a fight is no capture.)
                var stake = m.Value.StartsWith("control", StringComparison.OrdinalIgnoreCase) && _stakeBefore.IsMatch(left);
                if (stative || stake || (state && !outcome) || (!passive && ByAfter().IsMatch(right) && rule.Object is not null))
                {
                    return false;
                }
                if (outcome && ControlState.HolderFollows(left))
                {
                    return PlaceBefore() && actors.Any(a => a.Start >= m.Index + m.Length);
                }
                if (rule.Object is null)
                {
                    return true;
                }
                // "in Quriyeh, where regime forces established control.": a verb ending its clause takes the place named before,
                // or with no place in the sentence the one of the sentence before (the coder takes it from there).
                if (Objectless(sentence, m, lexicon.ClauseTail) && (PlaceBefore() || !places.Any(p => p.Mention.Start >= sentenceStart && p.Mention.Start < sentenceStart + sentence.Length)))
                {
                    return true;
                }
                // "lost 12 soldiers in X", "gained support in Y": people or support lost or gained are not territory.
                // ("advanced against Islamic State fighters": a word inside an actor's name is not what was lost.)
                // ("captured three shepherds", "captured two senior IS leaders": people taken are not territory either; "seized it after the troops fled": the pronoun is what was taken.)
                var pronounObject = PronounObject.IsMatch(clause);
                if (!pronounObject && PeopleObject(clause) is { Success: true } lost && lost.Index < 40 && !_prepositional.IsMatch(clause[..lost.Index])
                    && !actors.Any(a => a.Start < m.Index + m.Length + lost.Index && m.Index + m.Length + lost.Index < a.End)
                    && !(lexicon.Object("territory").Match(clause) is { Success: true } ground && ground.Index < lost.Index)
                    && !places.Any(p => p.Mention.Start - sentenceStart >= m.Index + m.Length && p.Mention.Start - sentenceStart < m.Index + m.Length + lost.Index))
                {
                    return false;
                }
                var territory = lexicon.Object("territory").Match(clause);
                var materiel = lexicon.Object("materiel").Match(clause);
                // "seized Saraqib after ... weapons": a place named before the materiel noun is what was seized; so is a pronoun right after the verb ("seized it after ... ammunition").
                var placeFirst = pronounObject || places.Any(p => p.Mention.Start - sentenceStart >= m.Index + m.Length && p.Mention.Start - sentenceStart < m.Index + m.Length + materiel.Index);
                if (materiel.Success && !placeFirst && (!territory.Success || materiel.Index < territory.Index))
                {
                    return false;
                }
                // "clashed with Y in X, taking control over it": a pronoun object stands for the place named before.
                // With no place in the sentence, "took control of it" refers to the place of the sentence before (the coder takes it from there).
                // ("lost it to Y": a trigger form that ends with the pronoun has it inside the match.)
                var pronoun = pronounObject || PronounEnd.IsMatch(m.Value);
                // ("in X, where advances were made by the rebels": the passive with its agent names the ground before it too.)
                return territory.Success || PlaceAfter() || ((passive || pronoun || AdvanceGround.PassiveAgentForm(m.Value)) && PlaceBefore())
                    || (pronoun && !places.Any(p => p.Mention.Start >= sentenceStart && p.Mention.Start < sentenceStart + sentence.Length));
            case "base":
                return rule.Object is null || (lexicon.Object("base").Match(clause) is { Success: true } b && b.Index < 40);
            case "looting":
                return rule.Object is null || lexicon.Object("property").Match(clause) is { Success: true } pr && pr.Index < 40
                    && !(lexicon.Object("materiel").Match(clause) is { Success: true } mt && mt.Index < pr.Index);
            case "strike":
                return lexicon.Object("aircraft").IsMatch(sentence);
            case "attack":
                // ("a teacher who had signed the deal was shot": the passive's subject is the person the relative clause is about.)
                return lexicon.Object("person").IsMatch(clause) || (passive && (lexicon.Object("person").IsMatch(left) || TriggerFrames.InPersonRelative(sentence[..m.Index], lexicon)))
                    || ArmedVictims.Named(sentence, m.Index, m.Index + m.Length, passive, lexicon) || ArmedVictims.FormerNamed(sentence, m.Index + m.Length, lexicon)
                    || PastAffiliation.Victim(sentence, m.Index, m.Index + m.Length, passive, actors, lexicon);
            case "abduction" or "arrest" when rule.Object == "person":
                // "captured two shepherds", "captured a group of fighters": people captured, not a place.
                return lexicon.Object("person").Match(clause) is { Success: true, Index: < 40 } || ArmedVictims.Named(sentence, m.Index, m.Index + m.Length, passive, lexicon);
            default:
                return true;
        }
    }

    private static Regex Pattern(string pattern) => new(pattern, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | WordListRegexes.Options);

    [GeneratedRegex(@"\boperations?\b", RegexOptions.IgnoreCase)]
    private static partial Regex Operation();

    [GeneratedRegex(@"[;:]|\.\s")]
    private static partial Regex SentenceStop();

    private static readonly Regex PronounObject = EventLexicon.GrammarRegex(
        l => @"^\s*(?:" + l.CueGroup("stranded-preposition") + @"\s+)?" + l.CueGroup("object-pronoun") + @"\b", RegexOptions.IgnoreCase);

    private static readonly Regex PronounEnd = EventLexicon.GrammarRegex(l => @"\s" + l.CueGroup("object-pronoun") + "$", RegexOptions.IgnoreCase);

    private static readonly Regex LeadingAnd = EventLexicon.GrammarRegex(l => "^" + l.CueGroup("leading-conjunction") + @"\s+", RegexOptions.IgnoreCase);
}
