using System.Text.RegularExpressions;
using MapDashboard.Core.Actors;

namespace MapDashboard.Core.Events;

/// <summary>
/// The own subject of a second clause joined by a conjunction ("X made advances and Y captured the town", "clashes
/// between X and Y, and Y seized the village", "X shelled the outskirts while Y took the hill"): the actor named right
/// after the conjunction, when the trigger follows it in the same clause and the first clause is more than a list of
/// actors ("X and Y captured the town" is one coordinated subject, not two clauses). A second clause whose subject is
/// no actor ("..., and the village was captured", "..., and local men took the hill") has a taker the sentence does not
/// name: the first clause's sides are not it.
/// </summary>
public static partial class CoordinatedSubject
{
    /// <summary>The actor that opens the trigger's own clause after the last conjunction before <paramref name="start"/>, or null.</summary>
    public static ActorMention? Find(string sentence, int start, List<ActorMention> found, Regex conjunctions)
    {
        if (SecondClause(sentence, start, found, conjunctions) is not { From: var from })
        {
            return null;
        }
        // The first actor after the conjunction that is no preposition's object ("and after hours of fighting Y took W");
        // nothing may close the clause around it ("and Y, which ..., captured" and "and, backed by Z, Y took" are left to the other rules).
        var subject = found.FirstOrDefault(a => a.Start >= from && a.End <= start && !ObjectBefore.IsMatch(sentence[from..a.Start]));
        if (subject is null || ClauseEnd.IsMatch(sentence[from..subject.Start]) || start - subject.End > 60
            || ClauseEnd.IsMatch(sentence[subject.End..start]))
        {
            return null;
        }
        return subject;
    }

    /// <summary>
    /// Whether the trigger at <paramref name="start"/> stands in a second clause whose subject is words that name no
    /// actor ("..., and the village was captured", "..., and unknown fighters seized it"); not when the clause has no
    /// subject of its own, only words that lead a predicate (<paramref name="predicateLeads"/>: "... and then took the
    /// hill", "... and managed to seize it"), whose subject is the first clause's.
    /// </summary>
    public static bool UnnamedSubject(string sentence, int start, List<ActorMention> found, Regex conjunctions, Regex predicateLeads)
    {
        if (SecondClause(sentence, start, found, conjunctions) is not { } clause || !clause.Marked || found.Any(a => a.Start >= clause.From && a.End <= start))
        {
            return false;
        }
        // Only a subject that opens with a determiner ("the village", "a nearby hill"): "..., and under air cover managed to take X"
        // opens with an adjunct and leaves the subject to the first clause.
        var lead = predicateLeads.Replace(sentence[clause.From..start], " ");
        return ClauseEnd.Matches(lead).Count == 0 && DeterminerFirst.IsMatch(lead);
    }

    /// <summary>
    /// Where the second clause opened by the last conjunction before <paramref name="start"/> begins, and whether the
    /// conjunction is one that seldom joins anything but clauses (after a comma, or "while", "but"); null when that
    /// conjunction joins no clauses: none, the "and" of "between X and Y", or a first clause that is only a list of actors.
    /// </summary>
    public static (int From, bool Marked)? SecondClause(string sentence, int start, List<ActorMention> found, Regex conjunctions)
    {
        // From the last conjunction back: one that only joins actors of a list ("..., and the army and Hezbollah took X")
        // is inside the second clause's subject; the clause opens at the one before it.
        foreach (var conjunction in conjunctions.Matches(sentence[..start]).Reverse())
        {
            if (!found.Any(a => a.End <= conjunction.Index))
            {
                return null;
            }
            // ", and": the comma before the conjunction belongs to it, not to a list that would end the first clause there.
            var head = conjunction.Index;
            while (head > 0 && char.IsWhiteSpace(sentence[head - 1]))
            {
                head--;
            }
            var comma = head > 0 && sentence[head - 1] == ',';
            head -= comma ? 1 : 0;
            // The first clause starts after the last punctuation before the conjunction: "After clashes with Y, X and Z took the town"
            // has the coordinated subject "X and Z" in a clause of its own.
            // (A hyphen inside a word, "al-Sham", "IS-held", breaks nothing; a dash between spaces does.)
            var firstClauseStart = head == 0 ? 0 : FirstClauseBreak().Matches(sentence[..head]).LastOrDefault() is { } brk ? brk.Index + brk.Length : 0;
            var actors = found.Where(a => a.Start >= firstClauseStart && a.End <= head).ToList();
            // "between X and Y": the pair's own "and" (nothing but its first actor after "between"), not a second clause;
            // a conjunction after a pair that already has its "and" ("between X and Y, and Z took W") opens one.
            if (Between.Matches(sentence[firstClauseStart..head]).LastOrDefault() is { } between
                && WithoutActors(sentence, firstClauseStart + between.Index + between.Length, head, actors) is var pair
                && ContentWord.Count(pair) == 0 && !PairAnd().IsMatch(pair))
            {
                return null;
            }
            // Two words besides the actors: a predicate ("X made advances"), not a modifier of a list ("X, Y and Z").
            if (ContentWord.Count(WithoutActors(sentence, firstClauseStart, head, actors)) >= 2)
            {
                return (conjunction.Index + conjunction.Length, comma || !conjunction.Value.Equals("and", StringComparison.OrdinalIgnoreCase));
            }
        }
        return null;
    }

    private static string WithoutActors(string sentence, int from, int to, List<ActorMention> actors)
    {
        var text = sentence[from..to];
        foreach (var a in actors.Where(a => a.Start >= from && a.End <= to).OrderByDescending(a => a.Start))
        {
            text = text.Remove(a.Start - from, a.End - a.Start);
        }
        return text;
    }

    private static readonly Regex Between = EventLexicon.GrammarRegex(l => @"\b" + l.CueGroup("pair-lead") + @"\b", RegexOptions.IgnoreCase);

    [GeneratedRegex(@"[.;:,(–]|(?<=\s)-(?=\s)")]
    private static partial Regex FirstClauseBreak();

    [GeneratedRegex(@"\band\b", RegexOptions.IgnoreCase)]
    private static partial Regex PairAnd();

    private static readonly Regex ObjectBefore = EventLexicon.GrammarRegex(
        l => @"\b" + l.CueGroup("object-preposition") + @"\s+(?:" + l.CueGroup("definite-determiner") + @"\s+)?$", RegexOptions.IgnoreCase);

    private static readonly Regex ClauseEnd = EventLexicon.GrammarRegex(l => @"[,;:()–]|\s-\s|\b" + l.CueGroup("relative-lead") + @"\b", RegexOptions.IgnoreCase);

    private static readonly Regex DeterminerFirst = EventLexicon.GrammarRegex(l => @"^\s*" + l.CueGroup("determiner") + @"\s+\w", RegexOptions.IgnoreCase);

    /// <summary>A word that is not a determiner or a conjunction of a list of actors.</summary>
    private static readonly Regex ContentWord = EventLexicon.GrammarRegex(l => @"\b(?!" + l.CueGroup("list-function-word") + @"\b)[A-Za-z]{2,}\b", RegexOptions.IgnoreCase);
}
