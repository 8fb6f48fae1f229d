using System.Text.Json.Serialization;

namespace MapDashboard.Core.Articles;

/// <summary>
/// Maps offsets in cleaned text back to the original text, as runs: each run says "cleaned[c..c+n) is
/// original[o..o+n)" (or, for a decoded entity, one cleaned character standing for several original ones).
/// Offsets between runs (inserted line breaks) map to the next run's start.
/// </summary>
public sealed class OffsetMap
{
    private readonly int[] _cleanStarts;
    private readonly int[] _originalStarts;
    private readonly int[] _lengths;
    private readonly int[] _originalLengths;

    /// <summary>Creates a map from runs sorted by cleaned start.</summary>
    [JsonConstructor]
    public OffsetMap(int[] cleanStarts, int[] originalStarts, int[] lengths, int[] originalLengths)
    {
        _cleanStarts = cleanStarts;
        _originalStarts = originalStarts;
        _lengths = lengths;
        _originalLengths = originalLengths;
    }

    public int[] CleanStarts => _cleanStarts;

    public int[] OriginalStarts => _originalStarts;

    public int[] Lengths => _lengths;

    public int[] OriginalLengths => _originalLengths;

    /// <summary>The original offset of the cleaned character at <paramref name="cleanIndex"/>.</summary>
    public int ToOriginal(int cleanIndex)
    {
        var run = Array.BinarySearch(_cleanStarts, cleanIndex);
        if (run < 0)
        {
            run = ~run - 1;
        }
        if (run < 0)
        {
            return _originalStarts.Length == 0 ? 0 : _originalStarts[0];
        }
        var offset = cleanIndex - _cleanStarts[run];
        if (offset >= _lengths[run])
        {
            return run + 1 < _originalStarts.Length ? _originalStarts[run + 1] : _originalStarts[run] + _originalLengths[run];
        }
        return _lengths[run] == _originalLengths[run] ? _originalStarts[run] + offset : _originalStarts[run];
    }

    /// <summary>The original span of cleaned[start..end): from the first character's start to the last character's end.</summary>
    public (int Start, int End) ToOriginalSpan(int start, int end)
    {
        if (end <= start)
        {
            var at = ToOriginal(start);
            return (at, at);
        }
        var last = end - 1;
        var run = Array.BinarySearch(_cleanStarts, last);
        if (run < 0)
        {
            run = ~run - 1;
        }
        int originalEnd;
        if (run >= 0 && last - _cleanStarts[run] < _lengths[run])
        {
            originalEnd = _lengths[run] == _originalLengths[run]
                ? _originalStarts[run] + (last - _cleanStarts[run]) + 1
                : _originalStarts[run] + _originalLengths[run];
        }
        else
        {
            originalEnd = ToOriginal(last) + 1;
        }
        return (ToOriginal(start), originalEnd);
    }
}
