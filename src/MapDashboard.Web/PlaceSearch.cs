using MapDashboard.Core.Gazetteer;
using MapDashboard.Data;
using MapDashboard.Data.Gazetteer;

namespace MapDashboard.Web;

/// <summary>Gazetteer autocomplete for the search box; empty (not an error) while the gazetteer is not built.</summary>
public sealed class PlaceSearch(GazetteerAccess access)
{
    private readonly Lazy<IGazetteer?> _gazetteer = new(access.TryOpen);

    /// <summary>The bundled gazetteer, opened once; null while it is not built.</summary>
    public IGazetteer? Gazetteer => _gazetteer.Value;

    /// <summary>The longest text searched for (as GET /api/gazetteer/search allows); no place name is longer.</summary>
    public const int MaxLength = 100;

    /// <summary>Places whose names start with (or contain) the typed text, governorates and large places first.</summary>
    public async Task<IReadOnlyList<Place>> FindAsync(string? typed, CancellationToken cancellationToken = default) =>
        string.IsNullOrWhiteSpace(typed) || typed.Trim().Length is < 2 or > MaxLength || _gazetteer.Value is not { } gazetteer
            ? []
            : await gazetteer.AutocompleteAsync(typed.Trim(), 10, cancellationToken);

    /// <summary>Whether one of the place's names is the typed text, as written or folded (not only a prefix or a likeness).</summary>
    public async Task<bool> IsBestMatchAsync(string typed, Place place, CancellationToken cancellationToken = default) =>
        !string.IsNullOrWhiteSpace(typed) && typed.Trim().Length <= MaxLength && _gazetteer.Value is { } gazetteer
        && (await gazetteer.FindCandidatesAsync(typed.Trim(), 50, cancellationToken)).Any(c => c.Place.Id == place.Id && c.Kind <= MatchKind.Folded);
}
