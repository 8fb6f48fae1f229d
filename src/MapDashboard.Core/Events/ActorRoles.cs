using System.Text.RegularExpressions;
using MapDashboard.Core.Actors;

namespace MapDashboard.Core.Events;

/// <summary>
/// Who acts and who is acted on around a trigger: in the active voice the subject before the verb ("X attacked Y"),
/// in the passive the agent after "by" ("Y was attacked by X"), in a nominalisation the possessor ("X's attack on Y"),
/// in "clashes between X and Y" the first named; "fell to X" names the gainer after the verb. Actors on the first
/// actor's side next to it ("X and allied militias") are its associates. The loser of territory is the actor after
/// "from" when the sentence names one.
/// </summary>
public static partial class ActorRoles
{
    /// <summary>
    /// The roles of the actors found in a sentence around a trigger at [<paramref name="start"/>, <paramref name="end"/>);
    /// <paramref name="backReferences"/> matches the mentions that stand for another ("the latter"), never read as a possessor;
    /// <paramref name="coordinators"/> the conjunctions that open a second clause with its own subject, and
    /// <paramref name="predicateLeads"/> the words that may lead a second clause's predicate when it has no subject of its own,
    /// <paramref name="groundBeforeBetween"/> the nouns of ground that make a "between" geographic ("the road between A and B"),
    /// <paramref name="movementNouns"/> the nouns of advancing or taking whose side stands right before them ("a rebel push into X").
    /// </summary>
    public static (ActorMention? Actor1, ActorMention? Actor2, List<ActorMention> Associates) Assign(
        string sentence, int start, int end, bool passive, bool holderFollows, List<ActorMention> found, Func<ActorMention, string> side, Regex? backReferences = null,
        Regex? coordinators = null, Regex? predicateLeads = null, Regex? groundBeforeBetween = null, Regex? movementNouns = null)
    {
        var before = found.Where(a => a.Start < start).ToList();
        var after = found.Where(a => a.Start >= end).ToList();
        ActorMention? actor1;
        ActorMention? actor2;
        var between = PartiesBetween(sentence, groundBeforeBetween, found);
        var agent = After(sentence, end, after, By());
        // "Clashes between X and Y in Z, where Y took control", "..., as a result Y took control": a "between" in an earlier clause does not name the trigger's subject.
        var betweenHere = between.Success && (between.Index > start || !ClauseOpener.IsMatch(sentence[between.Index..start]));
        // "Clashes between X and Y near Z, and Y seized W": a second clause after the "between" clause ("..., and", "while", "but") has a subject of its own.
        var second = coordinators is null ? null : CoordinatedSubject.SecondClause(sentence, start, found, coordinators);
        var afterBetween = betweenHere && between.Index < start && second is { Marked: true } opened && between.Index < opened.From
            && !found.Any(a => a.Start >= opened.From && a.End <= start);
        // "the army's takeover of Y", "X's capture of Y": the possessor right before a nominalised trigger is who acts
        // (a named one: "the latter's control" in a report of a place taken and then given up stays with the other rules);
        // so is the side named right before a noun of advancing or taking ("a rebel push into Y", "after an army push into Y").
        // Session 24b: "X was hit by a suicide bomber": the trigger is the passive's agent; the side before it was acted on.
        if (!passive && !holderFollows && before.Count > 0 && AgentNounTrigger.Precedes(sentence, start))
        {
            actor1 = agent;
            actor2 = before.LastOrDefault(a => agent is null || side(a) != side(agent));
        }
        else if (before.LastOrDefault(a => a.End <= start && backReferences?.IsMatch(a.Text) != true
            && (Possessive().IsMatch(sentence[a.End..start]) || Attributive(sentence, a, start, movementNouns))) is { } possessor)
        {
            actor1 = possessor;
            actor2 = agent ?? after.FirstOrDefault(a => side(a) != side(possessor)) ?? before.LastOrDefault(a => a != possessor && side(a) != side(possessor));
        }
        // "X made advances and Y captured the town": a second clause's own subject, when another faction is named before it
        // (of the other side, or an ally: "Hezbollah shelled the outskirts and Syrian troops took X" is the army's capture;
        // but not an ally after a word that continues the subject, "X supported by militias and Hezbollah retook Y").
        else if (!passive && !holderFollows && coordinators is not null && CoordinatedSubject.Find(sentence, start, found, coordinators) is { } own
            && found.Any(a => a.End <= own.Start && (side(a) != side(own)
                || (a.Faction.Id != own.Faction.Id && !ContinuesFirstSubject(sentence, found, own)))))
        {
            actor1 = own;
            actor2 = After(sentence, end, after, Opponent()) ?? after.FirstOrDefault(a => side(a) != side(own)) ?? before.LastOrDefault(a => a != own && side(a) != side(own));
        }
        // "Clashes with X near Z, and the village was captured", "Clashes between X and Y near Z, and W was captured by Y": a
        // second clause whose subject names no actor (one opening with a determiner, or any after a "between" clause) has the
        // passive's agent or "fell to"'s holder as its taker, else an unnamed one (never a side of the first clause).
        else if (afterBetween || (coordinators is not null && predicateLeads is not null && CoordinatedSubject.UnnamedSubject(sentence, start, found, coordinators, predicateLeads)))
        {
            actor1 = passive || holderFollows ? agent ?? (holderFollows ? after.FirstOrDefault() : null) : null;
            actor2 = actor1 is null ? null : found.FirstOrDefault(a => a != actor1 && side(a) != side(actor1));
        }
        else if (betweenHere && (between.Index < start + 80 || before.Count == 0) && found.FirstOrDefault(a => a.Start >= between.Index + between.Length) is { } first)
        {
            actor1 = first;
            actor2 = found.FirstOrDefault(a => a.Start > first.End && side(a) != side(first));
        }
        else if ((passive || holderFollows) && (agent ?? (holderFollows ? after.FirstOrDefault() : null)) is { } byWhom)
        {
            actor1 = byWhom;
            // ("X was taken from A by B": the side after "from", before the agent, is the one acted on; session 23b.)
            actor2 = before.LastOrDefault(a => side(a) != side(byWhom)) ?? after.FirstOrDefault(a => a != byWhom && side(a) != side(byWhom) && (a.Start > byWhom.End || FromBefore(sentence, a)));
        }
        else
        {
            // The subject of the trigger's own clause ("After clashes with Y, X took the town"), else the first actor before it.
            var clauseStart = ClauseStart(sentence, start);
            // "Clashes between X and Y in Z, where Y was able to advance": a relative clause opens the trigger's own clause.
            clauseStart = ClauseOpener.Matches(sentence[..start]).LastOrDefault() is { } opener ? Math.Max(clauseStart, opener.Index + opener.Length) : clauseStart;
            var ownSubject = before.FirstOrDefault(a => a.Start >= clauseStart && !Prepositional(sentence, a) && !AfterPreposition(sentence, a));
            // "Clashes between X and Y, where the Desert Hawks Brigade took Z": a named subject the catalogue does not know took it, not a side named before.
            actor1 = ownSubject is null && coordinators is not null && predicateLeads is not null && UnknownNamedSubject(sentence, clauseStart, start, found, predicateLeads) ? null
                : ownSubject ?? before.FirstOrDefault(a => !Prepositional(sentence, a) && !AfterPreposition(sentence, a))
                ?? before.FirstOrDefault(a => !Prepositional(sentence, a)) ?? before.FirstOrDefault() ?? after.FirstOrDefault(a => a.Faction.Id != "civilians");
            actor2 = After(sentence, end, after, Opponent())
                ?? after.FirstOrDefault(a => a != actor1 && (actor1 is null || side(a) != side(actor1)))
                ?? before.LastOrDefault(a => actor1 is not null && a != actor1 && side(a) != side(actor1));
        }
        if (actor2 is not null && actor1 is not null && side(actor2) == side(actor1) && actor2.Faction.Id == actor1.Faction.Id)
        {
            actor2 = null;
        }
        var associates = actor1 is null ? [] : found.Where(a => a != actor1 && a != actor2 && a.Faction.Id != actor1.Faction.Id
            && side(a) == side(actor1) && (actor2 is null || a.Start < actor2.Start || a.Start > actor2.End)).ToList();
        return (actor1, actor2, associates);
    }

