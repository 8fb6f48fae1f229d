using System.Text.RegularExpressions;
using MapDashboard.Core.Actors;

namespace MapDashboard.Core.Events;

/// <summary>
/// Who took the place, where the general role rules (<see cref="ActorRoles"/>) misread a capture sentence:
/// reported speech ("X announced that Y took Z": Y took it), a "between" phrase after the verb ("Y captured Z after the
/// clashes that took place between Y and W": the verb's own subject took it), a nominalised capture with its agent
/// ("the capture of Z by Y"), the side after "from" ("Z was liberated from W": W lost it, it never gained it), and a list
/// of actors as the subject ("X, Y and W took Z": the list's head, as ACLED names the first actor). Each rule only moves a
/// role to an actor the sentence's grammar gives it; none guesses a gainer the sentence does not name.
/// </summary>
internal static partial class TerritoryRoles
{
    /// <summary>The roles of a territory, advance, loss or withdrawal trigger after the corrections above; other triggers are left as they are.</summary>
    public static (ActorMention? Actor1, ActorMention? Actor2) Adjust(string sentence, SentenceTrigger trigger, ActorMention? actor1, ActorMention? actor2,
        List<ActorMention> found, Func<ActorMention, string> side, Func<string, ActorMention?> recognize)
    {
        var start = trigger.Match.Index;
        var end = start + trigger.Match.Length;
        if (trigger.Class is not ("territory" or "advance" or "loss" or "withdrawal"))
        {
            // "Turkish and Olive Branch forces shelled X", "clashes between Turkish and Olive Branch factions and Y": the shared head
            // noun names the adjective's ally first in a battle or a strike as in a capture (only the shared head; the other rules are the capture's own).
            return (actor1 is not null && SharedHeadAlly(sentence, actor1, side, recognize) is { } ally ? ally : actor1, actor2);
        }
        if (ReportedSubject(sentence, start, actor1, found) is { } reported)
        {
            (actor1, actor2) = (reported, actor2 == reported ? null : actor2);
        }
        if (!trigger.Passive && Between().Match(sentence, end) is { Success: true } between && ClauseSubject(sentence, start, found) is { } subject && subject != actor1)
        {
            // "SDF captured Z following the clashes that took place between the SDF and IS": the "between" names both sides, the verb's subject the taker.
            actor1 = subject;
            actor2 = found.FirstOrDefault(a => a.Start >= between.Index && side(a) != side(subject)) ?? (actor2 == subject ? null : actor2);
        }
        if (!trigger.Passive && NominalCapture.IsMatch(trigger.Match.Value) && Agent(sentence, end, found) is { } agent && agent != actor1)
        {
            // "allowing for the capture of the town by Y": the agent of the nominalised capture took it; the subject before it is the other side when it differs.
            actor2 = actor1 is not null && side(actor1) != side(agent) ? actor1 : actor2 == agent ? null : actor2;
            actor1 = agent;
        }
        if (ResultingHolder(sentence, start, end, trigger.Match.Value, found) is { } holder && holder != actor1)
        {
            // "The fighting ended in the control of the army over the hill": the side right after a resulting "control of" holds the place.
            actor2 = actor1 is not null && side(actor1) != side(holder) ? actor1 : actor2 == holder ? null : actor2;
            actor1 = holder;
        }
        if (AdvanceGround.PassiveAgentForm(trigger.Match.Value) && found.FirstOrDefault(a => a.Start >= end && a.Start - end <= 25) is { } by && by != actor1)
        {
            // "Clashes between X and Y, and advances were made by Y": the agent right after "made by" advanced.
            actor2 = actor1 is not null && side(actor1) != side(by) ? actor1 : actor2 == by ? null : actor2;
            actor1 = by;
        }
        if (!trigger.Passive && Participle().IsMatch(trigger.Match.Value) && ParticipleLead().IsMatch(sentence[..start])
            && (found.FirstOrDefault(a => a.End <= start && !AfterPreposition(sentence, a)) ?? OpeningParticipleSubject(sentence, start, end, found)) is { } main
            && main != actor1)
        {
            // "X clashed with Y and W while advancing into Z": the participle's subject is the main clause's, not the last side named before it.
            // ("After taking control of Z, X moved on": a sentence opening with the participle has the subject after its comma.)
            actor2 = actor1 is not null && side(actor1) != side(main) ? actor1 : actor2 == main ? null : actor2;
            actor1 = main;
        }
        if (actor1 is not null && actor1.Start >= end && FromBefore().IsMatch(sentence[Math.Max(0, actor1.Start - 16)..actor1.Start]))
        {
            // "Z was liberated from IS", "driven out of Z": the side after "from" lost the place.
            (actor1, actor2) = (null, actor1);
        }
        if (actor1 is not null && actor1.End <= start && ListHead(sentence, actor1, found) is { } head)
        {
            actor1 = head;
        }
        // (The agent of a nominal capture shares its head noun too: "the capture of X by Turkish and Olive Branch forces".)
        if (actor1 is not null && (actor1.End <= start || AgentBefore().IsMatch(sentence[end..actor1.Start])) && SharedHeadAlly(sentence, actor1, side, recognize) is { } first)
        {
            // "Turkish and Olive Branch forces took X": the adjective before "and" shares the head noun ("Turkish forces") and is named first
            // (only an ally: "Russian and Syrian forces" keeps the side that decides the sub-type).
            actor1 = first;
        }
        if (trigger.Class is "territory" or "advance" && !trigger.Passive && SupportedSide.Helped(sentence, start, actor1, found) is { } helped)
        {
            // "coalition jets in support of the SDF ... took X": the helped side takes it; a side named after it (an object) is the other side.
            actor2 = actor1 is not null && actor1.Start > helped.Start && side(actor1) != side(helped) ? actor1 : actor2 == helped ? null : actor2;
            actor1 = helped;
        }
        // Session 28b: "the rebels withdrew from Z after the army captured the town": the capture's own subject took it, the side that left lost it.
        return WithdrawalCapture.Roles(sentence, trigger, actor1, actor2, found, side);
    }

