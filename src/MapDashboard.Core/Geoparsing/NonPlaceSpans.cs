using System.Text.RegularExpressions;
using MapDashboard.Core.Text;

namespace MapDashboard.Core.Geoparsing;

/// <summary>
/// Spans that contain place names but are not places: armed groups built the Arabic way ("Jaish al-Islam (Idlib
/// branch)", "Ahrar al-Sham", "Liwa al-Quds"), media (an outlet's name, "X newspaper", "Y News Network") and persons
/// with a kunya or a title ("Abu Mohammed al-Jolani", "Brigadier General Suheil al-Hassan"), groups named the English way
/// ("X Front", "al-Y Forces") or by their head word before "fighters", "militants", and political parties ("X party"). The words (group heads,
/// outlets, titles, public figures) come from the geoparser's word file.
/// </summary>
public static class NonPlaceSpans
{
    private static readonly GeoparsingWords W = GeoparsingWords.Default;

    // A name word, with the particle it may open with ("al-X", "ibn Y"); the article alone is Article ("al-X", "el-Y").
    private static readonly string Name = "(?:" + W.Alternation("name-particle") + @"[-\s])?[A-Z][\w'’`‘-]*";
    private static readonly string Article = W.Alternation("name-article");

    private static readonly Regex[] Patterns =
    [
        Make(@"\b" + W.Alternation("group-head") + @"\s+(?:" + Name + @")(?:\s+(?:" + Name + @"))*"),
        Make(@"\b(?:[A-Z][\w-]*\s+){1,3}" + W.Alternation("media-suffix") + @"\b|\b" + W.Alternation("outlet") + @"\b|\b[A-Z][\w-]+\s+Islamic\s+" + W.Alternation("islamic-group-tail") + @"\b"),
        // A kunya ("Abu Mohammed al-Jolani"), not a place named with "Abu" and an article ("Abu al-Duhur", "Abu ash-Shams").
        new(@"\bAbu\s+(?!" + W.Alternation("abu-article") + @"[-\s]|" + W.Alternation("abu-article-hyphen") + @"-)[A-Z][\w-]+(?:\s+" + Article + @"-[A-Z][\w-]+)+",
            Events.WordListRegexes.Options),
        Make(@"\b" + W.Alternation("titled-person") + @"\s+(?:[A-Z][\w-]+\s+)?(?:" + Article + @"-)?[A-Z][\w-]+(?:\s+" + Article + @"-[A-Z][\w-]+)?"),
        Make(@"\b" + W.Alternation("known-person") + @"\b|\b[A-Z][\w-]+(?=\s+regime\b)"),
        Make(@"\b(?:" + Article + @"[\s-])?[A-Z][\w’'`-]+\s+" + W.Alternation("kin-word") + @"\b"),
        Make(@"\b(?:" + Article + @"[\s-])?[A-Z][\w’'`-]+\s+" + W.Alternation("group-tail") + @"\b"),
        // A group's name of two or three words before its tail ("the X al-Y Division"): a place-like word anywhere in it is
        // the group's, not where the event happened. Only the whole capitalised run: a span ending inside a longer run would
        // leave its first words to be read as a place of their own.
        Make(@"(?<![A-Z][\w’'`-]*\s+)\b(?:(?:" + Article + @"[\s-])?[A-Z][\w’'`-]+\s+){2,3}" + W.Alternation("group-tail") + @"\b"),
        // Not when a settlement word presents the span as a place ("X Bin Y village", "the town of X Ibn Y"): villages
        // carry a nasab in their names too.
        Make(@"(?<!\b(?i:" + W.Alternation("settlement-before") + @")\s+of\s+)\b(?!(?i:" + W.Alternation("generic-head") + @")\s)[A-Z][\w’'`-]+\s+(?i:"
            + W.Alternation("nasab") + @")\s+(?:" + Article + @"[\s-])?[A-Z][\w’'`-]+(?![\w’'`-])(?!\s+(?i:" + W.Alternation("settlement-after") + @")\b)"),
        Make(@"\b" + W.Alternation("group-head") + @"(?=\s+" + W.Alternation("group-member") + @"\b)"),
        // A political party named after a place or a creed ("the Baath party", "a Kurdish Union Party office"), in either case.
        Make(@"\b[A-Z][\w’'`-]+\s+(?i:" + W.Alternation("party-tail") + @")\b"),
    ];

    // Most articles hold none of the words some patterns need (a party, a kin word, a title): those patterns do not scan
    // the article. The words are read from each pattern itself, so the guard never skips a text the pattern would match.
    private static readonly RequiredWords[] Guards = [.. Patterns.Select(p => RequiredWords.Of(p))];

    private static readonly Regex Branch = Make(@"\s*\([A-Z][\w-]*\s+" + W.Alternation("branch-word") + @"\)");

    /// <summary>
    /// The non-place spans of <paramref name="text"/> (a new list). The geoparser finds them once per article and hands
    /// them to the recognizer and the ranker.
    /// </summary>
    public static List<(int Start, int End)> Find(string text)
    {
        var spans = new List<(int, int)>();
        for (var i = 0; i < Patterns.Length; i++)
        {
            if (!Guards[i].MayMatch(text))
            {
                continue;
            }
            for (var m = Patterns[i].Match(text); m.Success; m = m.NextMatch())
            {
                var end = m.Index + m.Length;
                var branch = Branch.Match(text, end);
                if (branch.Success && branch.Index == end)
                {
                    end += branch.Length;
                }
                spans.Add((m.Index, end));
            }
        }
        return spans;
    }

    /// <summary>Whether each pattern's guard ever skips a text (for tests: a pattern that needs no word is always run).</summary>
    internal static IEnumerable<bool> GuardsSkip => Guards.Select(g => g.SkipsAny);

    private static Regex Make(string pattern) => new(pattern, RegexOptions.CultureInvariant | Events.WordListRegexes.Options);
}