    // Only white space between the side and a noun of advancing or taking at the trigger: "the Kurdish advance into", "an army push into";
    // not a side after a linking word or a comma, whose "advance" is the verb of a longer subject ("X backed by Y advance into", "X and Y advance").
    private static bool Attributive(string sentence, ActorMention a, int start, Regex? movementNouns) =>
        movementNouns is not null && a.End < start && string.IsNullOrWhiteSpace(sentence[a.End..start])
        && movementNouns.Match(sentence, start) is { Success: true } m && m.Index == start && !Companion().IsMatch(sentence[Math.Max(0, a.Start - 20)..a.Start]);

    private static readonly Regex CompanionPattern = EventLexicon.GrammarRegex(@"(?:,|\b", "role-preposition", @")\s+(?:the\s+)?$");

    private static Regex Companion() => CompanionPattern;

    /// <summary>
    /// Where the clause of a trigger at <paramref name="start"/> begins: after the last clause-breaking comma, colon or
    /// semicolon, but not after the comma that closes a parenthetical opened after the subject ("X, backed by Y, fought Z
    /// and took W": the clause is X's, and Z, after the verb, is no subject).
    /// </summary>
    private static int ClauseStart(string sentence, int start)
    {
        var end = start;
        while (ClauseBreak.Matches(sentence[..end]).LastOrDefault() is { } brk)
        {
            var open = brk.Index > 0 ? sentence.LastIndexOf(',', brk.Index - 1) : -1;
            if (open < 0 || !ParentheticalOpen().IsMatch(sentence[(open + 1)..brk.Index]))
            {
                return brk.Index + brk.Length;
            }
            end = open;
        }
        return 0;
    }

