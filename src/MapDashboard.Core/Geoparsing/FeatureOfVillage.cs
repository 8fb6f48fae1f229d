using MapDashboard.Core.Gazetteer;
using MapDashboard.Core.Pipeline;

namespace MapDashboard.Core.Geoparsing;

/// <summary>
/// A village the recognizer read alone out of a feature phrase named after it ("Bsanqul Hill", "the Zabraqan Farms",
/// "Doqmaq Dam", "Rajabliyeh Junction": the feature word of list <c>feature-tail</c> right after it; "Tal Bsanqul": a
/// capitalised word of list <c>hill-head</c> right before it) is not where the report places the event: the feature lies
/// near the village. The mention takes in the feature words and is drawn near the village, the same point at precision
/// 2, shown "Bsanqul Hill (near Bsanqul)" as <see cref="FeatureNamesake"/> shows a feature the recognizer read whole.
/// Kept as read: a feature word after a comma or any other mark ("took Bsanqul, hills to its west and ..." opens a new
/// list item), a phrase the gazetteer holds under its whole name ("Tishrin Dam", "Taftanaz Airbase": drawn at the
/// feature by the ranker), an airport ("Kafr Ward Airport" is coded at the village, precision 1, by the location
/// battery's facility-name rows; a city's airport is a gazetteer entry of its own), a place that is not a populated
/// place, and a place the ranker already drew coarser than precision 1.
/// </summary>
internal static class FeatureOfVillage
{
    private const string FocusCountry = "SY";

    /// <summary>The places with each village read out of a feature phrase named after it drawn near that village.</summary>
    public static IReadOnlyList<ResolvedPlace> TakeInFeatureWords(string text, IReadOnlyList<ResolvedPlace> places, ICandidateSource source, GeoparsingWords words)
    {
        List<ResolvedPlace>? result = null;
        var swallowed = new List<(int Start, int End)>();
        var rewritten = new HashSet<int>();
        for (var k = 0; k < places.Count; k++)
        {
            var r = places[k];
            if (r.Place is not { FeatureClass: "P", CountryCode: FocusCountry } village || r.Precision != 1 || r.Mention.IsRegional
                || r.Mention.Start < 0 || r.Mention.End > text.Length
                || FeatureSpan(text, r.Mention.Start, r.Mention.End, words) is not { } span)
            {
                continue;
            }
            var phrase = text[span.Start..span.End];
            if (span.Airport || HeldWhole(phrase, r.Mention, source))
            {
                continue;
            }
            result ??= [.. places];
            var before = text[span.Start..r.Mention.Start];
            var after = text[r.Mention.End..span.End];
            result[k] = r with
            {
                Mention = r.Mention with { Text = phrase, Start = span.Start, End = span.End, InGazetteer = false },
                OriginalStart = r.OriginalStart - before.Length,
                OriginalEnd = r.OriginalEnd + after.Length,
                OriginalText = before + r.OriginalText + after,
                Place = null,
                Precision = 2,
                Anchor = village,
                RunnerUp = null,
                Reason = $"a feature named after {village.Name} (\"{phrase}\"), which the gazetteer does not hold: placed near {village.Name}",
            };
            swallowed.Add((span.Start, span.End));
            rewritten.Add(k);
        }
        if (result is null)
        {
            return places;
        }
        // A feature word the recognizer read as a place of its own ("Dam" as Damascus) is part of the feature phrase.
        return result.Where((p, k) => rewritten.Contains(k) || !swallowed.Any(s => p.Mention.Start >= s.Start && p.Mention.End <= s.End)).ToList();
    }

    /// <summary>
    /// The span of the feature phrase around the mention at [<paramref name="start"/>, <paramref name="end"/>): a feature
    /// word after it, spaces only between (and a capitalised hill word before it, taken in too), or a capitalised hill
    /// word before it alone; null when neither stands there.
    /// </summary>
    internal static (int Start, int End, bool Airport)? FeatureSpan(string text, int start, int end, GeoparsingWords words)
    {
        var tail = WordAfter(text, end);
        var tailOk = tail is { } t && words.Contains("feature-tail", text[t.Start..t.End]);
        var head = WordBefore(text, start);
        var headOk = head is { } h && char.IsUpper(text[h.Start]) && words.Contains("hill-head", text[h.Start..h.End]);
        if (!tailOk && !headOk)
        {
            return null;
        }
        var airport = tailOk && text[tail!.Value.Start..tail.Value.End].Equals("airport", StringComparison.OrdinalIgnoreCase);
        return (headOk ? head!.Value.Start : start, tailOk ? tail!.Value.End : end, airport);
    }

    private static (int Start, int End)? WordAfter(string text, int end)
    {
        var i = end;
        while (i < text.Length && text[i] == ' ')
        {
            i++;
        }
        if (i == end || i >= text.Length || !char.IsLetter(text[i]))
        {
            return null;
        }
        var j = i;
        while (j < text.Length && char.IsLetter(text[j]))
        {
            j++;
        }
        return (i, j);
    }

    private static (int Start, int End)? WordBefore(string text, int start)
    {
        var j = start;
        while (j > 0 && text[j - 1] == ' ')
        {
            j--;
        }
        if (j == start || j == 0 || !char.IsLetter(text[j - 1]))
        {
            return null;
        }
        var i = j;
        while (i > 0 && char.IsLetter(text[i - 1]))
        {
            i--;
        }
        return i > 0 && (char.IsLetterOrDigit(text[i - 1]) || text[i - 1] is '-' or '\'') ? null : (i, j);
    }

    /// <summary>Whether the gazetteer holds the whole phrase as a Syrian place ("Tishrin Dam", "Kuweires Airport").</summary>
    private static bool HeldWhole(string phrase, PlaceMention mention, ICandidateSource source) =>
        source.Candidates(mention with { Text = phrase, InGazetteer = true })
            .Any(c => c.Kind <= MatchKind.Folded && c.Place.CountryCode == FocusCountry);
}
