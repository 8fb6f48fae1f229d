using MapDashboard.Core.Gazetteer;

namespace MapDashboard.Core.Geoparsing;

/// <summary>
/// Where an article names administrative units: every run of one to three words starting with a capital, by folded
/// key and by consonant skeleton, so that a candidate whose sub-district, district or governorate is written in the
/// same sentence ("X in the Ehsem area of Idleb") or elsewhere in the article can be preferred over its namesakes.
/// Built once per article; spellings meet as in the gazetteer (Idleb/Idlib, Ehsem/Ihsim share a skeleton).
/// </summary>
internal sealed class AdminContext
{
    private const int MaxWords = 3;
    private const int MinSkeletonLetters = 3;

    private readonly Dictionary<string, List<(int Start, int End)>> _byFold = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<(int Start, int End)>> _bySkeleton = new(StringComparer.Ordinal);

    /// <summary>Indexes the word runs of <paramref name="text"/> (the cleaned article text).</summary>
    public AdminContext(string text)
    {
        var tokens = WordTokenizer.Tokenize(text);
        for (var i = 0; i < tokens.Count; i++)
        {
            if (!tokens[i].Capitalized)
            {
                continue;
            }
            for (var j = i; j < tokens.Count && j < i + MaxWords; j++)
            {
                if (j > i && !IsInnerGap(text, tokens[j - 1].End, tokens[j].Start))
                {
                    break;
                }
                var phrase = text[tokens[i].Start..tokens[j].End];
                Add(_byFold, NameFolding.Fold(phrase), (tokens[i].Start, tokens[j].End));
                var skeleton = NameFolding.Skeleton(phrase);
                if (skeleton.Count(char.IsLetter) >= MinSkeletonLetters)
                {
                    Add(_bySkeleton, skeleton, (tokens[i].Start, tokens[j].End));
                }
            }
        }
    }

    /// <summary>An empty context (no text given): nothing is named.</summary>
    public static AdminContext Empty { get; } = new("");

    /// <summary>
    /// The hierarchy bonus of a candidate for a mention: the weight of the smallest of its admin units named in the
    /// mention's sentence, or that times the article factor when named only elsewhere; the mention's own words never count.
    /// </summary>
    public double Bonus(Place place, PlaceMention mention, RankerWeights weights)
    {
        var best = 0.0;
        foreach (var (name, weight) in new[] { (place.Admin3, weights.SubDistrictNamed), (place.Admin2, weights.DistrictNamed), (place.Admin1, weights.GovernorateNamed) })
        {
            if (string.IsNullOrWhiteSpace(name) || weight <= best)
            {
                continue;
            }
            var where = Where(name, mention);
            var bonus = where switch { Scope.Sentence => weight, Scope.Article => weight * weights.NamedInArticleFactor, _ => 0 };
            best = Math.Max(best, bonus);
        }
        return best;
    }

    /// <summary>Whether the admin unit's name is in the sentence (smallest scope first).</summary>
    private Scope Where(string name, PlaceMention mention)
    {
        var scope = Scope.None;
        foreach (var occurrences in Occurrences(name))
        {
            foreach (var (start, end) in occurrences)
            {
                if (start < mention.End && mention.Start < end)
                {
                    continue;
                }
                if (start >= mention.SentenceStart && end <= mention.SentenceEnd)
                {
                    return Scope.Sentence;
                }
                scope = Scope.Article;
            }
        }
        return scope;
    }

    private IEnumerable<List<(int Start, int End)>> Occurrences(string name)
    {
        var fold = NameFolding.Fold(name);
        if (fold.Length > 0 && _byFold.TryGetValue(fold, out var folded))
        {
            yield return folded;
        }
        var skeleton = NameFolding.Skeleton(name);
        if (skeleton.Count(char.IsLetter) >= MinSkeletonLetters && _bySkeleton.TryGetValue(skeleton, out var skeletal))
        {
            yield return skeletal;
        }
    }

    private static void Add(Dictionary<string, List<(int, int)>> map, string key, (int, int) span)
    {
        if (key.Length == 0)
        {
            return;
        }
        if (!map.TryGetValue(key, out var list))
        {
            map[key] = list = [];
        }
        list.Add(span);
    }

    private static bool IsInnerGap(string text, int from, int to) =>
        to - from is >= 1 and <= 2 && text.AsSpan(from, to - from).IndexOfAnyExcept(" -\u00A0") < 0;

    private enum Scope
    {
        None,
        Article,
        Sentence,
    }
}
