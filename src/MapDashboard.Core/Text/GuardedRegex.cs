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

    /// <summary>The first match in text[beginning..beginning+length], or <see cref="Match.Empty"/> when the required words rule one out.</summary>
    public Match Match(string text, int beginning, int length) =>
        _words.MayMatch(text.AsSpan(beginning, length)) ? Regex.Match(text, beginning, length) : System.Text.RegularExpressions.Match.Empty;
}