    /// <summary>
    /// "After taking Z, X ...": with the participle opening the sentence, the first actor after a comma that is no preposition's
    /// object and stands at most a few words after the last comma before it, none a relative pronoun. The participle's object may
    /// be a list ("After seizing A, B and C, X moved on"), so the subject follows the list's last comma, not its first.
    /// </summary>
    private static ActorMention? OpeningParticipleSubject(string sentence, int start, int end, List<ActorMention> found)
    {
        var comma = sentence.IndexOf(", ", end, StringComparison.Ordinal);
        if (!OpeningLead().IsMatch(sentence[..start]) || comma < 0
            || found.FirstOrDefault(a => a.Start > comma && !AfterPreposition(sentence, a)) is not { } subject)
        {
            return null;
        }
        var gap = sentence[(sentence.LastIndexOf(", ", subject.Start, StringComparison.Ordinal) + 2)..subject.Start];
        return gap.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length <= 3 && !RelativePronoun.IsMatch(gap) ? subject : null;
    }

    /// <summary>
    /// "resulted in the control of X over Y", "led to the full control of X on Y": after a verb of result (grammar-words kind
    /// <c>result-lead</c>), the actor right after the noun "control of" and before "over" or "on" (kind <c>holder-preposition</c>)
    /// holds the place; "the control of the town by X" has the place there and is left to the agent rule.
    /// </summary>
    private static ActorMention? ResultingHolder(string sentence, int start, int end, string trigger, List<ActorMention> found)
    {
        if (!ControlNoun().IsMatch(trigger) || !EventLexicon.LoadDefault().ResultBefore.IsMatch(sentence[..start]))
        {
            return null;
        }
        return found.FirstOrDefault(a => a.Start >= end && a.Start - end <= 5 && LeadingArticle().IsMatch(sentence[end..a.Start])
            && HolderPreposition.IsMatch(sentence[a.End..]));
    }

