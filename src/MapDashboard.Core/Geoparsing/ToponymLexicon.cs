namespace MapDashboard.Core.Geoparsing;

/// <summary>
/// The gazetteer's names as folded keys, plus every word-prefix of every key, so a matcher walking the text word by
/// word can stop as soon as no name continues the words read so far. Built once at start-up; immutable after.
/// </summary>
public sealed class ToponymLexicon
{
    // Skeletons of three or more letters (spaces counted) are trusted after a locative; two-letter ones need more.
    private const int MinSkeleton = 3;

    private readonly HashSet<string> _names;
    private readonly HashSet<string> _prefixes;
    private readonly Func<string, string> _fold;
    private readonly HashSet<string> _skeletons;
    private readonly Func<string, string>? _skeleton;

    private ToponymLexicon(HashSet<string> names, HashSet<string> prefixes, Func<string, string> fold, int maxWords, HashSet<string> skeletons, Func<string, string>? skeleton)
    {
        _skeletons = skeletons;
        _skeleton = skeleton;
        _names = names;
        _prefixes = prefixes;
        _fold = fold;
        MaxWords = maxWords;
    }

    /// <summary>The most words any name has (the matcher never looks further).</summary>
    public int MaxWords { get; }

    /// <summary>How many distinct folded names the lexicon holds.</summary>
    public int Count => _names.Count;

    /// <summary>The folding function the keys were made with; spans of text are folded the same way.</summary>
    public string Fold(string text) => _fold(text);

    /// <summary>Whether a folded span is a name.</summary>
    public bool ContainsKey(string key) => _names.Contains(key);

    /// <summary>Whether a span's consonant skeleton is that of a place in the focus area ("Nasabiyah" for An Nashabiyah).</summary>
    public bool ContainsSkeleton(string text) => _skeleton is not null && _skeleton(text) is { Length: >= MinSkeleton } key && _skeletons.Contains(key);

    /// <summary>
    /// Whether a span's consonant skeleton is that of a hill or mountain of the focus area ("Tall Binasra" for the hill
    /// "Tell Banasrah"): such skeletons are kept in the same set under <see cref="HillMark"/>, so a prebuilt index file
    /// carries them without a change of layout.
    /// </summary>
    public bool ContainsHillSkeleton(string text) => _skeleton is not null && _skeleton(text) is { Length: >= MinSkeleton } key && _skeletons.Contains(HillMark + key);

    /// <summary>The mark before a hill's skeleton in the skeleton set (no skeleton holds it: skeletons are letters and spaces).</summary>
    internal const char HillMark = '^';

    /// <summary>
    /// Whether a span's skeleton has two consonants only and is that of a place in the focus area ("Hwisis" for Hweisis):
    /// so many names share such a skeleton that the recognizer trusts it only where the text presents the span as a place
    /// twice over.
    /// </summary>
    public bool ContainsShortSkeleton(string text) => _skeleton is not null && _skeleton(text) is { Length: MinSkeleton - 1 } key && _skeletons.Contains(key);

    /// <summary>Whether some longer name starts with this folded span.</summary>
    public bool IsPrefixKey(string key) => _prefixes.Contains(key);

    /// <summary>The folded names (for a prebuilt index file).</summary>
    internal HashSet<string> Keys => _names;

    /// <summary>The word-prefixes of the folded names.</summary>
    internal HashSet<string> Prefixes => _prefixes;

    /// <summary>The focus area's skeletons.</summary>
    internal HashSet<string> Skeletons => _skeletons;

    /// <summary>A lexicon over keys folded already (by <paramref name="fold"/>, from a prebuilt index file); takes the sets as they are.</summary>
    internal static ToponymLexicon FromKeys(HashSet<string> keys, HashSet<string> prefixes, Func<string, string> fold, int maxWords,
        HashSet<string> skeletons, Func<string, string>? skeleton) =>
        new(keys, prefixes, fold, maxWords, skeletons, skeleton);

    /// <summary>Builds the lexicon from raw names (any script; names that fold to nothing are skipped).</summary>
    /// <param name="skeletonNames">Names whose skeletons also count (the focus area's places), with the skeleton function.</param>
    public static ToponymLexicon Build(IEnumerable<string> names, Func<string, string> fold, int maxWords = 6,
        IEnumerable<string>? skeletonNames = null, Func<string, string>? skeleton = null, IEnumerable<string>? hillNames = null)
    {
        var keys = new HashSet<string>(StringComparer.Ordinal);
        var prefixes = new HashSet<string>(StringComparer.Ordinal);
        var longest = 1;
        foreach (var name in names)
        {
            if (string.IsNullOrWhiteSpace(name))
            {
                continue;
            }
            var key = fold(name);
            if (key.Length == 0 || !keys.Add(key))
            {
                continue;
            }
            var words = WordTokenizer.Tokenize(name);
            if (words.Count > maxWords)
            {
                continue;
            }
            longest = Math.Max(longest, words.Count);
            for (var k = 1; k < words.Count; k++)
            {
                var prefix = fold(name[words[0].Start..words[k - 1].End]);
                if (prefix.Length > 0)
                {
                    prefixes.Add(prefix);
                }
            }
        }
        var skeletons = new HashSet<string>(StringComparer.Ordinal);
        if (skeleton is not null && skeletonNames is not null)
        {
            foreach (var name in skeletonNames)
            {
                var key = skeleton(name);
                if (key.Length >= MinSkeleton - 1)
                {
                    skeletons.Add(key);
                }
            }
            foreach (var name in hillNames ?? [])
            {
                var key = skeleton(name);
                if (key.Length >= MinSkeleton)
                {
                    skeletons.Add(key);
                    skeletons.Add(HillMark + key);
                }
            }
        }
        return new ToponymLexicon(keys, prefixes, fold, longest, skeletons, skeleton);
    }
}
