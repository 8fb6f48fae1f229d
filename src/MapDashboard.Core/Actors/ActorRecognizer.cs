using System.Text.RegularExpressions;
using MapDashboard.Core.Text;

namespace MapDashboard.Core.Actors;

/// <summary>
/// Finds actors in text: every alias of the catalogue (longest first; acronyms such as IS, SAA, HTS only in capitals),
/// and group names built like the known ones (Liwa X, Jaish X, Harakat X, Katibat X, Jabhat X, Faylaq X, Kataib X,
/// Tajamu X ...) that the catalogue lacks, reported as new actors of unknown side rather than dropped.
/// </summary>
public sealed partial class ActorRecognizer
{
    private readonly FactionCatalogue _catalogue;
    private readonly PartitionedAlternation _aliases;
    private readonly Dictionary<string, Faction> _byAlias;

    /// <summary>Compiles the catalogue's aliases into one matcher (once; the recognizer is immutable).</summary>
    public ActorRecognizer(FactionCatalogue catalogue)
    {
        _catalogue = catalogue;
        _byAlias = new Dictionary<string, Faction>(StringComparer.OrdinalIgnoreCase);
        var patterns = new List<(string Pattern, string Form)>();
        foreach (var faction in catalogue.Factions)
        {
            foreach (var alias in faction.Aliases.Prepend(faction.Name).Distinct())
            {
                _byAlias.TryAdd(Normalize(alias), faction);
                patterns.Add((Pattern(alias), alias));
            }
            foreach (var acronym in faction.CaseSensitiveAliases)
            {
                _byAlias.TryAdd(Normalize(acronym), faction);
                patterns.Add(("(?-i:" + Regex.Escape(acronym) + ")", acronym));
            }
        }
        // "the Tiger Force", "a Syrian Democratic Force unit": a name whose head is an English plural is the same faction
        // written in the singular; the written aliases come first, so a name of its own in the singular keeps its faction.
        foreach (var faction in catalogue.Factions)
        {
            foreach (var alias in faction.Aliases.Prepend(faction.Name).Distinct())
            {
                if (Singular(alias) is { } singular)
                {
                    _byAlias.TryAdd(Normalize(singular), faction);
                    patterns.Add((Pattern(singular), singular));
                }
            }
        }
        var ordered = patterns.DistinctBy(p => p.Pattern).OrderByDescending(p => p.Pattern.Length).ToList();
        _aliases = new PartitionedAlternation([.. ordered.Select(p => p.Pattern)], [.. ordered.Select(p => p.Form)], RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);
    }

    /// <summary>Actor mentions in <paramref name="text"/>, in order, without overlaps.</summary>
    public List<ActorMention> Recognize(string text)
    {
        var found = new List<ActorMention>();
        for (var first = _aliases.Match(text, 0); first.Success; first = _aliases.Match(text, first.Index + first.Length))
        {
            var m = LongestFrom(text, first);
            if (_byAlias.TryGetValue(Normalize(m.Value), out var faction))
            {
                found.Add(new ActorMention(m.Index, m.Index + m.Length, m.Value, faction, IsNew: false));
            }
            first = m;
        }
        for (var m = GroupLike.Match(text); m.Success; m = m.NextMatch())
        {
            if (found.Any(a => a.Start < m.Index + m.Length && m.Index < a.End))
            {
                continue;
            }
            var id = "new:" + Regex.Replace(m.Value.ToLowerInvariant(), @"[^a-z0-9]+", "-").Trim('-');
            var faction = new Faction(id, m.Value, "unknown", [m.Value], [], null, null, null, null, "Recognised from its name; not in the catalogue.");
            found.Add(new ActorMention(m.Index, m.Index + m.Length, m.Value, faction, IsNew: true));
        }
        found.Sort((a, b) => a.Start.CompareTo(b.Start));
        return Compound(text, Partitive(text, found));
    }

    /// <summary>
    /// "JSH Olive Branch forces", "AAS Jaish al-Islam fighters": an acronym written right before another actor's name
    /// modifies it (a member group of a coalition or operation), so the name after it, the compound's head, names the actor;
    /// a generic head ("FSA rebels", "HTS fighters") is named more precisely by the acronym.
    /// </summary>
    private static List<ActorMention> Compound(string text, List<ActorMention> found)
    {
        for (var i = found.Count - 2; i >= 0; i--)
        {
            var (modifier, head) = (found[i], found[i + 1]);
            if (AcronymText().IsMatch(modifier.Text) && modifier.End < head.Start && string.IsNullOrWhiteSpace(text[modifier.End..head.Start]))
            {
                var named = head.Faction.Generic ? modifier : head;
                found[i] = new ActorMention(modifier.Start, head.End, text[modifier.Start..head.End], named.Faction, named.IsNew);
                found.RemoveAt(i + 1);
            }
        }
        return found;
    }

