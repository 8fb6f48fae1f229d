namespace MapDashboard.Core.Actors;

/// <summary>A party to the conflict as the catalogue (Actors/factions.json) describes it.</summary>
/// <param name="UnitOf">The force this is a unit of (Tiger Forces of the Syrian Arab Army).</param>
/// <param name="MemberOf">The coalition or group it belongs to (Faylaq al-Sham of the Free Syrian Army).</param>
/// <param name="RenamedTo">The faction it became, from <paramref name="RenamedOn"/> (Jabhat al-Nusra to Jabhat Fatah al-Sham).</param>
/// <param name="Generic">A descriptive party ("rebels", "pro-government militias", "gunmen"), not a named group.</param>
public sealed record Faction(
    string Id,
    string Name,
    string Side,
    IReadOnlyList<string> Aliases,
    IReadOnlyList<string> CaseSensitiveAliases,
    string? UnitOf,
    string? MemberOf,
    string? RenamedTo,
    DateOnly? RenamedOn,
    string? Note,
    bool Generic = false);
