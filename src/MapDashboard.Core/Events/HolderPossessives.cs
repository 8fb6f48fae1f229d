using MapDashboard.Core.Actors;

namespace MapDashboard.Core.Events;

/// <summary>
/// "Civilians fled after the government's capture of the town": a common noun naming a side (Lexicon/holder-possessives.tsv)
/// as the possessor right before a trigger form is a mention of the faction it stands for, so that the possessor rule of
/// <see cref="ActorRoles"/> makes it the first actor. Elsewhere ("the government's spokesman") the noun names no one.
/// </summary>
public sealed class HolderPossessives(string tsv)
{
    private static readonly Lazy<HolderPossessives> Shipped = new(() => new HolderPossessives(EventLexicon.Resource("holder-possessives.tsv")));

    private readonly HolderWords _nouns = new(tsv, "holder-possessives.tsv", nouns => @"\bthe\s+(?<word>" + nouns + @")(?:'s|’s)\s+");

    /// <summary>The reader over the list shipped with the application.</summary>
    public static HolderPossessives Default => Shipped.Value;

    /// <summary>The mentions with the possessor nouns of <paramref name="sentence"/> that stand before a trigger added (in text order); a named actor there wins.</summary>
    public List<ActorMention> Add(string sentence, IReadOnlyList<ActorMention> mentions, FactionCatalogue catalogue, EventLexicon lexicon) =>
        _nouns.Add(sentence, mentions, catalogue, m =>
        {
            var at = m.Index + m.Length;
            return lexicon.TriggerStartsAt(sentence, at);
        });
}