    /// <summary>
    /// Whether the words of the trigger's clause right before it (predicate leads such as "managed to" set aside) end in a
    /// name the catalogue does not know: two or more capitalised words, or an acronym, optionally with a plural head noun
    /// ("the Desert Hawks Brigade", "KRB fighters"). Not when a subject pronoun stands between ("..., where they took"),
    /// when the clause continues a list of actors ("X, Y, and Z took"; not "after clashes with X, the Y Brigade took"), or when the name holds a known actor
    /// ("the fighters of the Olive Branch operation": that actor is left to the other rules).
    /// </summary>
    private static bool UnknownNamedSubject(string sentence, int clauseStart, int start, List<ActorMention> found, Regex predicateLeads)
    {
        if (clauseStart >= start || found.Any(a => a.End <= clauseStart && ListTail().IsMatch(sentence[a.End..clauseStart]) && !AfterPreposition(sentence, a))
            || SubjectPronoun.IsMatch(sentence[clauseStart..start]))
        {
            return false;
        }
        var text = sentence[clauseStart..start];
        var lead = predicateLeads.Match(text);
        var cut = text.Length;
        // Predicate leads after the name ("X managed to take") are set aside from the end of the clause.
        for (var m = lead; m.Success; m = m.NextMatch())
        {
            if (string.IsNullOrWhiteSpace(text[(m.Index + m.Length)..cut]))
            {
                cut = m.Index;
            }
        }
        var name = NamedSubjectEnd().Match(text[..cut]);
        if (!name.Success)
        {
            return false;
        }
        var from = clauseStart + name.Index;
        var to = clauseStart + name.Index + name.Length;
        return !found.Any(a => a.Start < to && from < a.End);
    }

    /// <summary>The actor after "from" following a capture ("took X from Y"): the side that lost it.</summary>
    public static ActorMention? Loser(string sentence, int end, List<ActorMention> found) =>
        After(sentence, end, found.Where(a => a.Start >= end).ToList(), From());

    private static ActorMention? After(string sentence, int end, List<ActorMention> after, Regex cue)
    {
        // (No actor starts after a cue that ends past the last one's start, and each next cue ends later: the scan stops there.)
        var lastStart = -1;
        foreach (var a in after)
        {
            lastStart = Math.Max(lastStart, a.Start);
        }
        for (var m = lastStart < end ? Match.Empty : cue.Match(sentence, end); m.Success && m.Index + m.Length <= lastStart; m = m.NextMatch())
        {
            var actor = after.FirstOrDefault(a => a.Start >= m.Index + m.Length && a.Start - (m.Index + m.Length) <= 25);
            if (actor is not null)
            {
                return actor;
            }
        }
        return null;
    }

    /// <summary>An actor named inside a prepositional phrase of place or source ("according to army sources", "in the army's area").</summary>
    private static bool Prepositional(string sentence, ActorMention a)
    {
        var left = sentence[Math.Max(0, a.Start - 16)..a.Start];
        return SourcePreposition().IsMatch(left);
    }

    /// <summary>An actor that is the object of "with", "against", "from" ("after clashes with Y"): not a subject.</summary>
    private static bool AfterPreposition(string sentence, ActorMention a) =>
        ObjectPreposition().IsMatch(sentence[Math.Max(0, a.Start - 12)..a.Start]);

    private static readonly Regex ObjectPrepositionPattern = EventLexicon.GrammarRegex(@"\b", "actor-preposition", @"\s+(?:the\s+)?$");

    private static Regex ObjectPreposition() => ObjectPrepositionPattern;

    // A name: two or more capitalised words (Arabic particles al-, ibn, bin and "of the" between them) or an acronym, then at
    // most one lowercase plural head; a capitalised function word opening a sentence ("The", "After") starts no name.
    [GeneratedRegex(@"(?<![\w'’-])(?!(?:The|A|An|This|That|These|Those|They|It|Its|Their|He|She|We|On|In|At|After|Before|During|Later|Meanwhile|However|Also|Then|Since|When|While|As|According)\b)(?:[A-Z][\w'’-]*(?:\s+(?:(?:of\s+the|of|al|el|ibn|bin|abu)[-\s]+)?[A-Z][\w'’-]*)+|[A-Z]{2,6})(?:\s+[a-z]{2,}(?:s|men))?\s*$")]
    private static partial Regex NamedSubjectEnd();

