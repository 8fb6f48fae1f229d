using System.Text;
using System.Text.RegularExpressions;

namespace MapDashboard.Core.Text;

/// <summary>
/// Works out, from a regex's own pattern, literal words one of which every match holds (for <see cref="RequiredWords"/>):
/// an alternation needs one word from each branch, a sequence takes its most selective part (a run of literal characters
/// or a group that needs one; judged by the longest single word, so "in the" loses to "past"). Anything it does not read (a class, a lazy or optional part, a lookaround, a
/// backreference) needs nothing, so the answer is never wrong, only sometimes empty (null: every text may match).
/// </summary>
internal sealed partial class RegexLiterals
{
    private readonly string _pattern;
    private int _pos;

    private RegexLiterals(string pattern) => _pattern = pattern;

    /// <summary>The words (and whether each must match in its exact case) one of which every match holds, or null.</summary>
    public static List<(string Word, bool ExactCase)>? Of(string pattern, RegexOptions options)
    {
        if ((options & RegexOptions.IgnorePatternWhitespace) != 0)
        {
            return null;
        }
        var reader = new RegexLiterals(pattern);
        try
        {
            var words = reader.Alternation((options & RegexOptions.IgnoreCase) != 0);
            return reader._pos == pattern.Length ? words : null;
        }
        catch (Exception e) when (e is NotSupportedException or IndexOutOfRangeException or ArgumentOutOfRangeException)
        {
            return null; // a construct not read, or a pattern cut short: no requirement, every text may match
        }
    }

    private List<(string, bool)>? Alternation(bool ignoreCase)
    {
        var union = Sequence(ignoreCase);
        while (_pos < _pattern.Length && _pattern[_pos] == '|')
        {
            _pos++;
            var branch = Sequence(ignoreCase);
            union = union is null || branch is null ? null : [.. union, .. branch];
        }
        return union;
    }

    private List<(string, bool)>? Sequence(bool ignoreCase)
    {
        var parts = new List<List<(string, bool)>>();
        var run = new StringBuilder();
        void EndRun()
        {
            if (run.Length > 0)
            {
                parts.Add([(run.ToString(), !ignoreCase)]);
                run.Clear();
            }
        }
        while (_pos < _pattern.Length && _pattern[_pos] is not ('|' or ')'))
        {
            var (literal, words, zeroWidth) = Atom(ignoreCase);
            var (min, max) = Quantifier();
            if (zeroWidth)
            {
                if (words is not null && min >= 1)
                {
                    parts.Add(words); // a positive lookaround (read for AllOf only)
                }
                continue; // \b, ^, $: no characters, so the run of literals goes on across it
            }
            if (literal is { } c && c < 128 && min >= 1)
            {
                run.Append(c);
                if (max != 1)
                {
                    EndRun(); // "ab+c" holds "ab", then a repeat
                }
                continue;
            }
            EndRun();
            if (words is not null && min >= 1)
            {
                parts.Add(words);
            }
        }
        EndRun();
        if (_depth == 0)
        {
            _topParts.Add(parts);
        }
        // The most selective part: its poorest word's longest single word largest ("in the " counts as "the"), then the fewest words.
        return parts.Count == 0 ? null : parts.MaxBy(p => (p.Min(w => LongestWord(w.Item1)), -p.Count));
    }

    // The length of the longest run of ASCII letters and digits in a literal.
    private static int LongestWord(string literal)
    {
        int longest = 0, current = 0;
        foreach (var c in literal)
        {
            current = char.IsAsciiLetterOrDigit(c) ? current + 1 : 0;
            longest = Math.Max(longest, current);
        }
        return longest;
    }

    private (char? Literal, List<(string, bool)>? Words, bool ZeroWidth) Atom(bool ignoreCase)
    {
        var c = _pattern[_pos++];
        switch (c)
        {
            case '(':
                return Group(ignoreCase);
            case '[':
                SkipClass();
                return (null, null, false);
            case '.':
                return (null, null, false);
            case '^' or '$':
                return (null, null, true);
            case '\\':
                return Escape();
            case '*' or '+' or '?' or '{':
                if (c == '{' && !IsQuantifierAt(_pos - 1))
                {
                    return (c, null, false);
                }
                throw new NotSupportedException("a quantifier with nothing before it");
            default:
                return (c, null, false);
        }
    }

