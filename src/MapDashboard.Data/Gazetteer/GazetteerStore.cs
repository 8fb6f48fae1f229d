using MapDashboard.Core.Gazetteer;

namespace MapDashboard.Data.Gazetteer;

/// <summary>The gazetteer of one provider, as the app uses it: lookups, the user layer, and the geoparser's index source.</summary>
/// <param name="Gazetteer">Lookups (candidates, by id, nearest, bounding box, autocomplete, lexicon).</param>
/// <param name="UserPlaces">Adds places analysts drop on the map.</param>
/// <param name="IndexSource">What <see cref="Composition.PlaceIndexLoader"/> loads.</param>
/// <param name="Description">Where the gazetteer is: a file path, or host, port and database.</param>
public sealed record GazetteerStore(IGazetteer Gazetteer, IUserPlaceWriter UserPlaces, IPlaceIndexSource IndexSource, StoreProvider Provider, string Description);