    // What may stand between an actor of a list and the comma after it: its head noun ("Syrian regime forces, ...").
    [GeneratedRegex(@"^(?:\s+[a-z]+){0,1}\s*,\s*$")]
    private static partial Regex ListTail();

    private static readonly Regex SubjectPronoun = EventLexicon.GrammarRegex(l => @"\b" + l.CueGroup("subject-pronoun") + @"\b", RegexOptions.IgnoreCase);

    // Not before a word that continues the subject (", backed by Y", "; including Z"); the listed words match as prefixes too ("backed", "backers").
    private static readonly Regex ClauseBreak = EventLexicon.GrammarRegex(l => @"[,;:]\s+(?!" + l.CueGroup("subject-continuation") + @"|and\b)", RegexOptions.None);

    // ", backed by Y,", ", led by Y,", ", along with Y,": a participle or phrase of company opening a parenthetical after a subject.
    // The opening words are grammar words of the lexicon (grammar-words.tsv, kind parenthetical-open).
    private static readonly Regex SubjectContinues = EventLexicon.GrammarRegex(@"\b", "parenthetical-open", @"\b");

    /// <summary>
    /// Whether the words between the first faction other than the second clause's own subject and that subject continue the
    /// first subject ("X supported by militias and Hezbollah retook Y"); false when no other faction is named.
    /// </summary>
    private static bool ContinuesFirstSubject(string sentence, List<ActorMention> found, ActorMention own) =>
        found.FirstOrDefault(f => f.Faction.Id != own.Faction.Id) is { } first && SubjectContinues.IsMatch(sentence[first.End..own.Start]);

    private static readonly Regex ParentheticalOpenPattern = EventLexicon.GrammarRegex(@"^\s*", "parenthetical-open", @"\b");

    private static Regex ParentheticalOpen() => ParentheticalOpenPattern;

    private static readonly Regex ClauseOpener = EventLexicon.GrammarRegex(
        l => @"[,;]\s*" + l.CueGroup("actor-comma-clause-opener") + @"\b|\b" + l.CueGroup("actor-clause-opener") + @"\b|[;.]\s", RegexOptions.IgnoreCase);

    [GeneratedRegex(@"^(?:'s|’s|'|’)\s+$")]
    private static partial Regex Possessive();

    private static readonly Regex Between = EventLexicon.GrammarRegex(l => @"\b" + l.CueGroup("pair-lead") + @"\b", RegexOptions.IgnoreCase);

    /// <summary>
    /// The first "between" that names the parties of the sentence ("clashes between the army and IS"), not a stretch of
    /// ground (<paramref name="ground"/> right before it and no actor right after it: "the road between A and B", "a
    /// checkpoint between A and B"; but "in the countryside between the army and IS" names parties): the
    /// actors after a geographic "between" are no pair, and taking the first of them for the subject would give the event
    /// to the side the sentence names last ("X cut the road between A and B and took W from Y").
    /// </summary>
    private static Match PartiesBetween(string sentence, Regex? ground, List<ActorMention> found)
    {
        foreach (Match m in Between.Matches(sentence))
        {
            var end = m.Index + m.Length;
            if (ground?.Matches(sentence[..m.Index]).LastOrDefault() is not { } g || sentence[(g.Index + g.Length)..m.Index].Trim().Length > 0
                || found.Any(a => a.Start >= end && PairOpening().IsMatch(sentence[end..a.Start])))
            {
                return m;
            }
        }
        return Match.Empty;
    }

    // "in the countryside between the army and IS": an actor right after "between" (a determiner at most) makes it a pair of parties after all.
    [GeneratedRegex(@"^\s*(?:the\s+)?$", RegexOptions.IgnoreCase)]
    private static partial Regex PairOpening();

    private static readonly Regex ByPattern = EventLexicon.GrammarRegex(@"\b", "agent-cue", @"\b");

    private static Regex By() => ByPattern;

    private static readonly Regex OpponentPattern = EventLexicon.GrammarRegex(@"\b", "opponent-cue", @"\b");

    private static Regex Opponent() => OpponentPattern;

    private static readonly Regex FromPattern = EventLexicon.GrammarRegex(@"\b", "source-cue", @"\b");

    private static Regex From() => FromPattern;

    private static readonly Regex SourcePrepositionPattern = EventLexicon.GrammarRegex(@"\b", "source-attribution", @"\s+(?:the\s+)?$");

    private static Regex SourcePreposition() => SourcePrepositionPattern;

    /// <summary>"taken from the rebels by X": "from" (a determiner at most) right before the actor.</summary>
    private static bool FromBefore(string sentence, ActorMention a) => FromRightBefore().IsMatch(sentence[..a.Start]);

    [GeneratedRegex(@"\bfrom\s+(?:the\s+)?$", RegexOptions.IgnoreCase)]
    private static partial Regex FromRightBefore();
}
