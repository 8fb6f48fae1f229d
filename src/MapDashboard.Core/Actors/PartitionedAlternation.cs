using System.Text.RegularExpressions;
using MapDashboard.Core.Text;

namespace MapDashboard.Core.Actors;

/// <summary>
/// A word-bounded alternation of word forms, <c>(?&lt;![\w-])(?:p1|p2|...)(?![\w-])</c>, that answers exactly as the one
/// regex would, for less: the backtracking engine tries every alternative, one after the other, at every word start of
/// the text, and with hundreds of aliases that is most of the actor recognizer's time. Here each position tries only the
/// alternatives whose form can begin there (<see cref="LeadingRunIndex"/>: the forms whose leading letters are the
/// word's), in their original order, so the alternative that wins is the same. Positions where the look-behind surely
/// fails (after an ASCII letter, digit, '_' or '-') are skipped; where the index works nothing out, every alternative
/// is tried. Immutable and thread-safe.
/// </summary>
public sealed class PartitionedAlternation
{
    private const string Before = @"(?<![\w-])";
    private const string After = @"(?![\w-])";

    private readonly Regex _all;
    private readonly LeadingRunIndex _index;
    // Built on first use: a short run meets few of the groups.
    private readonly Dictionary<int[], Lazy<Regex>?> _byGroup = new(ReferenceEqualityComparer.Instance);
    // Each group's forms: a position where none is found whole (LeadingRunIndex.WholeFormAt) is not tried.
    private readonly Dictionary<int[], string[]> _wholeForms = new(ReferenceEqualityComparer.Instance);

    /// <summary>
    /// Builds the matcher over <paramref name="patterns"/> (regex patterns, tried in this order), each the pattern of the
    /// plain form at the same place of <paramref name="forms"/> (<see cref="LeadingRunIndex"/> says how forms match).
    /// </summary>
    public PartitionedAlternation(IReadOnlyList<string> patterns, IReadOnlyList<string> forms, RegexOptions options)
    {
        if (patterns.Count != forms.Count)
        {
            throw new ArgumentException($"{patterns.Count} patterns but {forms.Count} forms", nameof(forms));
        }
        _all = new Regex(@"\G" + Before + "(?:" + string.Join("|", patterns) + ")" + After, options);
        _index = new LeadingRunIndex([.. forms.Select(f => (IReadOnlyList<string>)[f])]);
        foreach (var group in _index.Groups)
        {
            _wholeForms[group] = [.. group.Select(i => forms[i])];
            _byGroup[group] = group.Length == 0 ? null
                : new Lazy<Regex>(() => new Regex(@"\G" + Before + "(?:" + string.Join("|", group.Select(i => patterns[i])) + ")" + After, options));
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
            var regex = RegexAt(text, p);
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
        var regex = RegexAt(text, index);
        return regex is null ? System.Text.RegularExpressions.Match.Empty : regex.Match(text, index);
    }

    /// <summary>Whether any alternative is tried at <paramref name="position"/> (false: none can match there).</summary>
    internal bool TriesAt(string text, int position) => RegexAt(text, position) is not null;

    /// <summary>
    /// The alternation of the alternatives that can match at a word start, or null when none can: no form starts with the
    /// word, or none is found whole there.
    /// </summary>
    private Regex? RegexAt(string text, int position)
    {
        if (!_index.TryEntriesAt(text, position, out var group))
        {
            return _all;
        }
        foreach (var form in _wholeForms[group])
        {
            if (LeadingRunIndex.WholeFormAt(text, position, form))
            {
                return _byGroup[group]?.Value;
            }
        }
        return null;
    }

    private static bool IsAsciiWordOrHyphen(char c) => c < 128 && (char.IsAsciiLetterOrDigit(c) || c is '_' or '-');
}
