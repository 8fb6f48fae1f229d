using System.Text.RegularExpressions;

namespace MapDashboard.Core.Events;

/// <summary>
/// Who a one-sided act was done to. ACLED's violence against civilians needs unarmed victims: killing, shooting,
/// detaining or capturing fighters, soldiers, commanders or members of an armed group is a battle between two armed,
/// organised sides (Armed clash). The victim is the first person noun after the verb in its clause ("shot dead a
/// rebel commander", "detained a dozen fighters"), or in the passive the one before it ("a commander was assassinated").
/// </summary>
public static partial class ArmedVictims
{
    /// <summary>True when the victim of the verb at [start, end) is armed (object-words.tsv class "combatant").</summary>
    public static bool Named(string sentence, int start, int end, bool passive, EventLexicon lexicon)
    {
        if (!passive)
        {
            // In the passive the words after the verb name the agent ("was shot by gunmen"), not the victim.
            return ArmedFirst(After(sentence, end), lexicon, 45);
        }
        var before = sentence[Math.Max(0, start - 60)..start];
        before = SentenceStop().Split(before)[^1];
        var armed = lexicon.Object("combatant").Matches(before).LastOrDefault();
        var person = lexicon.Object("person").Matches(before).LastOrDefault();
        return armed is not null && (person is null || person.Index < armed.Index) && Governed(before, armed, lexicon) is not true
            && !Former.IsMatch(before[..armed.Index]);
    }

    /// <summary>"shot dead a former rebel fighter", "an ex-soldier": an armed noun that no longer is, so an unarmed victim.</summary>
    public static bool FormerNamed(string sentence, int end, EventLexicon lexicon)
    {
        var after = After(sentence, end);
        return lexicon.Object("combatant").Match(after) is { Success: true, Index: < 45 } armed && Former.IsMatch(after[..armed.Index]);
    }

    private static string After(string sentence, int end)
    {
        var after = sentence[end..Math.Min(sentence.Length, end + 60)];
        return ClauseEnd().Match(after) is { Success: true } stop ? after[..stop.Index] : after;
    }

    private static bool ArmedFirst(string after, EventLexicon lexicon, int within)
    {
        var armed = lexicon.Object("combatant").Match(after);
        if (!armed.Success || armed.Index >= within)
        {
            return false;
        }
        var person = lexicon.Object("person").Match(after);
        // "killed two fighters" is armed; "killed two civilians and a fighter" is not; "five members of one family" are people.
        return (!person.Success || person.Index >= armed.Index) && Governed(after, armed, lexicon) is not true && !Former.IsMatch(after[..armed.Index]);
    }

    /// <summary>"members of one family": the armed noun is governed by an "of" phrase naming unarmed people.</summary>
    private static bool? Governed(string text, Match armed, EventLexicon lexicon)
    {
        var rest = text[(armed.Index + armed.Length)..];
        var of = OfPhrase().Match(rest);
        return of.Success ? lexicon.Object("person").Match(of.Value) is { Success: true } p && p.Index < 25 : null;
    }

    /// <summary>"a former IS member", "an ex-fighter": no longer armed.</summary>
    private static readonly Regex Former = EventLexicon.GrammarRegex(l => @"\b" + l.CueGroup("former-word") + @"\s*(?:[\w-]+\s+){0,3}$", RegexOptions.IgnoreCase);

    [GeneratedRegex(@"^\s+of\s+[^,;.]{0,30}", RegexOptions.IgnoreCase)]
    private static partial Regex OfPhrase();

    [GeneratedRegex(@"[;:]|\.\s|,\s")]
    private static partial Regex ClauseEnd();

    [GeneratedRegex(@"[;:]|\.\s")]
    private static partial Regex SentenceStop();
}
