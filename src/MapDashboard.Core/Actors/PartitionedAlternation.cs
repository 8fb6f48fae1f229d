using System.Text.RegularExpressions;

namespace MapDashboard.Core.Actors;

/// <summary>
/// A word-bounded alternation, <c>(?&lt;![\w-])(?:p1|p2|...)(?![\w-])</c>, that answers exactly as the one regex would,
/// for less: the backtracking engine tries every alternative, one after the other, at every word start of the text,
/// and with hundreds of aliases that is most of the actor recognizer's time. Here each position tries only the
/// alternatives that can begin with its character (the others fail on their first character anyway), in their original
/// order, so the alternative that wins is the same. Positions where the look-behind surely fails (after an ASCII letter,
/// digit, '_' or '-') are skipped; a non-ASCII character, whose case equivalents are not worked out here, is tried
/// against every alternative. Immutable and thread-safe.
/// </summary>
public sealed class PartitionedAlternation
{
    private const string Before = @"(?<![\w-])";
    private const string After = @"(?![\w-])";

    private readonly Regex _all;
    private readonly Regex?[] _byAscii = new Regex?[128];

    /// <summary>
    /// Builds the matcher over <paramref name="alternatives"/> (regex patterns, tried in this order), each beginning with a
    /// literal character, an escaped one, <c>['’]</c> or a <c>(?-i:</c> group; anything else is tried at every position.
    /// </summary>
    public PartitionedAlternation(IReadOnlyList<string> alternatives, RegexOptions options)
    {
        _all = new Regex(@"\G" + Before + "(?:" + string.Join("|", alternatives) + ")" + After, options);
        var firsts = alternatives.Select(FirstCharacters).ToArray();
        var shared = new Dictionary<string, Regex>(StringComparer.Ordinal);
        for (var c = 0; c < 128; c++)
        {
            var fitting = alternatives.Where((_, i) => firsts[i] is null || firsts[i]!.Contains((char)c)).ToList();
            if (fitting.Count == 0)
            {
                continue;
            }
            var pattern = @"\G" + Before + "(?:" + string.Join("|", fitting) + ")" + After;
            if (!shared.TryGetValue(pattern, out var regex))
            {
                regex = new Regex(pattern, options);
                shared[pattern] = regex;
            }
            _byAscii[c] = regex;
        }
    }

    /// <summary>The pattern as one regex anchored at the start position (<c>\G</c>), for reference.</summary>
    public Regex Anchored => _all;

    /// <summary>The first match at or after <paramref name="startat"/>, as the unanchored alternation would find it.</summary>
    public Match Match(string text, int startat)
    {
        for (var p = startat; p < text.Length; p++)
        {
            if (p > 0 && IsAsciiWordOrHyphen(text[p - 1]))
            {
                continue;
            }
            var c = text[p];
            var regex = c < 128 ? _byAscii[c] : _all;
            if (regex is null)
            {
                continue;
            }
            var m = regex.Match(text, p);
            if (m.Success)
            {
                return m;
            }
        }
        return System.Text.RegularExpressions.Match.Empty;
    }

    /// <summary>The match starting exactly at <paramref name="index"/>, as the <c>\G</c>-anchored alternation finds it.</summary>
    public Match MatchAt(string text, int index)
    {
        if (index >= text.Length || (index > 0 && IsAsciiWordOrHyphen(text[index - 1])))
        {
            return System.Text.RegularExpressions.Match.Empty;
        }
        var c = text[index];
        var regex = c < 128 ? _byAscii[c] : _all;
        return regex is null ? System.Text.RegularExpressions.Match.Empty : regex.Match(text, index);
    }

    private static bool IsAsciiWordOrHyphen(char c) => c < 128 && (char.IsAsciiLetterOrDigit(c) || c is '_' or '-');

    /// <summary>
    /// The ASCII characters an alternative can begin with (both cases of a letter: the alternation ignores case, and a
    /// case-sensitive group only narrows that), or null when it is not worked out: it is then tried everywhere.
    /// </summary>
    internal static HashSet<char>? FirstCharacters(string pattern)
    {
        if (pattern.Contains('|', StringComparison.Ordinal))
        {
            // Possibly alternatives of its own, each with its own first character.
            return null;
        }
        var rest = pattern.StartsWith("(?-i:", StringComparison.Ordinal) ? pattern[5..] : pattern;
        if (rest.StartsWith("['’]", StringComparison.Ordinal))
        {
            return ['\''];
        }
        if (rest.Length == 0)
        {
            return null;
        }
        char first;
        if (rest[0] == '\\')
        {
            // An escaped character is itself unless the escape is a class or a control (\s, \t, \d ...).
            if (rest.Length < 2 || char.IsAsciiLetterOrDigit(rest[1]))
            {
                return null;
            }
            first = rest[1];
        }
        else if ("([{.^$|?*+)".Contains(rest[0], StringComparison.Ordinal))
        {
            return null;
        }
        else
        {
            first = rest[0];
        }
        if (first >= 128)
        {
            return null;
        }
        // A single character after the first one may be a quantifier ("a?", "a*") that makes the first optional.
        var after = rest[0] == '\\' ? 2 : 1;
        if (after < rest.Length && rest[after] is ('?' or '*' or '{'))
        {
            return null;
        }
        return char.IsAsciiLetter(first) ? [char.ToLowerInvariant(first), char.ToUpperInvariant(first)] : [first];
    }
}
