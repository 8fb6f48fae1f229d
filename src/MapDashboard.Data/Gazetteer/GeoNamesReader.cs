using System.Globalization;
using System.IO.Compression;
using MapDashboard.Core.Gazetteer;

namespace MapDashboard.Data.Gazetteer;

/// <summary>
/// Reads GeoNames exports in their 19-column tab-separated format (cities500.txt, SY.txt, allCountries.txt), plain
/// or zipped. A malformed line is reported with its file and line number and skipped.
/// </summary>
public sealed class GeoNamesReader(IReadOnlyDictionary<string, string> admin1Names)
{
    /// <summary>Reads every place of a file; errors are added to <paramref name="errors"/>.</summary>
    public IEnumerable<PlaceEntry> Read(string path, ICollection<SourceError> errors)
    {
        if (!File.Exists(path))
        {
            throw new FileNotFoundException($"GeoNames file '{path}' does not exist.", path);
        }
        if (path.EndsWith(".zip", StringComparison.OrdinalIgnoreCase))
        {
            using var zip = ZipFile.OpenRead(path);
            var entries = zip.Entries.Where(e => e.Name.EndsWith(".txt", StringComparison.OrdinalIgnoreCase)
                && !e.Name.Equals("readme.txt", StringComparison.OrdinalIgnoreCase)).ToList();
            if (entries.Count == 0)
            {
                errors.Add(new SourceError(path, 0, "the zip archive holds no .txt GeoNames export"));
                yield break;
            }
            foreach (var entry in entries)
            {
                using var reader = new StreamReader(entry.Open());
                foreach (var place in ReadLines(reader, $"{path}!{entry.FullName}", errors))
                {
                    yield return place;
                }
            }
            yield break;
        }
        using var file = new StreamReader(path);
        foreach (var place in ReadLines(file, path, errors))
        {
            yield return place;
        }
    }

    private IEnumerable<PlaceEntry> ReadLines(TextReader reader, string source, ICollection<SourceError> errors)
    {
        long number = 0;
        string? line;
        while ((line = reader.ReadLine()) is not null)
        {
            number++;
            if (line.Length == 0 || line[0] == '#')
            {
                continue;
            }
            var entry = Parse(line, out var error);
            if (entry is null)
            {
                errors.Add(new SourceError(source, number, error!));
                continue;
            }
            yield return entry;
        }
    }

    /// <summary>Parses one line; returns null and an explanation when it is not a valid GeoNames row.</summary>
    public PlaceEntry? Parse(string line, out string? error)
    {
        var f = line.Split('\t');
        if (f.Length < 15)
        {
            error = $"expected 19 tab-separated columns, found {f.Length}";
            return null;
        }
        if (!long.TryParse(f[0], NumberStyles.None, CultureInfo.InvariantCulture, out var id) || id <= 0)
        {
            error = $"geonameid '{f[0]}' is not a positive integer";
            return null;
        }
        if (string.IsNullOrWhiteSpace(f[1]))
        {
            error = $"place {id} has no name";
            return null;
        }
        if (!double.TryParse(f[4], NumberStyles.Float, CultureInfo.InvariantCulture, out var lat) || lat is < -90 or > 90
            || !double.TryParse(f[5], NumberStyles.Float, CultureInfo.InvariantCulture, out var lon) || lon is < -180 or > 180)
        {
            error = $"place {id} has invalid coordinates '{f[4]}', '{f[5]}'";
            return null;
        }
        long population = 0;
        if (f[14].Length > 0 && !long.TryParse(f[14], NumberStyles.None, CultureInfo.InvariantCulture, out population))
        {
            error = $"place {id} has invalid population '{f[14]}'";
            return null;
        }
        var country = f[8].Length == 2 ? f[8] : null;
        var admin1 = country is null || f[10].Length == 0 ? null : admin1Names.GetValueOrDefault($"{country}.{f[10]}");
        var place = new Place($"gn:{id}", f[1], lat, lon, f[6].Length > 0 ? f[6] : "P", f[7].Length > 0 ? f[7] : "PPL",
            country, admin1, f[11].Length > 0 ? f[11] : null, population, "geonames");

        var names = new List<PlaceName> { new(f[1], null, "primary") };
        if (f[2].Length > 0 && f[2] != f[1])
        {
            names.Add(new PlaceName(f[2], "en", "ascii"));
        }
        foreach (var alternate in f[3].Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            if (alternate.Length is > 1 and < 120 && !alternate.StartsWith("http", StringComparison.Ordinal))
            {
                names.Add(new PlaceName(alternate, null, "alternate"));
            }
        }
        error = null;
        return new PlaceEntry(place, names);
    }
}