    /// <summary>"X said that Y took Z": the first actor between the reporting verb and the trigger, when the chosen subject is the reporter.</summary>
    private static ActorMention? ReportedSubject(string sentence, int start, ActorMention? actor1, List<ActorMention> found)
    {
        var report = ReportingVerb().Matches(sentence[..start]).LastOrDefault();
        if (report is null || actor1 is null || actor1.Start >= report.Index)
        {
            return null;
        }
        return found.FirstOrDefault(a => a.Start >= report.Index + report.Length && a.End <= start && !AfterPreposition(sentence, a));
    }

    /// <summary>The first actor of the trigger's own clause before it that is not the object of a preposition, or null.</summary>
    private static ActorMention? ClauseSubject(string sentence, int start, List<ActorMention> found)
    {
        var clauseStart = ClauseStart.Matches(sentence[..start]).LastOrDefault() is { } brk ? brk.Index + brk.Length : 0;
        return found.FirstOrDefault(a => a.Start >= clauseStart && a.End <= start && !AfterPreposition(sentence, a));
    }

    /// <summary>The actor after "by" following a nominalised capture and its object ("the capture of the town by Y").</summary>
    private static ActorMention? Agent(string sentence, int end, List<ActorMention> found)
    {
        var rest = sentence[end..];
        var stop = ClauseEnd.Match(rest) is { Success: true } e ? e.Index : rest.Length;
        var by = By().Match(rest[..Math.Min(stop, 80)]);
        return by.Success ? found.FirstOrDefault(a => a.Start >= end + by.Index + by.Length && a.Start - (end + by.Index + by.Length) <= 25) : null;
    }

    /// <summary>"X, Y and W took Z": the first of a list of actors that ends at <paramref name="actor1"/>, unless the list is a preposition's object ("after clashes with IS, the SDF ...").</summary>
    private static ActorMention? ListHead(string sentence, ActorMention actor1, List<ActorMention> found)
    {
        var head = actor1;
        while (found.LastOrDefault(a => a.End <= head.Start && Coordination().IsMatch(sentence[a.End..head.Start])) is { } previous)
        {
            head = previous;
        }
        if (head == actor1 || AfterPreposition(sentence, head))
        {
            return null;
        }
        return head;
    }

    /// <summary>The ally of <paramref name="actor1"/>'s side that an adjective coordinated before it names with the shared head noun, or null.</summary>
    private static ActorMention? SharedHeadAlly(string sentence, ActorMention actor1, Func<ActorMention, string> side, Func<string, ActorMention?> recognize) =>
        SharedHead(sentence, actor1, recognize) is { } first && first.Faction.Id != actor1.Faction.Id && side(first) == side(actor1) ? first : null;

    /// <summary>"Turkish and Olive Branch forces": the actor the first conjunct names with the list's head noun, or null.</summary>
    private static ActorMention? SharedHead(string sentence, ActorMention actor1, Func<string, ActorMention?> recognize)
    {
        if (ElidedConjunct().Match(sentence[..actor1.Start]) is not { Success: true } conjunct
            || HeadNoun().Match(sentence[actor1.Start..Math.Min(sentence.Length, actor1.End + 30)]) is not { Success: true } noun)
        {
            return null;
        }
        var adjective = conjunct.Groups[1];
        // "Turkish units" is named as the catalogue names "Turkish forces".
        return (recognize(adjective.Value + " " + noun.Value) ?? recognize(adjective.Value + " forces")) is { } named
            ? named with { Start = adjective.Index, End = adjective.Index + adjective.Length, Text = adjective.Value }
            : null;
    }

    private static bool AfterPreposition(string sentence, ActorMention a) =>
        ObjectPreposition().IsMatch(sentence[Math.Max(0, a.Start - 24)..a.Start]);

    private static readonly Regex HolderPreposition = EventLexicon.GrammarRegex(@"^\s+", "holder-preposition", @"\b");

    [GeneratedRegex(@"^control of$", RegexOptions.IgnoreCase)]
    private static partial Regex ControlNoun();

    [GeneratedRegex(@"^\s*(?:the\s+)?$", RegexOptions.IgnoreCase)]
    private static partial Regex LeadingArticle();