    /// <summary>
    /// "the rebel factions of Faylaq al-Sham", "militants of the Islamic State": a generic party followed by "of" and a
    /// named faction of the catalogue is that faction (the named one is the more precise).
    /// </summary>
    private static List<ActorMention> Partitive(string text, List<ActorMention> found)
    {
        for (var i = found.Count - 2; i >= 0; i--)
        {
            var (generic, named) = (found[i], found[i + 1]);
            if (generic.Faction.Generic && !named.Faction.Generic && !named.IsNew && generic.End <= named.Start && OfThe().IsMatch(text[generic.End..named.Start]))
            {
                found[i] = new ActorMention(generic.Start, named.End, text[generic.Start..named.End], named.Faction, false);
                found.RemoveAt(i + 1);
            }
        }
        return found;
    }

    /// <summary>
    /// Of two aliases that overlap, the longer names the actor: "the army" must not win over "Army of Free Men" in
    /// "The Army of Free Men said", only because it starts one word earlier. Tries each word start inside the first
    /// match for a longer alias reaching beyond it.
    /// </summary>
    private Match LongestFrom(string text, Match first)
    {
        var best = first;
        for (var i = first.Index + 1; i < first.Index + first.Length; i++)
        {
            if (!char.IsLetterOrDigit(text[i]) || char.IsLetterOrDigit(text[i - 1]) || text[i - 1] == '-')
            {
                continue;
            }
            var other = _aliases.MatchAt(text, i);
            if (other.Success && other.Index + other.Length > best.Index + best.Length && other.Length > best.Length)
            {
                best = other;
            }
        }
        return best;
    }

    /// <summary>The catalogue behind the recognizer.</summary>
    public FactionCatalogue Catalogue => _catalogue;

    /// <summary>
    /// The singular of a proper name whose last word is an English plural ("Tiger Forces" to "Tiger Force", "People's
    /// Protection Units" to "People's Protection Unit"): every word capitalised, the last ending in a single "s" after a
    /// letter other than s, u or i ("Forces", "Units", "Groups"; not "Corps" and the other invariant plurals of
    /// geoparsing-words.tsv, nor a word after the Arabic article, "Liwa al-Quds"); null for any other alias.
    /// </summary>
    internal static string? Singular(string alias)
    {
        var words = alias.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var last = words[^1];
        if (words.Length < 2 || !words.All(w => char.IsUpper(w[0])) || !PluralHead().IsMatch(last)
            || InvariantPlurals.Contains("actor-invariant-plural", last) || ArabicArticleBefore().IsMatch(alias))
        {
            return null;
        }
        return alias[..^1];
    }

    private static readonly Geoparsing.GeoparsingWords InvariantPlurals = Geoparsing.GeoparsingWords.Default;

    [GeneratedRegex(@"^[A-Z][a-z]*[a-rtvwxyz]s$")]
    private static partial Regex PluralHead();

    [GeneratedRegex(@"(?:^|[\s-])(?:al|el)[\s-]\S+$", RegexOptions.IgnoreCase)]
    private static partial Regex ArabicArticleBefore();

    private static string Pattern(string alias) =>
        Regex.Replace(Regex.Escape(alias).Replace("\\ ", @"\s+"), "['’]", "['’]");

    private static string Normalize(string alias) => WhitespaceRuns.Collapse(alias.Replace('’', '\'')).Trim();

    [GeneratedRegex(@"^[A-Z]{2,6}$")]
    private static partial Regex AcronymText();

    [GeneratedRegex(@"^\s+of\s+(?:the\s+)?$", RegexOptions.IgnoreCase)]
    private static partial Regex OfThe();

    // An armed group named the Arabic way that no catalogue lists: a unit word ("Liwa", "Jaish"), then name words with their particles.
    private static readonly Regex GroupLike = GroupLikePattern(Geoparsing.GeoparsingWords.Default);

    private static Regex GroupLikePattern(Geoparsing.GeoparsingWords w) => new(@"\b" + w.Alternation("actor-group-head") + @"\s+(?:" + w.Alternation("name-article")
        + @"-)?[A-Z][\w'’-]*(?:\s+(?:" + w.Alternation("actor-name-particle") + @"[-\s])?[A-Z][\w'’-]*)*", Events.WordListRegexes.Options);
}
