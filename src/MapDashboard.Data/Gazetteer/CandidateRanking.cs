using MapDashboard.Core.Gazetteer;

namespace MapDashboard.Data.Gazetteer;

/// <summary>
/// What both gazetteer stores do with the rows their SQL found: score each matched name, keep each place's best match,
/// order by match kind, score and prominence. Kept in one place so SQLite and PostgreSQL give the same answers.
/// </summary>
internal static class CandidateRanking
{
    /// <summary>Fuzzy matches need at least this name similarity (1 minus the normalized edit distance).</summary>
    public const double FuzzyThreshold = 0.75;

    /// <summary>How many trigram hits the fuzzy pass looks at.</summary>
    public const int FuzzyPool = 300;

    /// <summary>Scores a row of the exact pass (same name, same folded key, or same consonant skeleton).</summary>
    public static GeoCandidate ToCandidate(CandidateRow row, string surface, string fold)
    {
        if (string.Equals(row.MatchedName, surface, StringComparison.OrdinalIgnoreCase))
        {
            return new GeoCandidate(row.ToPlace(), MatchKind.Exact, 1.0, row.MatchedName);
        }
        if (row.FoldKey == fold)
        {
            return new GeoCandidate(row.ToPlace(), MatchKind.Folded, 0.92, row.MatchedName);
        }
        return new GeoCandidate(row.ToPlace(), MatchKind.Skeleton, 0.55 + 0.3 * Similarity(fold, row.FoldKey), row.MatchedName);
    }

    /// <summary>The rows of the fuzzy pass close enough to <paramref name="fold"/>, scored.</summary>
    public static IEnumerable<GeoCandidate> Fuzzy(IEnumerable<CandidateRow> rows, string fold) => rows
        .Select(r => (Row: r, Similarity: Similarity(fold, r.FoldKey)))
        .Where(x => x.Similarity >= FuzzyThreshold)
        .Select(x => new GeoCandidate(x.Row.ToPlace(), MatchKind.Fuzzy, 0.5 * x.Similarity, x.Row.MatchedName));

    /// <summary>Each place once, by its best match; strongest kind first, then score, then prominence, then id.</summary>
    public static List<GeoCandidate> Rank(IEnumerable<GeoCandidate> candidates, int limit) => candidates
        .GroupBy(c => c.Place.Id)
        .Select(g => g.OrderBy(c => c.Kind).ThenByDescending(c => c.Score).ThenBy(c => c.MatchedName, StringComparer.Ordinal).First())
        .OrderBy(c => c.Kind)
        .ThenByDescending(c => c.Score)
        .ThenByDescending(c => Prominence(c.Place))
        .ThenBy(c => c.Place.Id, StringComparer.Ordinal)
        .Take(limit)
        .ToList();

    /// <summary>The geoparser's (name, place) pairs from index rows: Latin-script names only, one Place object per place.</summary>
    public static List<(string Name, Place Place)> IndexEntries(IEnumerable<CandidateRow> rows)
    {
        var places = new Dictionary<long, Place>();
        var result = new List<(string, Place)>();
        foreach (var row in rows)
        {
            if (NameFolding.IsNonLatin(row.MatchedName))
            {
                continue;
            }
            if (!places.TryGetValue(row.Pid, out var place))
            {
                place = row.ToPlace();
                places[row.Pid] = place;
            }
            result.Add((row.MatchedName, place));
        }
        return result;
    }

    /// <summary>How prominent a place is: countries and governorates first, then by population.</summary>
    public static double Prominence(Place place) => place.FeatureCode switch
    {
        "PCLI" => 1e10,
        "ADM1" => 1e9,
        "PPLC" => 1e8 + place.Population,
        _ => place.Population,
    };

    /// <summary>1 minus the normalized Levenshtein distance.</summary>
    public static double Similarity(string a, string b)
    {
        if (a.Length == 0 || b.Length == 0)
        {
            return 0;
        }
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++)
        {
            previous[j] = j;
        }
        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                current[j] = Math.Min(Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }
            (previous, current) = (current, previous);
        }
        return 1.0 - (double)previous[b.Length] / Math.Max(a.Length, b.Length);
    }
}
