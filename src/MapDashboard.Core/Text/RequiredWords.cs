using System.Buffers;
using System.Text;
using System.Text.RegularExpressions;

namespace MapDashboard.Core.Text;

/// <summary>
/// A cheap test run before a costly regex: every match of the regex holds one of some words (each alternative of the
/// pattern has one of them as literal text), so a text holding none of them cannot match and the regex is not run.
/// Words are matched anywhere, ignoring ASCII case or in exact case. A case-insensitive regex also takes a few
/// non-ASCII letters for ASCII ones (the Kelvin sign for k, the long s for s, the dotted and dotless i for i): a text
/// holding one of those may always match. Immutable and thread-safe.
/// </summary>
public sealed class RequiredWords
{
    /// <summary>The non-ASCII characters a case-insensitive regex may take for an ASCII letter.</summary>
    public const string AsciiLetterLookalikes = "\u212A\u017F\u0130\u0131";

    private static readonly SearchValues<char> Lookalikes = SearchValues.Create(AsciiLetterLookalikes);

    private static readonly RequiredWords Anything = new([], [], skipsAny: false);

    private readonly SearchValues<string> _anyCase;
    private readonly SearchValues<string> _exactCase;

    /// <summary>Words matched ignoring ASCII case, and words matched in their exact case (ASCII only, none empty).</summary>
    public RequiredWords(IReadOnlyList<string> anyCase, IReadOnlyList<string> exactCase)
        : this(anyCase, exactCase, skipsAny: true)
    {
    }

    private RequiredWords(IReadOnlyList<string> anyCase, IReadOnlyList<string> exactCase, bool skipsAny)
    {
        SkipsAny = skipsAny;
        foreach (var word in anyCase.Concat(exactCase))
        {
            if (word.Length == 0 || !Ascii.IsValid(word))
            {
                throw new ArgumentException($"a required word must be ASCII and not empty: '{word}'");
            }
        }
        _anyCase = SearchValues.Create([.. anyCase], StringComparison.OrdinalIgnoreCase);
        _exactCase = SearchValues.Create([.. exactCase], StringComparison.Ordinal);
    }

    /// <summary>Whether some text is ever skipped (false when a guarded pattern needs no word: then every text may match).</summary>
    public bool SkipsAny { get; }

    /// <summary>
    /// The words one of which every match of any of <paramref name="regexes"/> holds, read from the patterns themselves
    /// (<see cref="RegexLiterals"/>), so a word added to a pattern is never skipped.
    /// </summary>
    public static RequiredWords Of(params Regex[] regexes)
    {
        var all = new List<(string Word, bool ExactCase)>();
        foreach (var regex in regexes)
        {
            if (RegexLiterals.Of(regex.ToString(), regex.Options) is not { } words)
            {
                return Anything;
            }
            all.AddRange(words);
        }
        return FromWords(all);
    }

    // The guard of a set of words, each matched in any case or exactly as written.
    private static RequiredWords FromWords(IReadOnlyList<(string Word, bool ExactCase)> words) =>
        new([.. words.Where(w => !w.ExactCase).Select(w => w.Word).Distinct()], [.. words.Where(w => w.ExactCase).Select(w => w.Word).Distinct()]);

    /// <summary>
    /// Guards one of which each every match holds a word of (<see cref="RegexLiterals.AllOf"/>: each part of a one-branch
    /// pattern, "under" and "control" as well as the side's word of "under rebel control"), none when every text may match.
    /// </summary>
    public static RequiredWords[] AllOf(Regex regex) =>
        RegexLiterals.AllOf(regex.ToString(), regex.Options) is { } sets
            ? [.. sets.Select(FromWords)]
            : [];

    /// <summary>False when <paramref name="text"/> surely holds no match; true when it may.</summary>
    public bool MayMatch(ReadOnlySpan<char> text) =>
        !SkipsAny || text.ContainsAny(_anyCase) || text.ContainsAny(_exactCase) || text.ContainsAny(Lookalikes);
}
