using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace MapDashboard.Core.Actors;

/// <summary>
/// The catalogue of parties to the conflict, loaded from data (Actors/factions.json): names, aliases, sides and
/// colours, units, coalitions and renamings over time. Immutable; one instance serves every request.
/// </summary>
public sealed class FactionCatalogue
{
    private readonly Dictionary<string, Faction> _byId;
    private readonly Dictionary<string, Side> _sides;

    private FactionCatalogue(IEnumerable<Faction> factions, IEnumerable<Side> sides)
    {
        _byId = factions.ToDictionary(f => f.Id, StringComparer.Ordinal);
        _sides = sides.ToDictionary(s => s.Id, StringComparer.Ordinal);
        foreach (var faction in _byId.Values)
        {
            if (!_sides.ContainsKey(faction.Side))
            {
                throw new InvalidDataException($"Faction '{faction.Id}' has unknown side '{faction.Side}'.");
            }
            foreach (var link in new[] { faction.UnitOf, faction.MemberOf, faction.RenamedTo }.Concat(faction.HeldBy?.Select(h => h.FactionId) ?? []))
            {
                if (link is not null && !_byId.ContainsKey(link))
                {
                    throw new InvalidDataException($"Faction '{faction.Id}' refers to unknown faction '{link}'.");
                }
            }
            if (faction.HeldBy is { Count: > 0 } holders && (holders[0].From is not null || holders.Skip(1).Any(h => h.From is null)
                || holders.Skip(1).Zip(holders.Skip(2)).Any(p => p.First.From >= p.Second.From) || holders.Any(h => _byId[h.FactionId].HeldBy is { Count: > 0 })))
            {
                throw new InvalidDataException($"Role '{faction.Id}': its first holder holds it from the start, each later one from a later date, and no holder is itself a role.");
            }
        }
    }

    /// <summary>Every faction.</summary>
    public IReadOnlyCollection<Faction> Factions => _byId.Values;

    /// <summary>Every side.</summary>
    public IReadOnlyCollection<Side> Sides => _sides.Values;

    /// <summary>
    /// The catalogue shipped with the application, with ACLED's actor names of the shipped ACLED map recognised as
    /// aliases of the factions they map to (see <see cref="WithAcledNames"/>).
    /// </summary>
    public static FactionCatalogue LoadDefault()
    {
        using var stream = typeof(FactionCatalogue).Assembly.GetManifestResourceStream("MapDashboard.Core.Actors.factions.json")
            ?? throw new InvalidOperationException("The faction catalogue resource is missing from the build.");
        return Load(stream).WithAcledNames(AcledActorMap.LoadDefault());
    }

    /// <summary>
    /// This catalogue with every ACLED actor name of <paramref name="map"/>, in the forms reports write it
    /// (<see cref="AcledNameForms"/>), added as an alias of the faction the map gives it. A form the catalogue already
    /// has (as any faction's name or alias) is left as it is: the catalogue's own entries win.
    /// </summary>
    public FactionCatalogue WithAcledNames(AcledActorMap map)
    {
        var names = map.Names.ToList();
        var countries = AcledNameForms.CountriesOf(names.Select(n => n.AcledName));
        var known = new HashSet<string>(_byId.Values.SelectMany(f => f.Aliases.Concat(f.CaseSensitiveAliases).Append(f.Name)), StringComparer.OrdinalIgnoreCase);
        var added = new Dictionary<string, (List<string> Plain, List<string> Acronyms)>(StringComparer.Ordinal);
        foreach (var (acledName, factionId) in names)
        {
            if (!_byId.ContainsKey(factionId))
            {
                throw new InvalidDataException($"ACLED actor '{acledName}' maps to unknown faction '{factionId}'.");
            }
            foreach (var (text, caseSensitive) in AcledNameForms.Of(acledName, countries))
            {
                if (!known.Add(text))
                {
                    continue;
                }
                if (!added.TryGetValue(factionId, out var lists))
                {
                    lists = (new List<string>(), new List<string>());
                    added[factionId] = lists;
                }
                (caseSensitive ? lists.Acronyms : lists.Plain).Add(text);
            }
        }
        var factions = _byId.Values.Select(f => added.TryGetValue(f.Id, out var a)
            ? f with { Aliases = [.. f.Aliases, .. a.Plain], CaseSensitiveAliases = [.. f.CaseSensitiveAliases, .. a.Acronyms] }
            : f);
        return new FactionCatalogue(factions, _sides.Values);
    }

