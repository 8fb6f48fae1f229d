using System.Text.RegularExpressions;
using MapDashboard.Core.Text;

namespace MapDashboard.Core.Geoparsing;

/// <summary>
/// Finds where a sentence introduces a list of places ("liberated A, B and C", "the villages of A and B",
/// "reported in A, B"), so that names the gazetteer lacks are still reported as places, not dropped.
/// </summary>
internal static partial class PlaceListCues
{
    /// <summary>Offsets right after each list-introducing cue within text[start..end].</summary>
    public static List<int> ListStarts(string text, int start, int end)
    {
        var result = new List<int>();
        var sentence = text.AsSpan(start, end - start);
        if (!ListCueWords.MayMatch(sentence))
        {
            return result;
        }
        foreach (var match in ListCueRegex.EnumerateMatches(sentence))
        {
            result.Add(start + match.Index + match.Length);
        }
        return result;
    }

    /// <summary>Whether the text between two list items is a list separator (", ", " and ", ", and ", " or ").</summary>
    public static bool IsListSeparator(ReadOnlySpan<char> between) => Separator().IsMatch(between);

    /// <summary>
    /// Whether the text between two places joins them in one list, allowing up to two lower-case words of the first
    /// item before the separator ("A village, B", "A hill and B"): list-mates share the place that locates the list.
    /// </summary>
    public static bool IsListGap(ReadOnlySpan<char> between) => ListGap().IsMatch(between);

    private static readonly GeoparsingWords W = GeoparsingWords.Default;

    /// <summary>The list-cue pattern (for tests of its required words).</summary>
    internal static Regex Pattern => ListCueRegex;

    private static readonly Regex ListCueRegex = new(
        @"\b" + W.Alternation("list-cue-plural") + @"\s+" + W.Alternation("list-cue-link") + @"\s+(?:the\s+)?|\b" + W.Alternation("list-cue-verb") + @"\s+(?:the\s+)?",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | Events.WordListRegexes.Options);

    // Every cue holds one of these words (read from the pattern), so a sentence holding none is not scanned. The
    // cues' optional hyphens do not fit the trigger finder's leading-run key; a required word does not care.
    private static readonly RequiredWords ListCueWords = RequiredWords.Of(ListCueRegex);

    [GeneratedRegex(@"^(?:\s*,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+)(?:the\s+|near\s+(?:the\s+)?)?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Separator();

    [GeneratedRegex(@"^(?:\s+\p{Ll}[\p{Ll}-]*){0,2}(?:\s*,\s*(?:and\s+|or\s+)?|\s+(?:and|or|&)\s+)(?:the\s+)?$", RegexOptions.CultureInvariant)]
    private static partial Regex ListGap();
}
