using MapDashboard.Core.Actors;

namespace MapDashboard.Core.Events;

/// <summary>
/// Session 22: "Rebel rockets landed on X", "Turkish howitzers pounded Y", "government shelling killed four": the side named
/// by an adjective (Lexicon/holder-adjectives.tsv) right before a noun of weapons or aircraft (grammar-words kind
/// <c>weapon-noun</c>) fired them, when a remote-violence trigger starts at that noun or the noun is an aircraft; the
/// mention then takes actor 1 as any subject does. A hyphenated form ("anti-government") is not the adjective.
/// </summary>
public sealed class WeaponAttributives(string tsv, string weaponNouns)
{
    private static readonly string[] Remote = ["air", "strike", "shelling", "explosive", "chemical"];

    private static readonly Lazy<WeaponAttributives> Shipped = new(() =>
        new WeaponAttributives(EventLexicon.Resource("holder-adjectives.tsv"), EventLexicon.LoadDefault().CueGroup("weapon-noun")));

    private readonly HolderWords _adjectives = new(tsv, "holder-adjectives.tsv",
        adjectives => @"(?<![\w'’-])(?<word>" + adjectives + @")\s+(?=" + weaponNouns + @"\b)");

    /// <summary>The reader over the lists shipped with the application.</summary>
    public static WeaponAttributives Default => Shipped.Value;

    /// <summary>The mentions with the adjectives of <paramref name="sentence"/> that stand before a weapon noun added (in text order); a named actor there wins.</summary>
    public List<ActorMention> Add(string sentence, IReadOnlyList<ActorMention> mentions, FactionCatalogue catalogue, EventLexicon lexicon) =>
        _adjectives.Add(sentence, mentions, catalogue, m =>
        {
            var at = m.Index + m.Length;
            return lexicon.TriggerStartsAt(sentence, at, rule => Remote.Contains(rule.Class)) || lexicon.Object("aircraft").Match(sentence, at) is { Success: true } a && a.Index == at;
        });
}
