using MapDashboard.Core.Gazetteer;

namespace MapDashboard.Data.Gazetteer;

/// <summary>A place with every name it is known by, ready to be written to the gazetteer.</summary>
/// <param name="Layer">bundled (rebuilt from sources), imported (from a user's GeoNames file) or user (survives rebuilds).</param>
/// <param name="Bounds">The area's extent as min lon, min lat, max lon, max lat, when it is more than a point.</param>
/// <param name="OtherIds">The ids of the source records merged into this place (gn:…, wof:…): the concordance, found by id lookups too.</param>
public sealed record PlaceEntry(Place Place, IReadOnlyList<PlaceName> Names, string Layer = "bundled", double[]? Bounds = null, IReadOnlyList<string>? OtherIds = null);

/// <summary>One name of a place: as written, its language when known, and its kind (primary, ascii, alternate, curated).</summary>
public sealed record PlaceName(string Name, string? Language, string Kind);
