using System.Text;

namespace MapDashboard.Core.Articles;

/// <summary>Builds cleaned text from pieces of the original, recording where each piece came from.</summary>
internal sealed class CleanTextBuilder
{
    private readonly StringBuilder _text = new();
    private readonly List<int> _cleanStarts = [];
    private readonly List<int> _originalStarts = [];
    private readonly List<int> _lengths = [];
    private readonly List<int> _originalLengths = [];

    public int Length => _text.Length;

    /// <summary>Appends original[start..start+length) verbatim.</summary>
    public void AppendOriginal(string original, int start, int length)
    {
        if (length <= 0)
        {
            return;
        }
        var last = _lengths.Count - 1;
        if (last >= 0 && _lengths[last] == _originalLengths[last]
            && _cleanStarts[last] + _lengths[last] == _text.Length && _originalStarts[last] + _originalLengths[last] == start)
        {
            _lengths[last] += length;
            _originalLengths[last] += length;
        }
        else
        {
            AddRun(_text.Length, start, length, length);
        }
        _text.Append(original, start, length);
    }

    /// <summary>Appends text that stands for original[start..start+originalLength) (a decoded entity, say).</summary>
    public void AppendReplacement(string text, int originalStart, int originalLength)
    {
        if (text.Length == 0)
        {
            return;
        }
        AddRun(_text.Length, originalStart, text.Length, originalLength);
        _text.Append(text);
    }

    /// <summary>Appends text with no original counterpart (a paragraph break).</summary>
    public void AppendSynthetic(string text) => _text.Append(text);

    /// <summary>Removes trailing whitespace (and its runs).</summary>
    public void TrimEnd()
    {
        while (_text.Length > 0 && char.IsWhiteSpace(_text[^1]))
        {
            _text.Length--;
            var last = _lengths.Count - 1;
            if (last >= 0 && _cleanStarts[last] + _lengths[last] > _text.Length)
            {
                var excess = _cleanStarts[last] + _lengths[last] - _text.Length;
                _lengths[last] -= excess;
                if (_originalLengths[last] >= excess && _originalLengths[last] == _lengths[last] + excess)
                {
                    _originalLengths[last] -= excess;
                }
                if (_lengths[last] <= 0)
                {
                    RemoveLast();
                }
            }
        }
    }

    public (string Text, OffsetMap Map) Build() =>
        (_text.ToString(), new OffsetMap([.. _cleanStarts], [.. _originalStarts], [.. _lengths], [.. _originalLengths]));

    private void AddRun(int cleanStart, int originalStart, int length, int originalLength)
    {
        _cleanStarts.Add(cleanStart);
        _originalStarts.Add(originalStart);
        _lengths.Add(length);
        _originalLengths.Add(originalLength);
    }

    private void RemoveLast()
    {
        var last = _lengths.Count - 1;
        _cleanStarts.RemoveAt(last);
        _originalStarts.RemoveAt(last);
        _lengths.RemoveAt(last);
        _originalLengths.RemoveAt(last);
    }
}
