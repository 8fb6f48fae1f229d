using System.Text.RegularExpressions;
using MapDashboard.Core.Actors;

namespace MapDashboard.Core.Events;

/// <summary>
/// "Saraqib came under rebel control", "Douma is now under government control": the holder named by an adjective
/// between "under" and "control" (Lexicon/holder-adjectives.tsv), read as a mention of the faction it stands for, only
/// after a change of state (cue "under-change"): a standing "remained under Kurdish control" or "areas under rebel control"
/// names no one.
/// </summary>
public sealed class HolderAdjectives
{
    private static readonly Lazy<HolderAdjectives> Shipped = new(() => new HolderAdjectives(EventLexicon.Resource("holder-adjectives.tsv")));

    private readonly Dictionary<string, string> _factionByAdjective;
    private readonly Regex _under;

    /// <summary>Builds the reader from the text of holder-adjectives.tsv (adjective, faction id, source).</summary>
    public HolderAdjectives(string tsv)
    {
        _factionByAdjective = EventLexicon.Rows(tsv, "holder-adjectives.tsv", 3).ToDictionary(r => r[0], r => r[1], StringComparer.OrdinalIgnoreCase);
        var adjectives = string.Join("|", _factionByAdjective.Keys.OrderByDescending(k => k.Length).Select(Regex.Escape));
        _under = new Regex(@"\bunder\s+(?:the\s+)?(?<adj>" + adjectives + @")\s+control\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);
    }

    /// <summary>The reader over the list shipped with the application.</summary>
    public static HolderAdjectives Default => Shipped.Value;

    /// <summary>The mentions with the adjective holders of <paramref name="sentence"/> added (in text order); a named actor there wins.</summary>
    public List<ActorMention> Add(string sentence, IReadOnlyList<ActorMention> mentions, FactionCatalogue catalogue, EventLexicon lexicon)
    {
        var result = mentions.ToList();
        foreach (Match m in _under.Matches(sentence))
        {
            var adj = m.Groups["adj"];
            var left = sentence[..m.Index].TrimEnd();
            var change = lexicon.Cue("under-change").Matches(left).Any(c => c.Index + c.Length == left.Length);
            if (!change || result.Any(a => a.Start < adj.Index + adj.Length && a.End > adj.Index)
                || catalogue.Get(_factionByAdjective[adj.Value]) is not { } faction)
            {
                continue;
            }
            result.Add(new ActorMention(adj.Index, adj.Index + adj.Length, adj.Value, faction, IsNew: false));
        }
        return result.OrderBy(a => a.Start).ToList();
    }
}
