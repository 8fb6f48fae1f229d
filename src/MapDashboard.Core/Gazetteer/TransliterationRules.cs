using System.Reflection;
using System.Security.Cryptography;
using System.Text;

namespace MapDashboard.Core.Gazetteer;

/// <summary>
/// The rules <see cref="NameFolding"/> folds spellings by, read once from the embedded transliteration.tsv (kind, from,
/// to, source): Arabic articles, whole-word equivalents (Tell/Tal/Tall, Kafer/Kfar/Kafr), letter groups rewritten in
/// every word, and consonant groups merged in the skeleton. Immutable after loading.
/// </summary>
public sealed class TransliterationRules
{
    private TransliterationRules(IReadOnlyList<Rule> rules)
    {
        All = rules;
        Articles = rules.Where(r => r.Kind == "article").Select(r => r.From).ToHashSet(StringComparer.Ordinal);
        Words = rules.Where(r => r.Kind == "word").ToDictionary(r => r.From, r => r.To, StringComparer.Ordinal);
        Letters = rules.Where(r => r.Kind == "letters").Select(r => (r.From, r.To)).ToList();
        SkeletonGroups = rules.Where(r => r.Kind == "skeleton").Select(r => (r.From, r.To)).ToList();
        Endings = rules.Where(r => r.Kind == "ending").Select(r => (r.From, r.To)).ToList();
        var content = string.Join('\n', rules.Select(r => $"{r.Kind}\t{r.From}\t{r.To}"));
        Fingerprint = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(content)))[..16];
    }

    /// <summary>One rule and where it comes from.</summary>
    public sealed record Rule(string Kind, string From, string To, string Source);

    /// <summary>The rules of the bundled table.</summary>
    public static TransliterationRules Default { get; } = Parse(ReadResource());

    /// <summary>
    /// A hash of what the rules do (kind, from and to of every rule, in order; sources and comments left out): keys
    /// folded under other rules carry another fingerprint, so stored keys can be recognised as stale.
    /// </summary>
    public string Fingerprint { get; }

    /// <summary>Every rule, in file order.</summary>
    public IReadOnlyList<Rule> All { get; }

    /// <summary>Articles written as their own word.</summary>
    public IReadOnlySet<string> Articles { get; }

    /// <summary>Whole words and their canonical spelling.</summary>
    public IReadOnlyDictionary<string, string> Words { get; }

    /// <summary>Letter groups rewritten inside every word, in order.</summary>
    public IReadOnlyList<(string From, string To)> Letters { get; }

    /// <summary>
    /// Pairs of word endings that spell one Arabic ending two ways (the ta marbuta's -e and -a): not folded, since folding
    /// them makes namesakes of distinct villages, but tried by the place index when no name folds like the text's.
    /// </summary>
    public IReadOnlyList<(string From, string To)> Endings { get; }

    /// <summary>Consonant groups merged in the skeleton, in order.</summary>
    public IReadOnlyList<(string From, string To)> SkeletonGroups { get; }

    /// <summary>Parses the table; throws on a row without a known kind, a "from" or a source.</summary>
    public static TransliterationRules Parse(string text)
    {
        var rules = new List<Rule>();
        var header = true;
        foreach (var (line, number) in text.Split('\n').Select((l, i) => (l.TrimEnd('\r'), i + 1)))
        {
            if (line.Length == 0 || line[0] == '#')
            {
                continue;
            }
            if (header)
            {
                header = false;
                continue;
            }
            var f = line.Split('\t');
            if (f.Length != 4 || f[0] is not ("article" or "word" or "letters" or "ending" or "skeleton") || f[1].Length == 0 || f[3].Trim().Length == 0)
            {
                throw new FormatException($"transliteration.tsv:{number}: expected kind (article|word|letters|ending|skeleton), from, to, source");
            }
            rules.Add(new Rule(f[0], f[1], f[2], f[3].Trim()));
        }
        return new TransliterationRules(rules);
    }

    private static string ReadResource()
    {
        const string name = "MapDashboard.Core.Gazetteer.transliteration.tsv";
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"The embedded resource {name} is missing from the build.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
