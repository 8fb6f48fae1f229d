using System.Globalization;
using System.Text.RegularExpressions;

namespace MapDashboard.Core.Geoparsing;

/// <summary>
/// The geoparser's word lists (cue words, common words, armed-group heads, outlets, neighbouring countries), read
/// once from the bundled data file <c>Geoparsing/Data/geoparsing-words.tsv</c> (kind, entry, source) and checked
/// when loaded: every row has the three columns, a known kind, an entry and a source. Immutable after loading.
/// </summary>
public sealed partial class GeoparsingWords
{
    private const string ResourceName = "MapDashboard.Core.Geoparsing.Data.geoparsing-words.tsv";

    /// <summary>The kinds of list the file may hold; any other kind is an error in the file.</summary>
    public static readonly IReadOnlySet<string> Kinds = new HashSet<string>(StringComparer.Ordinal)
    {
        "common-word", "connector", "generic-head", "region-word", "list-word", "locative", "direction", "region-prefix", "region-before",
        "region-after", "settlement-before", "settlement-after", "facility-after", "near-before", "relative-direction",
        "area-after", "road-after", "line-after", "person-title", "list-cue-plural", "list-cue-verb", "group-head", "media-suffix", "outlet",
        "known-person", "titled-person", "kin-word", "branch-word", "group-tail", "group-member", "nasab", "neighbours", "province-word", "city-part", "countryside-name",
        "coordination", "placing-word", "party-tail", "name-qualifier", "name-particle", "name-article", "islamic-group-tail", "abu-article",
        "abu-article-hyphen", "arabic-article", "road-adjective", "actor-group-head", "actor-name-particle",
        "list-cue-link", "city-governorate", "container-clause", "container-participle", "capital", "actor-invariant-plural",
        "hill-head", "feature-tail", "pair-opener", "road-link", "goal-before", "road-goal", "on-route", "city-district",
        "where-phrase-start", "where-phrase-stop",
    };

    private static readonly Lazy<GeoparsingWords> Bundled = new(LoadBundled);

    private readonly Dictionary<string, List<string>> _lists;
    private readonly Dictionary<string, HashSet<string>> _sets;

    private GeoparsingWords(Dictionary<string, List<string>> lists)
    {
        _lists = lists;
        _sets = lists.ToDictionary(l => l.Key, l => new HashSet<string>(l.Value, StringComparer.OrdinalIgnoreCase), StringComparer.Ordinal);
        Neighbours = Get("neighbours").Select(e => e.Split(':')).ToDictionary(
            p => p[0], p => (IReadOnlySet<string>)new HashSet<string>(p[1].Split(','), StringComparer.Ordinal), StringComparer.Ordinal);
        Capitals = Get("capital").Select(e => e.Split(':')).Select(p => (p[0], p[1], p[2])).ToList();
    }

    /// <summary>The lists shipped with the application (loaded and validated on first use).</summary>
    public static GeoparsingWords Default => Bundled.Value;

    /// <summary>Each country's land neighbours, for the region an article is about.</summary>
    public IReadOnlyDictionary<string, IReadOnlySet<string>> Neighbours { get; }

    /// <summary>Each country's demonym and the name of its national capital ("SY:syrian:Damascus"), for "the Syrian capital".</summary>
    public IReadOnlyList<(string Country, string Demonym, string Name)> Capitals { get; }

    /// <summary>The entries of one kind, in file order.</summary>
    public IReadOnlyList<string> Get(string kind) =>
        _lists.TryGetValue(kind, out var list) ? list : Kinds.Contains(kind) ? [] : throw new ArgumentException($"Unknown word-list kind '{kind}'.", nameof(kind));

    /// <summary>Whether <paramref name="word"/> is an entry of <paramref name="kind"/> (case-insensitive).</summary>
    public bool Contains(string kind, string word) => _sets.TryGetValue(kind, out var set) && set.Contains(word);

    /// <summary>
    /// A regex alternation of the entries of the kinds given: entries escaped, spaces and hyphens matching any run of
    /// spaces or an optional hyphen ("north-east" also matches "north east"), longest entries first.
    /// </summary>
    public string Alternation(params string[] kinds)
    {
        var entries = kinds.SelectMany(Get).Distinct(StringComparer.OrdinalIgnoreCase).OrderByDescending(e => e.Length)
            .Select(e => Regex.Escape(e).Replace(@"\ ", @"\s+", StringComparison.Ordinal).Replace("-", "[-\\s]?", StringComparison.Ordinal));
        return "(?:" + string.Join("|", entries) + ")";
    }

    /// <summary>Reads and validates a word-list file in the bundled format.</summary>
    public static GeoparsingWords Load(TextReader reader, string origin)
    {
        var lists = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        var seen = new HashSet<(string, string)>();
        var lineNumber = 0;
        var header = false;
        while (reader.ReadLine() is { } line)
        {
            lineNumber++;
            if (line.Length == 0 || line.StartsWith('#'))
            {
                continue;
            }
            var columns = line.Split('\t');
            if (!header)
            {
                header = true;
                if (columns is not ["kind", "entry", "source"])
                {
                    throw new InvalidDataException($"{origin}: line {lineNumber}: the header must be 'kind<TAB>entry<TAB>source'.");
                }
                continue;
            }
            if (columns.Length != 3 || columns.Any(c => c.Trim().Length == 0))
            {
                throw new InvalidDataException($"{origin}: line {lineNumber}: expected three non-empty columns (kind, entry, source), got '{line}'.");
            }
            var (kind, entry) = (columns[0].Trim(), columns[1].Trim());
            if (!Kinds.Contains(kind))
            {
                throw new InvalidDataException($"{origin}: line {lineNumber}: unknown kind '{kind}'.");
            }
            if (kind == "neighbours" && !NeighbourEntry().IsMatch(entry))
            {
                throw new InvalidDataException($"{origin}: line {lineNumber}: a neighbours entry is 'CC:CC,CC,...', got '{entry}'.");
            }
            if (!seen.Add((kind, entry.ToLower(CultureInfo.InvariantCulture))))
            {
                throw new InvalidDataException($"{origin}: line {lineNumber}: '{entry}' is listed twice as {kind}.");
            }
            if (!lists.TryGetValue(kind, out var list))
            {
                lists[kind] = list = [];
            }
            list.Add(entry);
        }
        if (!header)
        {
            throw new InvalidDataException($"{origin}: no header line.");
        }
        return new GeoparsingWords(lists);
    }

    private static GeoparsingWords LoadBundled()
    {
        using var stream = typeof(GeoparsingWords).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"The geoparser's word lists ({ResourceName}) are missing from the build.");
        using var reader = new StreamReader(stream);
        return Load(reader, "geoparsing-words.tsv");
    }

    [GeneratedRegex("^[A-Z]{2}:[A-Z]{2}(?:,[A-Z]{2})*$", RegexOptions.CultureInvariant)]
    private static partial Regex NeighbourEntry();
}
