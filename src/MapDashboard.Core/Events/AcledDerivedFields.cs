using MapDashboard.Core.Actors;

namespace MapDashboard.Core.Events;

/// <summary>
/// ACLED's derived columns of an event (see EventTaxonomy.md): the disorder type of its sub-event type, each actor's
/// inter code (from the ACLED actor map, else the kind of its side), the interaction (both codes, lower first; one
/// code and 0 when there is no second actor) and civilian targeting (civilians as the second actor of violence).
/// </summary>
public sealed class AcledDerivedFields(EventLexicon lexicon, AcledActorMap map, FactionCatalogue catalogue)
{
    /// <summary>Derived fields over the data shipped with the application.</summary>
    public static AcledDerivedFields CreateDefault() => new(EventLexicon.LoadDefault(), AcledActorMap.LoadDefault(), FactionCatalogue.LoadDefault());

    /// <summary>Political violence, Demonstrations or Strategic developments; null for a sub-type ACLED does not have.</summary>
    public string? DisorderType(string subType) => lexicon.Taxonomy.TryGetValue(subType, out var t) ? t.DisorderType : null;

    /// <summary>ACLED's inter code (1-8) of a faction id, or null for no actor.</summary>
    public int? Inter(string? factionId)
    {
        if (factionId is null)
        {
            return null;
        }
        var faction = catalogue.Get(factionId);
        var top = faction is null ? null : catalogue.TopLevel(faction);
        return map.InterOf(factionId) ?? (top is null ? null : map.InterOf(top.Id))
            ?? map.InterOfSide(faction?.Side ?? "unknown") ?? 3;
    }

    /// <summary>The interaction code: "12" for state forces against a rebel group, "20" for a rebel group alone.</summary>
    public string? Interaction(string? actor1, string? actor2)
    {
        var codes = new[] { Inter(actor1), Inter(actor2) }.Where(c => c is not null).Select(c => c!.Value).Order().ToList();
        return codes.Count switch
        {
            0 => null,
            1 => $"{codes[0]}0",
            _ => $"{codes[0]}{codes[1]}",
        };
    }

    /// <summary>"Civilian targeting" when civilians are the second actor of political violence, else null.</summary>
    public string? CivilianTargeting(string subType, string? actor2) =>
        actor2 is not null && Inter(actor2) == 7 && DisorderType(subType)?.StartsWith("Political violence", StringComparison.Ordinal) == true
            ? "Civilian targeting" : null;
}
