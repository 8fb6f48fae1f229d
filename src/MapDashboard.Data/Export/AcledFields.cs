using System.Text.Json;
using MapDashboard.Core.Actors;
using MapDashboard.Core.Events;
using MapDashboard.Core.Gazetteer;
using MapDashboard.Data.Gazetteer;

namespace MapDashboard.Data.Export;

/// <summary>
/// ACLED's values of an exported event: actor names (ACLED's where the actor map has one), the derived codes (disorder
/// type, inter codes, interaction, civilian targeting), the fatalities the cited sentence states, and the country and
/// admin path from the gazetteer's entry of the event's place (blank when the gazetteer lacks it or none was given).
/// </summary>
internal sealed class AcledFields(FactionCatalogue factions, IGazetteer? gazetteer)
{
    private static readonly Lazy<(AcledDerivedFields Derived, AcledActorMap Map, FatalityCounter Fatalities, IsoCountries Iso)> Shared = new(() =>
    {
        var lexicon = EventLexicon.LoadDefault();
        var map = AcledActorMap.LoadDefault();
        return (new AcledDerivedFields(lexicon, map, FactionCatalogue.LoadDefault()), map, new FatalityCounter(lexicon), IsoCountries.LoadDefault());
    });

    private readonly PlaceAdminPaths _paths = new(gazetteer);
    private readonly Dictionary<string, string?> _countries = new(StringComparer.OrdinalIgnoreCase);

    public AcledDerivedFields Derived => Shared.Value.Derived;

    /// <summary>The actor's name in the faction catalogue, else its id; "" for none.</summary>
    public string ActorName(string? id) => id is null ? "" : factions.Get(id)?.Name ?? id;

    /// <summary>The actor's ACLED name (the first the ACLED actor map gives), else <see cref="ActorName"/>.</summary>
    public string AcledActorName(string? id) => id is null ? "" : Shared.Value.Map.AcledNameOf(id) ?? ActorName(id);

    /// <summary>The associated actors of a row.</summary>
    public static IReadOnlyList<string> Assoc(ExportRow row) =>
        string.IsNullOrEmpty(row.AssocActors) ? [] : JsonSerializer.Deserialize<List<string>>(row.AssocActors) ?? [];

    /// <summary>The fatalities the cited sentence states, or null.</summary>
    public static int? Fatalities(string? excerpt) => string.IsNullOrEmpty(excerpt) ? null : Shared.Value.Fatalities.Count(excerpt);

    /// <summary>The gazetteer's entry of a place id, looked up once per export.</summary>
    public Task<Place?> PlaceAsync(string? placeId, CancellationToken cancellationToken) => _paths.PlaceAsync(placeId, cancellationToken);

    /// <summary>A country's name as the gazetteer writes it (Natural Earth's "Syria"), else ISO's short name.</summary>
    public async Task<string?> CountryAsync(string? alpha2, CancellationToken cancellationToken)
    {
        if (alpha2 is null)
        {
            return null;
        }
        if (!_countries.TryGetValue(alpha2, out var name))
        {
            var entry = gazetteer is null ? null : await gazetteer.GetByIdAsync("ne0:" + alpha2.ToUpperInvariant(), cancellationToken);
            _countries[alpha2] = name = entry?.Name ?? Shared.Value.Iso.NameOf(alpha2);
        }
        return name;
    }

    /// <summary>ACLED's iso column: the ISO 3166-1 numeric code.</summary>
    public static int? IsoNumeric(string? alpha2) => Shared.Value.Iso.NumericOf(alpha2);
}
