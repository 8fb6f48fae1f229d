using MapDashboard.Core.Geo;

namespace MapDashboard.Data.Gazetteer.Villages;

/// <summary>Records bucketed by a 0.05° lon/lat grid, for "within N km" and "nearest" during the build.</summary>
internal sealed class PointGrid
{
    private const double Cell = 0.05;
    private readonly Dictionary<(int, int), List<VillageRecord>> _cells = [];

    public PointGrid(IEnumerable<VillageRecord> records)
    {
        foreach (var record in records)
        {
            var key = Key(record.Place.Lat, record.Place.Lon);
            if (!_cells.TryGetValue(key, out var list))
            {
                _cells[key] = list = [];
            }
            list.Add(record);
        }
    }

    /// <summary>The records within <paramref name="km"/> of the point, with their distance.</summary>
    public IEnumerable<(VillageRecord Record, double Km)> Within(double lat, double lon, double km)
    {
        var reach = (int)Math.Ceiling(km / (111.0 * Cell * Math.Max(0.2, Math.Cos(lat * Math.PI / 180)))) ;
        foreach (var record in Ring(lat, lon, 0, reach))
        {
            var distance = GeoDistance.Kilometres(lat, lon, record.Place.Lat, record.Place.Lon);
            if (distance <= km)
            {
                yield return (record, distance);
            }
        }
    }

    /// <summary>The nearest record that <paramref name="accept"/> takes, looking up to about 250 km away; null when none.</summary>
    public VillageRecord? Nearest(double lat, double lon, Func<VillageRecord, bool> accept)
    {
        VillageRecord? best = null;
        var bestKm = double.MaxValue;
        for (var ring = 0; ring <= 50; ring++)
        {
            foreach (var record in Ring(lat, lon, ring, ring).Where(accept))
            {
                var distance = GeoDistance.Kilometres(lat, lon, record.Place.Lat, record.Place.Lon);
                if (distance < bestKm)
                {
                    (best, bestKm) = (record, distance);
                }
            }
            // A cell is at least ~4.5 km wide: anything in a farther ring is farther than the best found two rings ago.
            if (best is not null && bestKm < (ring - 1) * Cell * 111.0 * 0.8)
            {
                break;
            }
        }
        return best;
    }

    private IEnumerable<VillageRecord> Ring(double lat, double lon, int from, int to)
    {
        var (row, column) = Key(lat, lon);
        for (var dr = -to; dr <= to; dr++)
        {
            for (var dc = -to; dc <= to; dc++)
            {
                if (Math.Max(Math.Abs(dr), Math.Abs(dc)) < from || !_cells.TryGetValue((row + dr, column + dc), out var list))
                {
                    continue;
                }
                foreach (var record in list)
                {
                    yield return record;
                }
            }
        }
    }

    private static (int, int) Key(double lat, double lon) => ((int)Math.Floor(lat / Cell), (int)Math.Floor(lon / Cell));
}
