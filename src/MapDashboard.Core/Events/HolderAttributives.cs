using MapDashboard.Core.Actors;

namespace MapDashboard.Core.Events;

/// <summary>
/// The side named by an adjective (Lexicon/holder-adjectives.tsv) right before a noun of one grammar-words kind, read as a
/// mention of the faction it stands for when <paramref name="startsHere"/> holds at that noun; a named actor there wins, and a
/// hyphenated form ("anti-government") is not the adjective. Two readers:
/// <list type="bullet">
/// <item><see cref="Movement"/>: "the Kurdish advance into X", "a rebel push into X", "government gains around X": before a noun
/// of advancing or taking (kind <c>movement-noun</c>) where a territory or advance trigger starts; the possessor rule of
/// <see cref="ActorRoles"/> then makes it the one that gained.</item>
/// <item><see cref="Weapons"/> (session 22): "rebel rockets landed on X", "Turkish howitzers pounded Y", "government shelling
/// killed four": before a noun of weapons or aircraft (kind <c>weapon-noun</c>) where a remote-violence trigger starts, or the
/// noun is an aircraft: the side fired them, and the mention takes actor 1 as any subject does.</item>
/// <item><see cref="Assault"/> (session 24): "the army repelled a rebel offensive on X", "SDF fighters fended off a jihadist assault":
/// before a noun of attacking (kind <c>assault-noun</c>) where an assault trigger starts: the side that attacked, which the role
/// rules then read as the one acted on when another side is the subject.</item>
/// <item><see cref="Ground"/> (session 25): "a government checkpoint was hit by a suicide bomber", "a rebel headquarters in X",
/// "shelling on Kurdish posts": before a noun of a military site or column (kind <c>side-ground-noun</c>), wherever it stands:
/// the side it belongs to, as the catalogue's "army checkpoint" and "government positions" already are.</item>
/// </list>
/// </summary>
public sealed class HolderAttributives(string tsv, string nouns, Func<string, int, EventLexicon, bool> startsHere)
{
    private static readonly string[] Remote = ["air", "strike", "shelling", "explosive", "chemical"];

    private static readonly Lazy<HolderAttributives> ShippedMovement = new(() => Shipped("movement-noun",
        (sentence, at, lexicon) => lexicon.TriggerStartsAt(sentence, at, HolderWords.TakesGround)));

    private static readonly Lazy<HolderAttributives> ShippedWeapons = new(() => Shipped("weapon-noun",
        (sentence, at, lexicon) => lexicon.TriggerStartsAt(sentence, at, rule => Remote.Contains(rule.Class))
            || lexicon.Object("aircraft").Match(sentence, at) is { Success: true } a && a.Index == at));

    private static readonly Lazy<HolderAttributives> ShippedAssault = new(() => Shipped("assault-noun",
        (sentence, at, lexicon) => lexicon.TriggerStartsAt(sentence, at, rule => rule.Class == "assault")));

    private static readonly Lazy<HolderAttributives> ShippedGround = new(() => Shipped("side-ground-noun", (_, _, _) => true));

    private readonly HolderWords _adjectives = new(tsv, "holder-adjectives.tsv",
        adjectives => @"(?<![\w'’-])(?<word>" + adjectives + @")\s+(?=" + nouns + @"\b)");

    /// <summary>The adjectives before a territory or advance noun, over the lists shipped with the application.</summary>
    public static HolderAttributives Movement => ShippedMovement.Value;

    /// <summary>The adjectives before a weapon or aircraft noun, over the lists shipped with the application.</summary>
    public static HolderAttributives Weapons => ShippedWeapons.Value;

    /// <summary>Session 24: the adjectives before a noun of attacking where an assault trigger starts ("repelled a rebel offensive on X").</summary>
    public static HolderAttributives Assault => ShippedAssault.Value;

    /// <summary>Session 25: the adjectives before a noun of a military site or column ("a government checkpoint", "a rebel headquarters").</summary>
    public static HolderAttributives Ground => ShippedGround.Value;

    /// <summary>The mentions with the adjectives of <paramref name="sentence"/> that stand before such a noun added (in text order); a named actor there wins.</summary>
    public List<ActorMention> Add(string sentence, IReadOnlyList<ActorMention> mentions, FactionCatalogue catalogue, EventLexicon lexicon) =>
        _adjectives.Add(sentence, mentions, catalogue, m => startsHere(sentence, m.Index + m.Length, lexicon));

    private static HolderAttributives Shipped(string nounKind, Func<string, int, EventLexicon, bool> startsHere) =>
        new(EventLexicon.Resource("holder-adjectives.tsv"), EventLexicon.LoadDefault().CueGroup(nounKind), startsHere);
}
