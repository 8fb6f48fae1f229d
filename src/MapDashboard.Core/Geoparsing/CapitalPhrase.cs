using System.Text.RegularExpressions;

namespace MapDashboard.Core.Geoparsing;

/// <summary>
/// "the capital", "the Syrian capital", "the capital city": a country's capital named by its role, which reports about
/// a war use as often as its name ("mortars hit the capital", "the Mezzeh quarter of the capital"). Bare, it is the
/// capital of the country the deployment follows first (<see cref="RankerOptions.PriorFocus"/>); after a demonym of the
/// word list <c>capital</c> ("the Iraqi capital"), that country's. It is a place mention like a name, so the capital is
/// the event's place and locates what the sentence says lies in it. Not "the capital of X" (a seat: "Idlib, the capital
/// of the province"), not before a name in apposition ("the capital Damascus", "the capital, Damascus": the name is the
/// mention), and not "the group's capital" or "the provincial capital" (no demonym of a country before "capital").
/// </summary>
internal static partial class CapitalPhrase
{
    [GeneratedRegex(@"\b[Tt]he\s+(?:(?<adj>[A-Z][a-z]+)\s+)?capital(?:\s+city)?\b", RegexOptions.CultureInvariant)]
    private static partial Regex Phrase();

    [GeneratedRegex(@"^[Tt]he\s+(?:(?<adj>[A-Z][a-z]+)\s+)?capital(?:\s+city)?$", RegexOptions.CultureInvariant)]
    private static partial Regex Whole();

    [GeneratedRegex(@"^\s*,?\s*(?:of\b|[A-Z])", RegexOptions.CultureInvariant)]
    private static partial Regex OfOrNameAfter();

    /// <summary>The mentions with a mention added for each capital phrase outside them and outside non-place spans, in text order.</summary>
    public static IReadOnlyList<PlaceMention> With(string text, IReadOnlyList<PlaceMention> mentions, IReadOnlyList<(int Start, int End)> sentences,
        IReadOnlyList<(int Start, int End)> nonPlaces, GeoparsingWords words)
    {
        if (!text.Contains("capital", StringComparison.Ordinal))
        {
            return mentions;
        }
        List<PlaceMention>? added = null;
        foreach (Match m in Phrase().Matches(text))
        {
            var (start, end) = (m.Index, m.Index + m.Length);
            var adjective = m.Groups["adj"];
            var after = text.AsSpan(end, Math.Min(12, text.Length - end)).ToString();
            if ((adjective.Success && Entry(words, adjective.Value) is null) || OfOrNameAfter().IsMatch(after)
                || Overlaps(nonPlaces, start, end) || mentions.Any(x => x.Start < end && start < x.End))
            {
                continue;
            }
            var (sentenceStart, sentenceEnd) = sentences.FirstOrDefault(s => s.Start <= start && start < s.End, (Start: 0, End: text.Length));
            var (cues, direction) = MentionContext.Read(text, start, end, sentenceStart, sentenceEnd);
            (added ??= []).Add(new PlaceMention(text[start..end], start, end, cues, direction, true, sentenceStart, sentenceEnd));
        }
        return added is null ? mentions : mentions.Concat(added).OrderBy(x => x.Start).ToList();
    }

    /// <summary>
    /// The country and the capital's name a mention stands for when it is a capital phrase (the demonym's country, else the
    /// lead country of <paramref name="prior"/>), or null when it is not one or its country has no row.
    /// </summary>
    public static (string Country, string Name)? Capital(string mentionText, IReadOnlyDictionary<string, double> prior, GeoparsingWords words)
    {
        if (!mentionText.EndsWith("capital", StringComparison.Ordinal) && !mentionText.EndsWith("city", StringComparison.Ordinal)
            || Whole().Match(mentionText) is not { Success: true } m)
        {
            return null;
        }
        if (m.Groups["adj"] is { Success: true } adjective)
        {
            return Entry(words, adjective.Value) is { } row ? (row[0], row[2]) : null;
        }
        if (prior.Count == 0)
        {
            return null;
        }
        var lead = prior.MaxBy(p => p.Value).Key;
        return words.Get("capital").Select(e => e.Split(':')).FirstOrDefault(r => r[0] == lead) is { } home ? (home[0], home[2]) : null;
    }

    /// <summary>The row (country, demonym, capital) of a demonym, or null.</summary>
    private static string[]? Entry(GeoparsingWords words, string demonym) =>
        words.Get("capital").Select(e => e.Split(':')).FirstOrDefault(r => string.Equals(r[1], demonym, StringComparison.OrdinalIgnoreCase));

    private static bool Overlaps(IReadOnlyList<(int Start, int End)> spans, int start, int end)
    {
        foreach (var (s, e) in spans)
        {
            if (s < end && start < e)
            {
                return true;
            }
        }
        return false;
    }
}
