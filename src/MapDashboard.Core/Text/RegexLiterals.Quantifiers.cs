using System.Text.RegularExpressions;

namespace MapDashboard.Core.Text;

/// <summary>How often a pattern's atom repeats ("*", "+", "?", "{n,m}"), as <see cref="RegexLiterals"/> reads it.</summary>
internal sealed partial class RegexLiterals
{
    private (int Min, int Max) Quantifier()
    {
        if (_pos >= _pattern.Length)
        {
            return (1, 1);
        }
        (int, int) result;
        switch (_pattern[_pos])
        {
            case '*':
                _pos++;
                result = (0, int.MaxValue);
                break;
            case '+':
                _pos++;
                result = (1, int.MaxValue);
                break;
            case '?':
                _pos++;
                result = (0, 1);
                break;
            case '{' when IsQuantifierAt(_pos):
                var close = _pattern.IndexOf('}', _pos);
                var body = _pattern[(_pos + 1)..close].Split(',');
                _pos = close + 1;
                var min = int.Parse(body[0], System.Globalization.CultureInfo.InvariantCulture);
                result = (min, body.Length == 1 ? min : body[1].Length == 0 ? int.MaxValue : int.Parse(body[1], System.Globalization.CultureInfo.InvariantCulture));
                break;
            default:
                return (1, 1);
        }
        if (_pos < _pattern.Length && _pattern[_pos] == '?')
        {
            _pos++; // lazy: the same counts
        }
        return result;
    }

    // "{n}", "{n,}", "{n,m}"; any other "{" is a literal brace.
    private bool IsQuantifierAt(int at)
    {
        var close = _pattern.IndexOf('}', at);
        return close > at + 1 && Regex.IsMatch(_pattern[(at + 1)..close], @"^\d+(?:,\d*)?$");
    }
}
