using MapDashboard.Core.Actors;

namespace MapDashboard.Core.Events;

/// <summary>
/// "Turkish and allied forces took X", "government and allied militias retook X", "Kurdish and allied fighters seized X": a
/// side's adjective (Lexicon/holder-adjectives.tsv) joined by "and" to allied forces (grammar-words kinds <c>ally-conjunct</c>
/// and <c>force-noun</c>) shares their head noun, so it names that side ("Turkish forces and allied forces"); the allies
/// themselves stay unnamed. Without the mention the subject is no one and the gainer falls to a side named elsewhere, often
/// the one that lost. A hyphenated form ("anti-government") is not the adjective.
/// </summary>
public sealed class HolderAllies(string tsv, string allyConjuncts, string forceNouns)
{
    private static readonly Lazy<HolderAllies> Shipped = new(() => new HolderAllies(EventLexicon.Resource("holder-adjectives.tsv"),
        EventLexicon.LoadDefault().CueGroup("ally-conjunct"), EventLexicon.LoadDefault().CueGroup("force-noun")));

    private readonly HolderWords _adjectives = new(tsv, "holder-adjectives.tsv",
        adjectives => @"(?<![\w'’-])(?<word>" + adjectives + @")\s+and\s+(?=" + allyConjuncts + @"\s+" + forceNouns + @"\b)");

    /// <summary>The reader over the lists shipped with the application.</summary>
    public static HolderAllies Default => Shipped.Value;

    /// <summary>The mentions with the adjectives of <paramref name="sentence"/> that head a list with allied forces added (in text order); a named actor there wins.</summary>
    public List<ActorMention> Add(string sentence, IReadOnlyList<ActorMention> mentions, FactionCatalogue catalogue) =>
        _adjectives.Add(sentence, mentions, catalogue, _ => true);
}
