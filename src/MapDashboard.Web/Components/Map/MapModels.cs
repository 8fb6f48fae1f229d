namespace MapDashboard.Web.Components.Map;

/// <summary>How a GeoJSON overlay is drawn; a feature's own "colour" property overrides the colours.</summary>
public sealed record GeoJsonLayerStyle(
    string Color = "#455a64",
    double Weight = 1.5,
    double Opacity = 0.9,
    string FillColor = "#90a4ae",
    double FillOpacity = 0.35,
    string? DashArray = null);

/// <summary>
/// One point marker: a shape (circle, triangle, diamond, square, star, hexagon, cross, pentagon) whose colour, size and dashed
/// outline carry meaning, with an optional dashed ring drawn to scale for an imprecise location. A marker with
/// <paramref name="Count"/> above one is a server-side cluster drawn as a badge.
/// </summary>
public sealed record MapMarker(string Id, double Lat, double Lon, string Color, string? Title = null, int Radius = 7, bool Dashed = false,
    string? StrokeColor = null, string Shape = "circle", double? RingMetres = null, long Count = 1);

/// <summary>A ring drawn around a point (a place that changed hands), with its tooltip; kept by <paramref name="Id"/> between updates.</summary>
public sealed record MapRing(string Id, double Lat, double Lon, string Title);

/// <summary>What the map shows: its bounds, zoom and centre.</summary>
public sealed record MapView(double South, double West, double North, double East, int Zoom, double CenterLat, double CenterLon);

/// <summary>Popup content as data; the JS side renders every string as text, never as markup.</summary>
public sealed record PopupContent(string Title, IReadOnlyList<PopupLine> Lines, string? Excerpt = null, IReadOnlyList<PopupHighlight>? Highlights = null, IReadOnlyList<PopupLink>? Links = null);

/// <summary>A link in a popup to a page of this app (the href must be a local path).</summary>
public sealed record PopupLink(string Text, string Href);

/// <summary>A label/value row of a popup, with an optional colour swatch.</summary>
public sealed record PopupLine(string? Label, string Text, string? Color = null);

/// <summary>A highlighted span of a popup's excerpt (offsets into the excerpt).</summary>
public sealed record PopupHighlight(int Start, int End, string Kind);

/// <summary>A click on a feature of a named GeoJSON layer (the basemap's governorates are layer "admin1").</summary>
public sealed record MapFeatureClick(string Layer, IReadOnlyDictionary<string, System.Text.Json.JsonElement> Properties);

/// <summary>A click on a marker of a named marker layer.</summary>
public sealed record MapMarkerClick(string Layer, string MarkerId);

/// <summary>A point on the map.</summary>
public sealed record MapPoint(double Lat, double Lon);
