using System.Text.RegularExpressions;

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
        foreach (var match in ListCue().EnumerateMatches(text.AsSpan(start, end - start)))
        {
            result.Add(start + match.Index + match.Length);
        }
        return result;
    }

    /// <summary>Whether the text between two list items is a list separator (", ", " and ", ", and ", " or ").</summary>
    public static bool IsListSeparator(ReadOnlySpan<char> between) => Separator().IsMatch(between);

    [GeneratedRegex(@"\b(?:villages|towns|cities|hamlets|areas|settlements|localities|positions)\s+(?:of|such as|including)\s+(?:the\s+)?|\b(?:liberated|captured|seized|recaptured|regained|retook|entered|stormed|took control of|take control of|taking control of|taken control of|reported in|clashes in|fighting in|battles? (?:for|in)|near|towards|toward)\s+(?:the\s+)?", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ListCue();

    [GeneratedRegex(@"^(?:\s*,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+)(?:the\s+|near\s+(?:the\s+)?)?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Separator();
}
