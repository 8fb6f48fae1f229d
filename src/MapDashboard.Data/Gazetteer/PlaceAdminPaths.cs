using MapDashboard.Core.Gazetteer;

namespace MapDashboard.Data.Gazetteer;

/// <summary>
/// The gazetteer entries of events' places, each looked up once, and the admin path an event is given from them: the
/// governorate the event was stored with (else its place's), and its place's district and sub-district. The CSV export's
/// admin columns and the trends panel's district table both read it, so they always agree. Without a gazetteer, only the
/// stored governorate is known.
/// </summary>
public sealed class PlaceAdminPaths(IGazetteer? gazetteer)
{
    private readonly Dictionary<string, Place?> _places = new(StringComparer.Ordinal);

    /// <summary>The gazetteer's entry of a place id, or null (no gazetteer, no id, or an id the gazetteer lacks).</summary>
    public async Task<Place?> PlaceAsync(string? placeId, CancellationToken cancellationToken = default)
    {
        if (gazetteer is null || string.IsNullOrEmpty(placeId))
        {
            return null;
        }
        if (!_places.TryGetValue(placeId, out var place))
        {
            _places[placeId] = place = await gazetteer.GetByIdAsync(placeId, cancellationToken);
        }
        return place;
    }

    /// <summary>The admin path of an event stored with <paramref name="storedAdmin1"/> at the place <paramref name="placeId"/>.</summary>
    public async Task<AdminPath> OfAsync(string? placeId, string? storedAdmin1, CancellationToken cancellationToken = default) =>
        Of(storedAdmin1, await PlaceAsync(placeId, cancellationToken));

    /// <summary>The admin path of an event stored with <paramref name="storedAdmin1"/> at a place the gazetteer gives (or not).</summary>
    public static AdminPath Of(string? storedAdmin1, Place? place) => new(storedAdmin1 ?? place?.Admin1, place?.Admin2, place?.Admin3);
}
