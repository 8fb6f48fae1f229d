using System.Globalization;
using System.Text;
using NetTopologySuite.Geometries;

namespace MapDashboard.Data.Store;

/// <summary>
/// An area drawn on the map to filter events by: a simple polygon of 3 to <see cref="MaxVertices"/> WGS84 vertices, kept
/// in the URL as <c>lon,lat;lon,lat;...</c> (<see cref="Encode"/>). Stored counter-clockwise, without the closing vertex.
/// </summary>
public sealed record AreaPolygon
{
    /// <summary>The most vertices an area may have (a URL stays short; a hand-drawn area needs far fewer).</summary>
    public const int MaxVertices = 100;

    private static readonly GeometryFactory Geometries = new(new PrecisionModel(), 4326);

    private readonly Lazy<Polygon> _polygon;

    private AreaPolygon(IReadOnlyList<(double Lon, double Lat)> vertices)
    {
        Vertices = vertices;
        _polygon = new Lazy<Polygon>(() => Geometries.CreatePolygon(Vertices.Append(Vertices[0]).Select(v => new Coordinate(v.Lon, v.Lat)).ToArray()));
    }

    /// <summary>The vertices, counter-clockwise, the first not repeated at the end.</summary>
    public IReadOnlyList<(double Lon, double Lat)> Vertices { get; }

    /// <summary>The rectangle around the area.</summary>
    public BoundingBox Bounds => new(Vertices.Min(v => v.Lon), Vertices.Min(v => v.Lat), Vertices.Max(v => v.Lon), Vertices.Max(v => v.Lat));

    /// <summary>Whether a point lies inside the area or on its edge, as the stores' area filter decides for events.</summary>
    public bool Covers(double lon, double lat) => _polygon.Value.Covers(Geometries.CreatePoint(new Coordinate(lon, lat)));

    /// <summary>Reads <c>lon,lat;lon,lat;...</c>; null and a message naming what is wrong when the text is not a simple polygon.</summary>
    public static AreaPolygon? Parse(string? text, out string? error)
    {
        error = null;
        var pairs = (text ?? "").Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var vertices = new List<(double Lon, double Lat)>();
        foreach (var pair in pairs)
        {
            var parts = pair.Split(',');
            if (parts.Length != 2 || !TryNumber(parts[0], out var lon) || !TryNumber(parts[1], out var lat))
            {
                error = $"'{Shorten(pair)}' is not a vertex lon,lat (vertices are separated by ';')";
                return null;
            }
            if (lon is < -180 or > 180 || lat is < -90 or > 90)
            {
                error = $"vertex '{Shorten(pair)}' is outside -180..180 longitude, -90..90 latitude";
                return null;
            }
            vertices.Add((lon, lat));
        }
        if (vertices.Count > 1 && vertices[0] == vertices[^1])
        {
            vertices.RemoveAt(vertices.Count - 1); // a closed ring: the closing vertex is implied
        }
        if (vertices.Count < 3 || vertices.Count > MaxVertices)
        {
            error = $"an area needs 3 to {MaxVertices} vertices lon,lat;lon,lat;... ({vertices.Count} given)";
            return null;
        }
        if (CrossesItself(vertices))
        {
            error = "the area's edges cross each other";
            return null;
        }
        var area = SignedArea(vertices);
        if (Math.Abs(area) < 1e-10)
        {
            error = "the area's vertices enclose no area";
            return null;
        }
        if (area < 0)
        {
            vertices.Reverse();
        }
        return new AreaPolygon(vertices);
    }

    /// <summary>The area as <c>lon,lat;lon,lat;...</c> (at most six decimals), as <see cref="Parse"/> reads it.</summary>
    public string Encode() => string.Join(';', Vertices.Select(v => $"{Number(v.Lon)},{Number(v.Lat)}"));

    /// <summary>The closed ring as SQLite's geopoly JSON, <c>[[lon,lat],...]</c>.</summary>
    public string ToGeopolyJson() => "[" + string.Join(',', Vertices.Append(Vertices[0]).Select(v => $"[{Number(v.Lon)},{Number(v.Lat)}]")) + "]";

    /// <summary>The area as WKT, <c>POLYGON((lon lat, ...))</c>, closed.</summary>
    public string ToWkt() => new StringBuilder("POLYGON((")
        .AppendJoin(", ", Vertices.Append(Vertices[0]).Select(v => $"{Number(v.Lon)} {Number(v.Lat)}")).Append("))").ToString();

    /// <inheritdoc />
    public bool Equals(AreaPolygon? other) => other is not null && Encode() == other.Encode();

    /// <inheritdoc />
    public override int GetHashCode() => Encode().GetHashCode(StringComparison.Ordinal);

    private static double SignedArea(IReadOnlyList<(double Lon, double Lat)> v)
    {
        var sum = 0.0;
        for (int i = 0, j = v.Count - 1; i < v.Count; j = i++)
        {
            sum += (v[j].Lon * v[i].Lat) - (v[i].Lon * v[j].Lat);
        }
        return sum / 2;
    }

    private static bool CrossesItself(IReadOnlyList<(double Lon, double Lat)> v)
    {
        var n = v.Count;
        for (var i = 0; i < n; i++)
        {
            for (var j = i + 1; j < n; j++)
            {
                // Neighbouring edges share a vertex; every other pair must not meet.
                if (j == i + 1 || (i == 0 && j == n - 1))
                {
                    continue;
                }
                if (Intersect(v[i], v[(i + 1) % n], v[j], v[(j + 1) % n]))
                {
                    return true;
                }
            }
        }
        return false;
    }

    private static bool Intersect((double X, double Y) a, (double X, double Y) b, (double X, double Y) c, (double X, double Y) d)
    {
        static double Cross((double X, double Y) o, (double X, double Y) p, (double X, double Y) q) => (p.X - o.X) * (q.Y - o.Y) - (p.Y - o.Y) * (q.X - o.X);
        var d1 = Cross(c, d, a);
        var d2 = Cross(c, d, b);
        var d3 = Cross(a, b, c);
        var d4 = Cross(a, b, d);
        return ((d1 > 0 && d2 < 0) || (d1 < 0 && d2 > 0)) && ((d3 > 0 && d4 < 0) || (d3 < 0 && d4 > 0));
    }

    private static bool TryNumber(string text, out double value) =>
        double.TryParse(text.Trim(), NumberStyles.Float, CultureInfo.InvariantCulture, out value) && double.IsFinite(value);

    private static string Number(double value) => Math.Round(value, 6).ToString("0.######", CultureInfo.InvariantCulture);

    private static string Shorten(string text) => text.Length <= 40 ? text : text[..40] + "…";
}
