namespace MapDashboard.Core.Text;

/// <summary>
/// The order in which to write the plain word forms of one regex alternation (each form escaped, a space as <c>\s+</c>,
/// case-insensitive or all-capital case-sensitive) so that forms sharing their first letters stand side by side, with
/// the same matches as the forms written longest first. The regex engine factors the common start out of neighbouring
/// alternatives only ("took over the full control|took over the total control" becomes "took over the (?:full|total)
/// control"): longest first scatters them ("taking over the effective control|takes over the effective control|taken
/// over..."), so every alternative is tried on its own at each position and the compiled regex is several times larger.
/// Why the matches stay the same: at one position of a text, two such forms can both match only when the text one
/// takes is the start of the other's, that is when one form, in lower case, starts the other (an ASCII letter takes
/// the text's letters of either case in both, a space every white-space run up to the next letter); the backtracking
/// engine takes the first alternative, in order, that leads to a whole match, so only the order of such pairs
/// matters, and it is kept: the longer before the one that starts it, equal ones in their order. Forms for which that
/// reasoning does not hold (a non-ASCII letter, whose case classes are wider; white space other than one space between
/// two other characters) leave the whole list in its order.
/// </summary>
public static class AlternationOrder
{
    /// <summary>
    /// <paramref name="longestFirst"/> (forms longest first, equal lengths in their order) grouped by their lower-case
    /// start, each form before any form that starts it, equal ones in their order; or the list as given when one form
    /// is not plain (see the class).
    /// </summary>
    public static IReadOnlyList<string> Grouped(IReadOnlyList<string> longestFirst)
    {
        foreach (var form in longestFirst)
        {
            if (!IsPlain(form))
            {
                return longestFirst;
            }
        }
        // OrderBy is stable: forms equal in lower case keep their order.
        return [.. longestFirst.OrderBy(f => f, Comparer<string>.Create(Compare))];
    }

    /// <summary>Whether the reasoning of the class holds for a form: ASCII letters only, and single spaces between other characters.</summary>
    public static bool IsPlain(string form)
    {
        if (form.Length == 0 || form[0] == ' ' || form[^1] == ' ')
        {
            return false;
        }
        for (var i = 0; i < form.Length; i++)
        {
            var c = form[i];
            if ((c >= 128 && char.IsLetter(c)) || (char.IsWhiteSpace(c) && (c != ' ' || form[i - 1] == ' ')))
            {
                return false;
            }
        }
        return true;
    }

    // Letter by letter in lower case (ordinal); where one form starts the other, the longer comes first.
    private static int Compare(string a, string b)
    {
        var n = Math.Min(a.Length, b.Length);
        for (var i = 0; i < n; i++)
        {
            var (x, y) = (char.ToLowerInvariant(a[i]), char.ToLowerInvariant(b[i]));
            if (x != y)
            {
                return x.CompareTo(y);
            }
        }
        return b.Length.CompareTo(a.Length);
    }
}
