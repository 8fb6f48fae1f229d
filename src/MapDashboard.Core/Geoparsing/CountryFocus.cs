using MapDashboard.Core.Gazetteer;

namespace MapDashboard.Core.Geoparsing;

/// <summary>
/// The countries an article is about, from the votes of its mentions (unambiguous country names count double,
/// ambiguous names split their vote) on top of the deployment's prior, and the region around the leading one.
/// </summary>
internal static class CountryFocus
{
    /// <summary>Each mention's focus: the shares of the other mentions' votes (its own left out).</summary>
    public static List<Dictionary<string, double>> PerMention(IReadOnlyList<IReadOnlyList<GeoCandidate>> candidates, IReadOnlyDictionary<string, double> prior)
    {
        var votes = candidates.Select(Votes).ToList();
        var totals = new Dictionary<string, double>(prior, StringComparer.Ordinal);
        foreach (var vote in votes)
        {
            foreach (var (cc, v) in vote)
            {
                totals[cc] = totals.GetValueOrDefault(cc) + v;
            }
        }
        return votes.Select(own => Excluding(totals, own)).ToList();
    }

    /// <summary>
    /// The countries a loose (skeleton or fuzzy) match may lie in: the leading country of the focus (or of the prior
    /// when nothing leads) and its land neighbours.
    /// </summary>
    public static HashSet<string> Region(Dictionary<string, double> focus, IReadOnlyDictionary<string, double> prior, GeoparsingWords words)
    {
        var source = focus.Count > 0 && focus.Values.Max() > 0 ? focus : prior.ToDictionary(p => p.Key, p => p.Value, StringComparer.Ordinal);
        var region = new HashSet<string>(StringComparer.Ordinal);
        if (source.Count == 0)
        {
            return region;
        }
        var lead = source.MaxBy(f => f.Value).Key;
        region.Add(lead);
        if (words.Neighbours.TryGetValue(lead, out var neighbours))
        {
            region.UnionWith(neighbours);
        }
        return region;
    }

    private static Dictionary<string, double> Votes(IReadOnlyList<GeoCandidate> list)
    {
        var votes = new Dictionary<string, double>(StringComparer.Ordinal);
        var country = list.FirstOrDefault(c => c.Place.IsCountry && c.Kind <= MatchKind.Folded);
        if (country is not null)
        {
            votes[country.Place.CountryCode!] = 2;
            return votes;
        }
        var countries = list.Where(c => c.Kind <= MatchKind.Folded && c.Place.CountryCode is not null).Select(c => c.Place.CountryCode!).Distinct().ToList();
        foreach (var cc in countries)
        {
            votes[cc] = 1.0 / countries.Count;
        }
        return votes;
    }

    private static Dictionary<string, double> Excluding(Dictionary<string, double> all, Dictionary<string, double> own)
    {
        var totals = new Dictionary<string, double>(all, StringComparer.Ordinal);
        foreach (var (cc, v) in own)
        {
            totals[cc] -= v;
            if (Math.Abs(totals[cc]) < 1e-12)
            {
                totals[cc] = 0;
            }
        }
        var sum = totals.Values.Sum();
        return sum == 0 ? totals : totals.ToDictionary(t => t.Key, t => t.Value / sum);
    }
}
