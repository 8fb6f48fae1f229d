using System.Text.RegularExpressions;
using MapDashboard.Core.Actors;

namespace MapDashboard.Core.Events;

/// <summary>
/// "Civilians fled after the government's capture of the town": a common noun naming a side (Lexicon/holder-possessives.tsv)
/// as the possessor right before a trigger form is a mention of the faction it stands for, so that the possessor rule of
/// <see cref="ActorRoles"/> makes it the first actor. Elsewhere ("the government's spokesman") the noun names no one.
/// </summary>
public sealed class HolderPossessives
{
    private static readonly Lazy<HolderPossessives> Shipped = new(() => new HolderPossessives(EventLexicon.Resource("holder-possessives.tsv")));

    private readonly Dictionary<string, string> _factionByNoun;
    private readonly Regex _possessive;

    /// <summary>Builds the reader from the text of holder-possessives.tsv (noun, faction id, source).</summary>
    public HolderPossessives(string tsv)
    {
        _factionByNoun = EventLexicon.Rows(tsv, "holder-possessives.tsv", 3).ToDictionary(r => r[0], r => r[1], StringComparer.OrdinalIgnoreCase);
        var nouns = string.Join("|", _factionByNoun.Keys.OrderByDescending(k => k.Length).Select(Regex.Escape));
        _possessive = new Regex(@"\bthe\s+(?<noun>" + nouns + @")(?:'s|’s)\s+", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);
    }

    /// <summary>The reader over the list shipped with the application.</summary>
    public static HolderPossessives Default => Shipped.Value;

    /// <summary>The mentions with the possessor nouns of <paramref name="sentence"/> that stand before a trigger added (in text order); a named actor there wins.</summary>
    public List<ActorMention> Add(string sentence, IReadOnlyList<ActorMention> mentions, FactionCatalogue catalogue, EventLexicon lexicon)
    {
        var result = mentions.ToList();
        foreach (Match m in _possessive.Matches(sentence))
        {
            var noun = m.Groups["noun"];
            var at = m.Index + m.Length;
            if (result.Any(a => a.Start < noun.Index + noun.Length && a.End > noun.Index)
                || !lexicon.Triggers.Any(t => t.Pattern.Match(sentence, at) is { Success: true } trigger && trigger.Index == at)
                || catalogue.Get(_factionByNoun[noun.Value]) is not { } faction)
            {
                continue;
            }
            result.Add(new ActorMention(noun.Index, noun.Index + noun.Length, noun.Value, faction, IsNew: false));
        }
        return result.OrderBy(a => a.Start).ToList();
    }
}
