using MapDashboard.Core.Actors;

namespace MapDashboard.Core.Events;

/// <summary>
/// "The Kurdish advance into X", "a rebel push into X", "government gains around X": the side named by an adjective
/// (Lexicon/holder-adjectives.tsv) right before a noun of advancing or taking (grammar-words kind <c>movement-noun</c>) is a
/// mention of the faction it stands for, when a territory or advance trigger starts at that noun; the possessor rule of
/// <see cref="ActorRoles"/> then makes it the one that gained. A hyphenated form ("anti-government") is not the adjective.
/// </summary>
public sealed class HolderAttributives(string tsv, string movementNouns)
{
    private static readonly Lazy<HolderAttributives> Shipped = new(() =>
        new HolderAttributives(EventLexicon.Resource("holder-adjectives.tsv"), EventLexicon.LoadDefault().CueGroup("movement-noun")));

    private readonly HolderWords _adjectives = new(tsv, "holder-adjectives.tsv",
        adjectives => @"(?<![\w'’-])(?<word>" + adjectives + @")\s+(?=" + movementNouns + @"\b)");

    /// <summary>The reader over the lists shipped with the application.</summary>
    public static HolderAttributives Default => Shipped.Value;

    /// <summary>The mentions with the adjectives of <paramref name="sentence"/> that stand before a territory or advance noun added (in text order); a named actor there wins.</summary>
    public List<ActorMention> Add(string sentence, IReadOnlyList<ActorMention> mentions, FactionCatalogue catalogue, EventLexicon lexicon) =>
        _adjectives.Add(sentence, mentions, catalogue, m =>
        {
            var at = m.Index + m.Length;
            return lexicon.TriggerStartsAt(sentence, at, HolderWords.TakesGround);
        });
}
