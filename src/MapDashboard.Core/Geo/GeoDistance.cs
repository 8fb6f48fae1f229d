namespace MapDashboard.Core.Geo;

/// <summary>Great-circle distances on a spherical Earth.</summary>
public static class GeoDistance
{
    /// <summary>Mean Earth radius in kilometres.</summary>
    public const double EarthRadiusKm = 6371.0088;

    /// <summary>Haversine distance in kilometres between two WGS84 points.</summary>
    public static double Kilometres(double lat1, double lon1, double lat2, double lon2)
    {
        var dLat = ToRadians(lat2 - lat1);
        var dLon = ToRadians(lon2 - lon1);
        var a = Math.Sin(dLat / 2) * Math.Sin(dLat / 2)
              + Math.Cos(ToRadians(lat1)) * Math.Cos(ToRadians(lat2)) * Math.Sin(dLon / 2) * Math.Sin(dLon / 2);
        return 2 * EarthRadiusKm * Math.Asin(Math.Min(1, Math.Sqrt(a)));
    }

    /// <summary>
    /// Equirectangular approximation: within 0.5% of <see cref="Kilometres"/> below a few hundred km, where it is used
    /// to weigh nearness, at a fraction of the cost.
    /// </summary>
    public static double ApproxKilometres(double lat1, double lon1, double lat2, double lon2)
    {
        var x = ToRadians(lon2 - lon1) * Math.Cos(ToRadians((lat1 + lat2) / 2));
        var y = ToRadians(lat2 - lat1);
        return EarthRadiusKm * Math.Sqrt(x * x + y * y);
    }

    private static double ToRadians(double degrees) => degrees * Math.PI / 180;
}
