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
            if ((adjective.Success && !IsDemonym(words, adjective.Value)) || OfOrNameAfter().IsMatch(after)
                || nonPlaces.Any(x => x.Start < end && start < x.End) || mentions.Any(x => x.Start < end && start < x.End))
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
        var adjective = m.Groups["adj"];
        if (!adjective.Success && prior.Count == 0)
        {
            return null;
        }
        var lead = adjective.Success ? null : prior.MaxBy(p => p.Value).Key;
        foreach (var (country, demonym, name) in words.Capitals)
        {
            if (adjective.Success ? string.Equals(demonym, adjective.Value, StringComparison.OrdinalIgnoreCase) : country == lead)
            {
                return (country, name);
            }
        }
        return null;
    }

    /// <summary>Whether a demonym has a row in the word list <c>capital</c>.</summary>
    private static bool IsDemonym(GeoparsingWords words, string word) =>
        words.Capitals.Any(r => string.Equals(r.Demonym, word, StringComparison.OrdinalIgnoreCase));
}