    private (char? Literal, List<(string, bool)>? Words, bool ZeroWidth) Group(bool ignoreCase)
    {
        var words = (List<(string, bool)>?)null;
        var keep = true;
        var positive = false;
        if (_pos < _pattern.Length && _pattern[_pos] == '?')
        {
            _pos++;
            var next = _pattern[_pos];
            if (next is ':' or '>')
            {
                _pos++;
            }
            else if (next is '=' or '!' || (next == '<' && _pattern[_pos + 1] is '=' or '!'))
            {
                // A lookaround holds no characters of the match; a positive one still needs its words in the input.
                positive = _lookarounds && (next == '=' || _pattern[_pos + 1] == '=');
                _pos += next == '<' ? 2 : 1;
                keep = false;
            }
            else if (next is '<' or '\'')
            {
                var close = next == '<' ? '>' : '\'';
                _pos = _pattern.IndexOf(close, _pos + 1) + 1;
                if (_pos == 0)
                {
                    throw new NotSupportedException("an unclosed group name");
                }
            }
            else
            {
                ignoreCase = Options(ignoreCase);
            }
        }
        _depth++;
        words = Alternation(ignoreCase);
        _depth--;
        if (_pos >= _pattern.Length || _pattern[_pos] != ')')
        {
            throw new NotSupportedException("an unclosed group");
        }
        _pos++;
        return (null, keep || positive ? words : null, !keep);
    }

    // "(?i:", "(?-i:", "(?n:": the case option inside the group. An option for the rest of the group ("(?i)"), a
    // comment, a conditional or free spacing is not read.
    private bool Options(bool ignoreCase)
    {
        var on = true;
        for (; _pos < _pattern.Length; _pos++)
        {
            switch (_pattern[_pos])
            {
                case ':':
                    _pos++;
                    return ignoreCase;
                case '-':
                    on = false;
                    break;
                case 'i':
                    ignoreCase = on;
                    break;
                case 'm' or 'n' or 's':
                    break;
                default:
                    throw new NotSupportedException("an inline option or construct not read");
            }
        }
        throw new NotSupportedException("an unclosed option group");
    }

    private (char? Literal, List<(string, bool)>? Words, bool ZeroWidth) Escape()
    {
        var c = _pattern[_pos++];
        switch (c)
        {
            case 'b' or 'B' or 'A' or 'z' or 'Z' or 'G':
                return (null, null, true);
            case 'p' or 'P':
                _pos = _pattern.IndexOf('}', _pos) + 1;
                return _pos == 0 ? throw new NotSupportedException("an unclosed category") : (null, null, false);
            case 'k':
                throw new NotSupportedException("a named backreference");
            case 't':
                return ('\t', null, false);
            case 'n':
                return ('\n', null, false);
            case 'r':
                return ('\r', null, false);
            case 'x' or 'u' or 'c' or 'e' or 'f' or 'v' or 'a':
                throw new NotSupportedException("a character escape not read");
            default:
                // \w, \s, \d and their negations, and backreferences, stand for no one character; "\." or "\-" is itself.
                return char.IsLetterOrDigit(c) ? (null, null, false) : (c, null, false);
        }
    }

    private void SkipClass()
    {
        var depth = 1;
        if (_pos < _pattern.Length && _pattern[_pos] == '^')
        {
            _pos++;
        }
        if (_pos < _pattern.Length && _pattern[_pos] == ']')
        {
            _pos++; // a "]" first in a class is itself
        }
        while (_pos < _pattern.Length && depth > 0)
        {
            var c = _pattern[_pos++];
            if (c == '\\')
            {
                _pos++;
            }
            else if (c == '[')
            {
                depth++;
            }
            else if (c == ']')
            {
                depth--;
            }
        }
        if (depth > 0)
        {
            throw new NotSupportedException("an unclosed class");
        }
    }
}
