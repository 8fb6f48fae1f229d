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
    private readonly string _text;

    private readonly Dictionary<string, List<(int Start, int End)>> _byFold = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<(int Start, int End)>> _bySkeleton = new(StringComparer.Ordinal);
    private readonly Dictionary<string, (List<(int Start, int End)>? Folded, List<(int Start, int End)>? Skeletal)> _byName = new(StringComparer.Ordinal);

    /// <summary>
    /// Indexes the word runs of <paramref name="text"/> (the cleaned article text), except the runs inside the name of an
    /// armed group, outlet or person ("Maghawir al-Thawra" names no district) and a lone common word ("Syrian army" names
    /// no sub-district that shares its consonants).
    /// </summary>
    public AdminContext(string text, IReadOnlyList<(int Start, int End)> excluded)
    {
        _text = text;
        var tokens = WordTokenizer.Tokenize(text);
        for (var i = 0; i < tokens.Count; i++)
        {
            if (!tokens[i].Capitalized || Inside(excluded, tokens[i].Start, tokens[i].End))
            {
                continue;
            }
            for (var j = i; j < tokens.Count && j < i + MaxWords; j++)
            {
                if (j > i && (!IsInnerGap(text, tokens[j - 1].End, tokens[j].Start) || Inside(excluded, tokens[j].Start, tokens[j].End)))
                {
                    break;
                }
                if (j == i && CommonWords.Contains(text.AsSpan(tokens[i].Start, tokens[i].End - tokens[i].Start)))
                {
                    continue;
                }
                var (fold, skeleton) = AdminFoldCache.FoldAndSkeleton(text.AsSpan(tokens[i].Start, tokens[j].End - tokens[i].Start));
                Add(_byFold, fold, (tokens[i].Start, tokens[j].End));
                if (LetterCount(skeleton) >= MinSkeletonLetters)
                {
                    Add(_bySkeleton, skeleton, (tokens[i].Start, tokens[j].End));
                }
            }
        }
    }

    /// <summary>An empty context (no text given): nothing is named.</summary>
    public static AdminContext Empty { get; } = new("", []);

    /// <summary>
    /// The hierarchy bonus of a candidate for a mention: the weight of the smallest of its admin units named in the
    /// mention's sentence, or that times the article factor when named only elsewhere; the mention's own words never count.
    /// </summary>
    public double Bonus(Place place, PlaceMention mention, RankerWeights weights)
    {
        if (_byFold.Count == 0 && _bySkeleton.Count == 0)
        {
            return 0; // nothing named (the empty context is shared, so it keeps no memo)
        }
        return Bonus(place, mention, weights, null);
    }

    /// <summary>
    /// As <see cref="Bonus(Place, PlaceMention, RankerWeights)"/>, but the mention's name repeated elsewhere ("A and the
    /// A farms", "Kherbet A", "A residents") names no unit either: only other words do. The report repeats the place's name,
    /// not a sub-district's that shares its consonants (session 27, for consonant look-alikes).
    /// </summary>
    public double BonusByOtherWords(Place place, PlaceMention mention, RankerWeights weights) =>
        _byFold.Count == 0 && _bySkeleton.Count == 0 ? 0 : Bonus(place, mention, weights, AdminFoldCache.FoldAndSkeleton(mention.Text).Fold);

    private double Bonus(Place place, PlaceMention mention, RankerWeights weights, string? ownFold)
    {
        var best = Bonus(place.Admin3, weights.SubDistrictNamed, mention, weights, 0.0, ownFold);
        best = Bonus(place.Admin2, weights.DistrictNamed, mention, weights, best, ownFold);
        return Bonus(place.Admin1, weights.GovernorateNamed, mention, weights, best, ownFold);
    }

    private double Bonus(string? name, double weight, PlaceMention mention, RankerWeights weights, double best, string? ownFold)
    {
        if (string.IsNullOrWhiteSpace(name) || weight <= best)
        {
            return best;
        }
        var where = Where(name, mention, ownFold);
        var bonus = where switch { Scope.Sentence => weight, Scope.Article => weight * weights.NamedInArticleFactor, _ => 0 };
        return Math.Max(best, bonus);
    }

    /// <summary>Whether the admin unit's name is in the sentence (smallest scope first).</summary>
    private Scope Where(string name, PlaceMention mention, string? ownFold)
    {
        var scope = Scope.None;
        var (folded, skeletal) = Occurrences(name);
        foreach (var occurrences in (ReadOnlySpan<List<(int Start, int End)>?>)[folded, skeletal])
        {
            if (occurrences is null)
            {
                continue;
            }
            foreach (var (start, end) in occurrences)
            {
                if ((start < mention.End && mention.Start < end)
                    || (ownFold is not null && AdminFoldCache.FoldAndSkeleton(_text[start..end]).Fold == ownFold))
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

    /// <summary>
    /// Where the article names an admin unit, by folded key and by skeleton; folded once per name and article (every
    /// candidate of every mention asks for its three admin names, over and over).
    /// </summary>
    private (List<(int Start, int End)>? Folded, List<(int Start, int End)>? Skeletal) Occurrences(string name)
    {
        if (_byName.TryGetValue(name, out var known))
        {
            return known;
        }
        var (fold, skeleton) = AdminFoldCache.FoldAndSkeleton(name);
        var folded = fold.Length > 0 && _byFold.TryGetValue(fold, out var f) ? f : null;
        var skeletal = LetterCount(skeleton) >= MinSkeletonLetters && _bySkeleton.TryGetValue(skeleton, out var k) ? k : null;
        return _byName[name] = (folded, skeletal);
    }

    private static bool Inside(IReadOnlyList<(int Start, int End)> spans, int start, int end)
    {
        foreach (var (s, e) in spans)
        {
            if (start >= s && end <= e)
            {
                return true;
            }
        }
        return false;
    }

    private static int LetterCount(string text)
    {
        var count = 0;
        foreach (var c in text)
        {
            if (char.IsLetter(c))
            {
                count++;
            }
        }
        return count;
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