    /// <summary>Reads a catalogue in the factions.json format.</summary>
    public static FactionCatalogue Load(Stream json)
    {
        var file = JsonSerializer.Deserialize<CatalogueFile>(json, new JsonSerializerOptions { PropertyNameCaseInsensitive = true })
            ?? throw new InvalidDataException("The faction catalogue is empty.");
        // Every entry says where its names come from (public references, general English usage, ACLED's codebook):
        // a name added only because one report needed it has no source to give.
        if (file.Factions.FirstOrDefault(f => string.IsNullOrWhiteSpace(f.Source)) is { } unsourced)
        {
            throw new InvalidDataException($"Faction '{unsourced.Id}' has no source: say where its name and aliases come from.");
        }
        var factions = file.Factions.Select(f => new Faction(f.Id, f.Name, f.Side, f.Aliases ?? [], f.CaseSensitiveAliases ?? [], f.UnitOf, f.MemberOf,
            f.RenamedTo, Day(f.RenamedOn), f.Note, f.Generic ?? false,
            f.HeldBy?.Select(h => new RoleHolder(h.Faction, Day(h.From))).ToList()));
        return new FactionCatalogue(factions, file.Sides.Select(s => new Side(s.Id, s.Name, s.Colour)));
    }

    private static DateOnly? Day(string? text) => text is null ? null : DateOnly.ParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>The faction with this id, or null.</summary>
    public Faction? Get(string id) => _byId.GetValueOrDefault(id);

    /// <summary>The side of a faction id (unknown for ids the catalogue lacks).</summary>
    public Side SideOf(string factionId) => _sides[_byId.TryGetValue(factionId, out var f) ? f.Side : "unknown"];

    /// <summary>
    /// The name a faction went by at a date, following renamings: "al-Nusra" in 2018 is Hayat Tahrir al-Sham's lineage.
    /// A role is first read as its holder at the date (<see cref="HolderOf"/>).
    /// </summary>
    public Faction AsOf(Faction faction, DateOnly? date)
    {
        var current = HolderOf(faction, date);
        while (date is { } d && current.RenamedTo is { } next && current.RenamedOn is { } on && d >= on)
        {
            current = _byId[next];
        }
        return current;
    }

    /// <summary>
    /// The faction holding a role at a date: "government forces" are Assad's army before 8 December 2024 and the new
    /// government's forces from then on (factions.json, "heldBy"). Without a date, the first holder (the words' reading
    /// before the role changed hands). A faction that is no role is itself.
    /// </summary>
    public Faction HolderOf(Faction faction, DateOnly? date)
    {
        if (faction.HeldBy is not { Count: > 0 } holders)
        {
            return faction;
        }
        var holder = holders[0];
        foreach (var later in holders.Skip(1))
        {
            if (date is { } d && later.From is { } from && d >= from)
            {
                holder = later;
            }
        }
        return _byId[holder.FactionId];
    }

    /// <summary>Mentions of roles read as the role's holder at <paramref name="date"/>; other mentions as they are.</summary>
    public List<ActorMention> WithRoleHolders(List<ActorMention> mentions, DateOnly? date) =>
        mentions.Any(m => m.Faction.HeldBy is { Count: > 0 }) ? [.. mentions.Select(m => m with { Faction = HolderOf(m.Faction, date) })] : mentions;

    /// <summary>The force a unit belongs to, or the faction itself.</summary>
    public Faction TopLevel(Faction faction) => faction.UnitOf is { } parent ? TopLevel(_byId[parent]) : faction;

    private sealed record CatalogueFile(List<SideRow> Sides, List<FactionRow> Factions);

    private sealed record SideRow(string Id, string Name, string Colour);

    private sealed record FactionRow(
        string Id, string Name, string Side, List<string>? Aliases,
        [property: JsonPropertyName("caseSensitiveAliases")] List<string>? CaseSensitiveAliases,
        string? UnitOf, string? MemberOf, string? RenamedTo, string? RenamedOn, string? Note, string? Source, bool? Generic, List<HolderRow>? HeldBy);

    private sealed record HolderRow(string Faction, string? From);
}
