using System.Text.RegularExpressions;

namespace MapDashboard.Core.Text;

/// <summary>The sets of words every match holds one of each (a conjunction of <see cref="Of"/>'s one set).</summary>
internal sealed partial class RegexLiterals
{
    // For AllOf: the group depth, the parts of each top-level branch, and whether positive lookarounds are read.
    private int _depth;
    private readonly List<List<List<(string, bool)>>> _topParts = [];
    private bool _lookarounds;

    /// <summary>
    /// Sets of words, every match holding one word of each set (or null: every text may match): for a pattern of one
    /// top-level branch, each of its parts that needs a word, and the words a positive lookaround needs (the text it looks
    /// at is the input's); for several branches, the one set <see cref="Of"/> reads.
    /// </summary>
    public static List<List<(string Word, bool ExactCase)>>? AllOf(string pattern, RegexOptions options)
    {
        if ((options & RegexOptions.IgnorePatternWhitespace) != 0)
        {
            return null;
        }
        var reader = new RegexLiterals(pattern) { _lookarounds = true };
        try
        {
            var words = reader.Alternation((options & RegexOptions.IgnoreCase) != 0);
            if (reader._pos != pattern.Length)
            {
                return null;
            }
            return reader._topParts.Count == 1 ? (reader._topParts[0].Count == 0 ? null : reader._topParts[0]) : words is null ? null : [words];
        }
        catch (Exception e) when (e is NotSupportedException or IndexOutOfRangeException or ArgumentOutOfRangeException)
        {
            return null;
        }
    }
}
