using System.Text.RegularExpressions;
using MapDashboard.Core.Actors;

namespace MapDashboard.Core.Events;

/// <summary>
/// The own subject of a second clause joined by a conjunction ("X made advances and Y captured the town", "clashes
/// between X and Y, and Y seized the village", "X shelled the outskirts while Y took the hill"): the actor named right
/// after the conjunction, when the trigger follows it in the same clause and the first clause is more than a list of
/// actors ("X and Y captured the town" is one coordinated subject, not two clauses).
/// </summary>
public static partial class CoordinatedSubject
{
    /// <summary>The actor that opens the trigger's own clause after the last conjunction before <paramref name="start"/>, or null.</summary>
    public static ActorMention? Find(string sentence, int start, List<ActorMention> found, Regex conjunctions)
    {
        var conjunction = conjunctions.Matches(sentence[..start]).LastOrDefault();
        if (conjunction is null)
        {
            return null;
        }
        var from = conjunction.Index + conjunction.Length;
        var subject = found.FirstOrDefault(a => a.Start >= from && a.End <= start);
        // Only "the" may stand between the conjunction and the subject, and nothing that closes the clause between
        // the subject and the trigger ("and Y, which ..., captured" is left to the other rules).
        if (subject is null || !Leading().IsMatch(sentence[from..subject.Start]) || start - subject.End > 60
            || ClauseEnd().IsMatch(sentence[subject.End..start]))
        {
            return null;
        }
        // The first clause starts after the last punctuation before the conjunction: "After clashes with Y, X and Z took the town"
        // has the coordinated subject "X and Z" in a clause of its own.
        var firstClauseStart = Math.Max(0, sentence.LastIndexOfAny(['.', ';', ':', ',', '(', '-', '–'], Math.Max(0, conjunction.Index - 1)) + 1);
        var firstClause = sentence[firstClauseStart..conjunction.Index];
        // "between X and Y": the pair's own "and", not a second clause.
        if (conjunction.Value.Equals("and", StringComparison.OrdinalIgnoreCase) && Between().IsMatch(firstClause))
        {
            return null;
        }
        foreach (var a in found.Where(a => a.Start >= firstClauseStart && a.End <= conjunction.Index).OrderByDescending(a => a.Start))
        {
            firstClause = firstClause.Remove(a.Start - firstClauseStart, a.End - a.Start);
        }
        // Two words besides the actors: a predicate ("X made advances"), not a modifier of a list ("X, Y and Z").
        return ContentWord().Count(firstClause) >= 2 ? subject : null;
    }

    [GeneratedRegex(@"\b(?:between|pitting)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Between();

    [GeneratedRegex(@"^\s*(?:the\s+)?$", RegexOptions.IgnoreCase)]
    private static partial Regex Leading();

    [GeneratedRegex(@"[,;:()–]|\s-\s|\b(?:where|which|who|whom)\b", RegexOptions.IgnoreCase)]
    private static partial Regex ClauseEnd();

    /// <summary>A word that is not a determiner or a conjunction of a list of actors.</summary>
    [GeneratedRegex(@"\b(?!(?:the|and|its|their|of|s)\b)[A-Za-z]{2,}\b", RegexOptions.IgnoreCase)]
    private static partial Regex ContentWord();
}