    private static readonly Regex RelativePronoun = EventLexicon.GrammarRegex(@"\b", "relative-pronoun", @"\b");

    private static readonly Regex ReportingVerbPattern = EventLexicon.GrammarRegex(@"\b", "reporting-verb", @"\s+that\s");

    private static Regex ReportingVerb() => ReportingVerbPattern;

    // "Turkish and Olive Branch forces", "Turkish along with Olive Branch forces": the conjunctions are grammar words (kind elided-conjunction).
    private static readonly Regex ElidedConjunctPattern = EventLexicon.GrammarRegex(
        l => @"(?:^|[^\w-])([A-Z][a-z]+)\s+" + l.CueGroup("elided-conjunction") + @"\s+(?:[\w'-]+\s+){0,4}$", RegexOptions.None);

    private static Regex ElidedConjunct() => ElidedConjunctPattern;

    // The agent after a nominal capture and its object: "the capture of the town by " before the agent's conjunct.
    [GeneratedRegex(@"\bby\s+[A-Z][a-z]+\s+(?:[\w'-]+\s+){1,5}$")]
    private static partial Regex AgentBefore();

    // The head nouns are grammar words of the lexicon (grammar-words.tsv, kind force-noun).
    private static readonly Regex HeadNounPattern = EventLexicon.GrammarRegex(@"\b", "force-noun", @"\b");

    private static Regex HeadNoun() => HeadNounPattern;

    [GeneratedRegex(@"^\w+ing\b", RegexOptions.IgnoreCase)]
    private static partial Regex Participle();

    private static readonly Regex ParticipleLeadPattern = EventLexicon.GrammarRegex(@"\b", "participle-lead", @"\s+$");

    private static Regex ParticipleLead() => ParticipleLeadPattern;

    private static readonly Regex OpeningLeadPattern = EventLexicon.GrammarRegex(@"^\W*", "participle-lead", @"\s+$");

    private static Regex OpeningLead() => OpeningLeadPattern;

    [GeneratedRegex(@"\bbetween\b", RegexOptions.IgnoreCase)]
    private static partial Regex Between();

    private static readonly Regex NominalCapture = EventLexicon.GrammarRegex(l => "^(?:re-?)?" + l.CueGroup("capture-noun") + " of$", RegexOptions.IgnoreCase);

    [GeneratedRegex(@"\bby\s+(?:the\s+)?", RegexOptions.IgnoreCase)]
    private static partial Regex By();

    private static readonly Regex FromBeforePattern = EventLexicon.GrammarRegex(@"\b", "source-cue", @"\s+(?:the\s+)?$");

    private static Regex FromBefore() => FromBeforePattern;

    // A list's separator, with any names the catalogue does not know listed between two known ones ("Ahrar al-Sham, Liwa Fursan
    // al-Haq, Ajnad al-Sham and Faylaq al-Sham": capitalised words, Arabic particles and "of the" between them, each after a comma).
    [GeneratedRegex(@"^\s*(?:,\s*[A-Z][\w'’-]*(?:\s+(?:(?:al|el|ibn|bin|of\s+the|of)[-\s]+)?[A-Z][\w'’-]*)*\s*)*(?:,\s*(?i:and\s+)?|(?i:and\s+))(?i:the\s+)?$")]
    private static partial Regex Coordination();

    private static readonly Regex ObjectPrepositionPattern = EventLexicon.GrammarRegex(
        l => @"\b" + l.CueGroup("role-preposition") + @"\s+(?:" + l.CueGroup("definite-determiner") + @"\s+)?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);

    private static Regex ObjectPreposition() => ObjectPrepositionPattern;

    private static readonly Regex ClauseStart = EventLexicon.GrammarRegex(
        l => @"[;.]\s|,\s*" + l.CueGroup("territory-comma-clause-opener") + @"\b|\b" + l.CueGroup("territory-clause-opener") + @"\b", RegexOptions.IgnoreCase);

    private static readonly Regex ClauseEnd = EventLexicon.GrammarRegex(l => @"[;]|\.\s|,\s+" + l.CueGroup("territory-clause-break") + @"\b", RegexOptions.None);
}
