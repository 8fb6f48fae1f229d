namespace MapDashboard.Core.Actors;

/// <summary>A party to the conflict as the catalogue (Actors/factions.json) describes it.</summary>
/// <param name="UnitOf">The force this is a unit of (Tiger Forces of the Syrian Arab Army).</param>
/// <param name="MemberOf">The coalition or group it belongs to (Faylaq al-Sham of the Free Syrian Army).</param>
/// <param name="RenamedTo">The faction it became, from <paramref name="RenamedOn"/> (Jabhat al-Nusra to Jabhat Fatah al-Sham).</param>
/// <param name="Generic">A descriptive party ("rebels", "pro-government militias", "gunmen"), not a named group.</param>
/// <param name="HeldBy">For a role rather than a group ("government forces", "the army"): the factions that held it, each
/// from its date on (the first from the start), so the words name the holder of the event's date.</param>
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
    bool Generic = false,
    IReadOnlyList<RoleHolder>? HeldBy = null);

/// <summary>A faction holding a role of the catalogue from a date on (null: from the start).</summary>
public sealed record RoleHolder(string FactionId, DateOnly? From);
