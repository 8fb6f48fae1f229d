using System.Runtime.CompilerServices;
using System.Text.RegularExpressions;

namespace MapDashboard.Core.Text;

/// <summary>
/// A regex behind the words every match of it holds (<see cref="RequiredWords.Of"/>, read from its own pattern): a
/// text holding none of them is answered "no match" without running the regex. Immutable and thread-safe.
/// </summary>
internal sealed class GuardedRegex(Regex regex)
{
    // The guard of each regex built at run time (lexicon patterns), made once and kept while the regex lives.
    private static readonly ConditionalWeakTable<Regex, GuardedRegex> Guards = [];

    private readonly RequiredWords _words = RequiredWords.Of(regex);

    /// <summary>The guarded form of <paramref name="regex"/>, made at its first use and shared after (a regex is immutable).</summary>
    public static GuardedRegex For(Regex regex) => Guards.GetValue(regex, r => new GuardedRegex(r));

    /// <summary>The regex itself.</summary>
    public Regex Regex { get; } = regex;

    /// <summary>Whether the guard ever skips a text (false when the pattern needs no word).</summary>
    public bool SkipsAny => _words.SkipsAny;

    /// <summary>False when the text surely holds no match (none of the required words); true says only that it may.</summary>
    public bool MayMatch(ReadOnlySpan<char> text) => _words.MayMatch(text);

    /// <summary>False when the text holds none of the required words (it cannot match), else whether the regex matches.</summary>
    public bool IsMatch(ReadOnlySpan<char> text) => _words.MayMatch(text) && Regex.IsMatch(text);

    /// <summary>
    /// Whether the regex matches somewhere in the text, answered (behind the guard) by the same pattern run right to left
    /// and interpreted, built at its first use: a match exists in one direction exactly when it does in the other, and a
    /// pattern anchored at the text's end ("... from $") is then tried once, at the end, where left to right tries it at
    /// every position its first word may start at; it is also never JIT-compiled. Not for a pattern holding \G (the
    /// position a right-to-left match starts at is the text's end).
    /// </summary>
    public bool IsMatchFromEnd(ReadOnlySpan<char> text) => _words.MayMatch(text) && FromEnd.IsMatch(text);

    private Regex FromEnd => _fromEnd ??= new Regex(Regex.ToString(), (Regex.Options & ~RegexOptions.Compiled) | RegexOptions.RightToLeft, Regex.MatchTimeout);

    // Built on first use (a benign race: two threads may each build one, both answer alike).
    private Regex? _fromEnd;

    /// <summary>The first match in text[beginning..beginning+length], or <see cref="Match.Empty"/> when the required words rule one out.</summary>
    public Match Match(string text, int beginning, int length) =>
        _words.MayMatch(text.AsSpan(beginning, length)) ? Regex.Match(text, beginning, length) : System.Text.RegularExpressions.Match.Empty;
}
