using System.Text.RegularExpressions;

namespace MapDashboard.Core.Events;

/// <summary>
/// Which trigger rules can match a sentence at all, from its words, before any of their regexes runs (most rules find
/// nothing in most sentences, and scanning for that was most of the trigger finder's time). A rule's regex is a
/// word-bounded alternation of word forms, <c>(?&lt;![\w-])(?:form|form...)(?![\w-])</c>; a match starts a word and its
/// leading run of ASCII letters is a whole run of letters of the sentence, so a rule none of whose forms' first runs
/// is a run of the sentence (ignoring case) cannot match. Conservative: a rule whose pattern is not of that shape, or
/// has a form not beginning with such a run, is always possible; a sentence with a non-ASCII letter (which a
/// case-insensitive regex may take for an ASCII one) leaves every rule possible. Immutable and thread-safe.
/// </summary>
public sealed class TriggerPrefilter
{
    private const string Before = @"(?<![\w-])(?:";
    private const string After = @")(?![\w-])";
    private const string CaseSensitive = "(?-i:";

    private readonly int _count;
    private readonly bool[] _always;
    private readonly Dictionary<string, int[]>.AlternateLookup<ReadOnlySpan<char>> _byFirstRun;
    private readonly int _longestRun;

    /// <summary>Reads the first letter runs of the forms of every pattern (the trigger rules', in order).</summary>
    public TriggerPrefilter(IReadOnlyList<Regex> patterns)
    {
        _count = patterns.Count;
        _always = new bool[patterns.Count];
        var byRun = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        for (var i = 0; i < patterns.Count; i++)
        {
            if (FirstRuns(patterns[i].ToString()) is not { } runs)
            {
                _always[i] = true;
                continue;
            }
            foreach (var run in runs)
            {
                if (!byRun.TryGetValue(run, out var rules))
                {
                    byRun[run] = rules = [];
                }
                if (!rules.Contains(i))
                {
                    rules.Add(i);
                }
            }
        }
        _byFirstRun = byRun.ToDictionary(p => p.Key, p => p.Value.ToArray(), StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();
        _longestRun = byRun.Keys.Select(k => k.Length).DefaultIfEmpty(0).Max();
    }

    /// <summary>For each pattern, in order, whether it may match <paramref name="sentence"/> (false: it surely does not).</summary>
    public bool[] Possible(string sentence)
    {
        var possible = new bool[_count];
        foreach (var c in sentence)
        {
            if (c >= 128 && char.IsLetter(c))
            {
                Array.Fill(possible, true);
                return possible;
            }
        }
        Array.Copy(_always, possible, _count);
        Span<char> lower = stackalloc char[Math.Max(1, _longestRun)];
        for (var i = 0; i < sentence.Length;)
        {
            if (!char.IsAsciiLetter(sentence[i]))
            {
                i++;
                continue;
            }
            var start = i;
            while (i < sentence.Length && char.IsAsciiLetter(sentence[i]))
            {
                i++;
            }
            if (i - start > _longestRun)
            {
                continue;
            }
            var run = lower[..(i - start)];
            for (var k = 0; k < run.Length; k++)
            {
                run[k] = char.ToLowerInvariant(sentence[start + k]);
            }
            if (_byFirstRun.TryGetValue(run, out var rules))
            {
                foreach (var rule in rules)
                {
                    possible[rule] = true;
                }
            }
        }
        return possible;
    }

    /// <summary>The lower-case first letter run of every form of a word-list pattern, or null when one is not worked out.</summary>
    internal static List<string>? FirstRuns(string pattern)
    {
        if (!pattern.StartsWith(Before, StringComparison.Ordinal) || !pattern.EndsWith(After, StringComparison.Ordinal) || pattern.Length < Before.Length + After.Length)
        {
            return null;
        }
        var runs = new List<string>();
        foreach (var form in Alternatives(pattern[Before.Length..^After.Length]) ?? [])
        {
            if (FirstRun(form) is not { } run)
            {
                return null;
            }
            runs.Add(run);
        }
        return runs.Count > 0 ? runs : null;
    }

    /// <summary>The top-level alternatives of a pattern, or null when its groups or classes do not close.</summary>
    private static List<string>? Alternatives(string inner)
    {
        var result = new List<string>();
        var (depth, from) = (0, 0);
        for (var i = 0; i < inner.Length; i++)
        {
            switch (inner[i])
            {
                case '\\':
                    i++;
                    break;
                case '[':
                    var close = inner.IndexOf(']', i + 1);
                    if (close < 0)
                    {
                        return null;
                    }
                    i = close;
                    break;
                case '(':
                    depth++;
                    break;
                case ')':
                    if (--depth < 0)
                    {
                        return null;
                    }
                    break;
                case '|' when depth == 0:
                    result.Add(inner[from..i]);
                    from = i + 1;
                    break;
            }
        }
        if (depth != 0)
        {
            return null;
        }
        result.Add(inner[from..]);
        return result;
    }

    /// <summary>
    /// The leading ASCII letter run of one form, lower case, when what follows it can only be a non-letter (the form's
    /// end, white space, an escaped or plain punctuation mark or digit); else null.
    /// </summary>
    private static string? FirstRun(string form)
    {
        var grouped = form.StartsWith(CaseSensitive, StringComparison.Ordinal);
        var text = grouped ? form[CaseSensitive.Length..] : form;
        var k = 0;
        while (k < text.Length && char.IsAsciiLetter(text[k]))
        {
            k++;
        }
        if (k == 0)
        {
            return null;
        }
        // What follows the run: 0, the form's end (the look-ahead then refuses a letter); else the length of a non-letter
        // element (white space, an escaped or plain mark or digit); -1 when it might match a letter or nothing.
        var next = k == text.Length ? 0
            : grouped && text[k] == ')' && k == text.Length - 1 ? 0
            : text[k] == '\\' && k + 2 < text.Length && text[k + 1] == 's' && text[k + 2] == '+' ? 3
            : text[k] == '\\' && k + 1 < text.Length && !char.IsAsciiLetterOrDigit(text[k + 1]) ? 2
            : text[k] < 128 && !char.IsAsciiLetter(text[k]) && !"\\[().?*+{|^$".Contains(text[k], StringComparison.Ordinal) ? 1
            : -1;
        var follows = next == 0 || (next > 0 && (k + next >= text.Length || text[k + next] is not ('?' or '*' or '{')));
        return follows ? text[..k].ToLowerInvariant() : null;
    }
}
