using Dapper;

namespace MapDashboard.Data.Synth;

/// <summary>The gazetteer's populated places of Syria and the weighted draws the synthetic generators make from them.</summary>
internal static class SynthPlaces
{
    /// <summary>Every populated place of Syria in the gazetteer at <paramref name="gazetteerPath"/>, in id order.</summary>
    public static async Task<List<SynthPlace>> LoadAsync(string gazetteerPath, CancellationToken cancellationToken)
    {
        if (!File.Exists(gazetteerPath))
        {
            throw new FileNotFoundException($"Gazetteer database not found at {gazetteerPath}: run ./mapdash gazetteer build first.", gazetteerPath);
        }
        await using var connection = await new SqliteConnectionFactory(gazetteerPath, readOnly: true).OpenAsync(cancellationToken);
        var rows = (await connection.QueryAsync<SynthPlace>(new CommandDefinition("""
            SELECT p.id AS Id, p.name AS Name, p.lat AS Lat, p.lon AS Lon, p.admin1 AS Admin1, p.population AS Population
            FROM places p
            WHERE p.country = 'SY' AND p.feature_class = 'P'
            ORDER BY p.id
            """, cancellationToken: cancellationToken))).AsList();
        if (rows.Count < 10)
        {
            throw new InvalidOperationException($"The gazetteer at {gazetteerPath} holds only {rows.Count} populated places in Syria; synth needs the bundled gazetteer.");
        }
        return rows;
    }

    /// <summary>Draw weights that favour larger places (a town is reported more often than a hamlet).</summary>
    public static double[] PopulationWeights(List<SynthPlace> places) => Cumulative(places.Select(p => 1 + Math.Sqrt(Math.Max(0, p.Population)) / 10));

    /// <summary>A place within about 30 km of the anchor (a few tries), or null.</summary>
    public static SynthPlace? Nearby(List<SynthPlace> places, SynthPlace anchor, Random random)
    {
        for (var i = 0; i < 12; i++)
        {
            var candidate = places[random.Next(places.Count)];
            if (Math.Abs(candidate.Lat - anchor.Lat) < 0.3 && Math.Abs(candidate.Lon - anchor.Lon) < 0.35)
            {
                return candidate;
            }
        }
        return null;
    }

    /// <summary>The running sums of the weights.</summary>
    public static double[] Cumulative(IEnumerable<double> weights)
    {
        var result = new List<double>();
        var sum = 0.0;
        foreach (var w in weights)
        {
            sum += w;
            result.Add(sum);
        }
        return [.. result];
    }

    /// <summary>An index drawn in proportion to the weights whose running sums are <paramref name="cumulative"/>.</summary>
    public static int Pick(double[] cumulative, Random random)
    {
        var target = random.NextDouble() * cumulative[^1];
        var index = Array.BinarySearch(cumulative, target);
        return Math.Min(cumulative.Length - 1, index < 0 ? ~index : index);
    }
}
