using System.Globalization;
using MapDashboard.Core.Gazetteer;
using NetTopologySuite.IO;

namespace MapDashboard.Data.Gazetteer;

/// <summary>
/// Reads the curated supplement (gazetteer/curated/*.tsv): places the other sources lack, each with the public
/// reference its coordinates come from. A row without a source, with coordinates out of range, an unknown feature
/// code, a duplicate id or unparsable WKT is reported with file and line and skipped.
/// </summary>
public static class CuratedSupplementReader
{
    /// <summary>The header every curated file starts with.</summary>
    public const string Header = "id\tname\talt_names\tfeature_code\tlat\tlon\twkt\tcountry\tadmin1\tparent_id\tsource\tnote";

    private static readonly Dictionary<string, string> FeatureClasses = new(StringComparer.Ordinal)
    {
        ["PPL"] = "P", ["PPLX"] = "P", ["PPLL"] = "P", ["AIRB"] = "S", ["AIRP"] = "S", ["MILB"] = "S", ["RGN"] = "L", ["AREA"] = "L",
        ["MTS"] = "T", ["VAL"] = "T", ["PLN"] = "T", ["DSRT"] = "T", ["SPNG"] = "H", ["RD"] = "R", ["ADM1"] = "A", ["ADM2"] = "A",
        ["OILF"] = "L", ["GASF"] = "L", ["GOSP"] = "S", ["OILR"] = "S", ["PMPO"] = "S", ["DAM"] = "S", ["PSTB"] = "S",
        ["HLL"] = "T", ["MT"] = "T",
    };

    /// <summary>
    /// Reads every .tsv file of a folder (or one file) in name order; <paramref name="idPrefix"/> is "cur:" or "user:";
    /// a facility named with a category word also gets that word's other forms (<paramref name="forms"/>).
    /// </summary>
    public static List<PlaceEntry> Read(string path, ICollection<SourceError> errors, string idPrefix = "cur:", string layer = "bundled", FacilityNameForms? forms = null)
    {
        var files = Directory.Exists(path)
            ? Directory.EnumerateFiles(path, "*.tsv").Order(StringComparer.Ordinal).ToList()
            : File.Exists(path) ? [path] : throw new FileNotFoundException($"Curated supplement '{path}' does not exist.", path);
        var result = new List<PlaceEntry>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var wktReader = new WKTReader();
        foreach (var file in files)
        {
            long number = 0;
            foreach (var line in File.ReadLines(file))
            {
                number++;
                if (number == 1)
                {
                    if (line.TrimEnd() != Header)
                    {
                        errors.Add(new SourceError(file, 1, $"the header must be: {Header.Replace('\t', ' ')}"));
                        break;
                    }
                    continue;
                }
                if (line.Length == 0 || line[0] == '#')
                {
                    continue;
                }
                var entry = ParseRow(line.Split('\t'), idPrefix, layer, seen, wktReader, forms ?? FacilityNameForms.None, out var error);
                if (entry is null)
                {
                    errors.Add(new SourceError(file, number, error!));
                    continue;
                }
                result.Add(entry);
            }
        }
        return result;
    }

    private static PlaceEntry? ParseRow(string[] f, string idPrefix, string layer, HashSet<string> seen, WKTReader wktReader, FacilityNameForms forms, out string? error)
    {
        error = null;
        if (f.Length != 12)
        {
            error = $"expected 12 tab-separated columns, found {f.Length}";
            return null;
        }
        var (id, name, code, source) = (f[0].Trim(), f[1].Trim(), f[3].Trim(), f[10].Trim());
        if (id.Length == 0 || name.Length == 0)
        {
            error = "id and name are required";
        }
        else if (!seen.Add(id))
        {
            error = $"duplicate id '{id}'";
        }
        else if (source.Length == 0)
        {
            error = $"'{id}' has no source: every coordinate must cite where it comes from";
        }
        else if (!FeatureClasses.TryGetValue(code, out _))
        {
            error = $"'{id}' has unknown feature code '{code}' (known: {string.Join(", ", FeatureClasses.Keys)})";
        }
        else if (!double.TryParse(f[4], NumberStyles.Float, CultureInfo.InvariantCulture, out var lat) || lat is < -90 or > 90
            || !double.TryParse(f[5], NumberStyles.Float, CultureInfo.InvariantCulture, out var lon) || lon is < -180 or > 180)
        {
            error = $"'{id}' has invalid coordinates '{f[4]}', '{f[5]}'";
        }
        else
        {
            string? wkt = f[6].Trim().Length > 0 ? f[6].Trim() : null;
            if (wkt is not null)
            {
                try
                {
                    var geometry = wktReader.Read(wkt);
                    if (!geometry.IsValid)
                    {
                        error = $"'{id}' has an invalid geometry";
                        return null;
                    }
                }
                catch (ParseException ex)
                {
                    error = $"'{id}' has unparsable WKT: {ex.Message}";
                    return null;
                }
            }
            var names = new List<PlaceName> { new(name, "en", "primary") };
            foreach (var alternate in f[2].Split('|', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            {
                if (names.All(n => n.Name != alternate))
                {
                    names.Add(new PlaceName(alternate, null, "curated"));
                }
            }
            foreach (var written in forms.Expand(code, names.Select(n => n.Name)))
            {
                names.Add(new PlaceName(written, null, "curated"));
            }
            var place = new Place(idPrefix + id, name, lat, lon, FeatureClasses[code], code, f[7].Trim().Length == 2 ? f[7].Trim() : null,
                f[8].Trim().Length > 0 ? f[8].Trim() : null, null, 0, source, wkt);
            return new PlaceEntry(place, names, layer);
        }
        return null;
    }
}
